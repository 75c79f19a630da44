import { findJurisdiction } from '../careers/jurisdiction-list.js';

/** The certifying bodies of the catalogue, by the id that opens their credential codes (`arrt:R`). */
const BODY_NAMES: Readonly<Record<string, string>> = {
  arrt: 'American Registry of Radiologic Technologists (ARRT)',
  ardms: 'American Registry for Diagnostic Medical Sonography (ARDMS)',
  apca: 'Alliance for Physician Certification & Advancement (APCA)',
  nmtcb: 'Nuclear Medicine Technology Certification Board (NMTCB)',
  armrit: 'American Registry of Magnetic Resonance Imaging Technologists (ARMRIT)',
};

/**
 * The name of a credential's issuer as a person reads it: a certifying body's full name, or the
 * jurisdiction whose regulator issues a licence or registration; the id itself when neither is known.
 *
 * @example
 * issuerName('arrt') // 'American Registry of Radiologic Technologists (ARRT)'
 * issuerName('us-ca') // 'California'
 */
export function issuerName(issuer: string): string {
  return BODY_NAMES[issuer] ?? findJurisdiction(issuer)?.name ?? issuer;
}
