import { findCredential } from '@modality/knowledge';

/**
 * The display name of each credential code, for results that a person reads (a code the catalogue does
 * not know is named by itself).
 *
 * @example
 * credentialNames(['arrt:R']) // { 'arrt:R': 'ARRT Radiography' }
 */
export function credentialNames(codes: Iterable<string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const code of codes) out[code] = findCredential(code)?.name ?? code;
  return out;
}
