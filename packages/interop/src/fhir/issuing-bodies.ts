import { ALL_RULES } from '@modality/knowledge';

/**
 * The bodies that issue the credentials of the catalogue, by the body id the rule packs use. Names only:
 * what a FHIR `Organization` or a printed page shows as the issuer.
 */
const BODY_NAMES: Readonly<Record<string, string>> = {
  arrt: 'American Registry of Radiologic Technologists',
  ardms: 'American Registry for Diagnostic Medical Sonography',
  apca: 'Alliance for Physician Certification & Advancement',
  nmtcb: 'Nuclear Medicine Technology Certification Board',
  armrit: 'American Registry of Magnetic Resonance Imaging Technologists',
  'cdph-rhb': 'California Department of Public Health, Radiologic Health Branch',
  'ny-doh': 'New York State Department of Health',
  tmb: 'Texas Medical Board',
  'fl-doh': 'Florida Department of Health',
  kbmirt: 'Kentucky Board of Medical Imaging and Radiation Therapy',
  hcpc: 'Health and Care Professions Council',
  coru: 'CORU',
  mrpba: 'Medical Radiation Practice Board of Australia',
  cmrito: 'College of Medical Radiation and Imaging Technologists of Ontario',
};

/** Credential code → the body id of the rules about it (jurisdiction codes are issued by a board, not by `us-tx`). */
const BODY_OF_CREDENTIAL = new Map<string, string>();
for (const r of ALL_RULES) for (const c of r.credentials) if (!BODY_OF_CREDENTIAL.has(c)) BODY_OF_CREDENTIAL.set(c, r.body);

/** The issuing body of a credential, as `{ id, name }`, or undefined when Modality does not know it. */
export function issuingBody(credential: string): { readonly id: string; readonly name: string } | undefined {
  const prefix = credential.slice(0, credential.indexOf(':'));
  const id = BODY_NAMES[prefix] !== undefined ? prefix : BODY_OF_CREDENTIAL.get(credential);
  const name = id === undefined ? undefined : BODY_NAMES[id];
  return id === undefined || name === undefined ? undefined : { id, name };
}

/** The body id whose name is `name` (for reading a FHIR issuer back), or undefined. */
export function bodyByName(name: string): string | undefined {
  return Object.entries(BODY_NAMES).find(([, n]) => n === name)?.[0];
}
