/**
 * The fixed vocabularies the index encodes as small integers. A value's position in its list is its code
 * in every column and bitset, so lists may only grow at the end (never reorder: stored data would change
 * meaning). Credential codes are the person-record v1 contract codes (docs/contracts/person-record-v1.md) plus BLS/ACLS.
 */
export const CREDENTIALS = [
  'arrt:R', 'arrt:N', 'arrt:T', 'arrt:MR', 'arrt:S', 'arrt:VS', 'arrt:CT', 'arrt:M', 'arrt:BD', 'arrt:VI',
  'arrt:CI', 'arrt:BS', 'arrt:RRA', 'ardms:RDMS', 'ardms:RDCS', 'ardms:RVT', 'ardms:RMSKS', 'nmtcb:CNMT',
  'nmtcb:CT', 'nmtcb:PET', 'armrit:MRIT', 'us-ca:crt-diagnostic', 'us-ca:crt-mammographic',
  'us-ca:fluoroscopy-permit', 'us-tx:mrt', 'us-fl:radiographer', 'us-ny:radiography', 'us-ky:radiography',
  'gb:hcpc-radiographer', 'ie:coru-radiographer', 'au:mrpba-radiographer', 'ca-on:cmrito-mrt',
  'aha:BLS', 'aha:ACLS',
] as const;
export type CredentialCode = (typeof CREDENTIALS)[number];

/** Licence jurisdictions: the 50 US states, DC and 5 territories (56), lower-case ISO 3166-2. */
export const JURISDICTIONS = [
  'us-al', 'us-ak', 'us-az', 'us-ar', 'us-ca', 'us-co', 'us-ct', 'us-de', 'us-fl', 'us-ga', 'us-hi', 'us-id',
  'us-il', 'us-in', 'us-ia', 'us-ks', 'us-ky', 'us-la', 'us-me', 'us-md', 'us-ma', 'us-mi', 'us-mn', 'us-ms',
  'us-mo', 'us-mt', 'us-ne', 'us-nv', 'us-nh', 'us-nj', 'us-nm', 'us-ny', 'us-nc', 'us-nd', 'us-oh', 'us-ok',
  'us-or', 'us-pa', 'us-ri', 'us-sc', 'us-sd', 'us-tn', 'us-tx', 'us-ut', 'us-vt', 'us-va', 'us-wa', 'us-wv',
  'us-wi', 'us-wy', 'us-dc', 'us-pr', 'us-gu', 'us-vi', 'us-as', 'us-mp',
] as const;

export const MODALITIES = ['radiography', 'ct', 'mri', 'mammography', 'sonography', 'nuclear-medicine',
  'radiation-therapy', 'interventional', 'bone-densitometry', 'pet'] as const;
export type Modality = (typeof MODALITIES)[number];

export const SHIFTS = ['day', 'evening', 'night', 'weekend', 'on-call'] as const;
export type Shift = (typeof SHIFTS)[number];

/** Countries for work authorisation (ISO 3166-1 alpha-2). */
export const COUNTRIES = ['US', 'CA', 'GB', 'IE', 'AU', 'NZ', 'PH', 'IN'] as const;

export const LANGUAGES = ['en', 'es', 'zh', 'tl', 'vi', 'ar', 'fr', 'ko', 'ru', 'pt'] as const;

/** Procedure families counted for the procedure-experience preference (≤ 24, one Uint16 column each). */
export const PROCEDURE_TYPES = [
  'chest', 'extremity', 'spine', 'abdomen', 'skull', 'fluoroscopy', 'portable', 'surgical', 'ct-head',
  'ct-chest', 'ct-abdomen', 'ct-angio', 'mr-brain', 'mr-spine', 'mr-msk', 'mammo-screening',
  'mammo-diagnostic', 'us-abdomen', 'us-obgyn', 'us-vascular', 'echo', 'nm-bone', 'nm-cardiac', 'pet-ct',
] as const;

/** Hard limits of the encodings: 64-bit masks as two Uint32 words, Uint16 modality mask, Uint8 shifts. */
export const LIMITS = {
  credentials: 64,
  jurisdictions: 64,
  modalities: 16,
  shifts: 8,
  countries: 8,
  languages: 32,
  procedureTypes: 24,
  /** Range-encoded "years ≥ y" bitsets exist for whole years 1..maxYearsThreshold. */
  maxYearsThreshold: 20,
} as const;

/** Index of `value` in `list`, or -1. */
export function codeOf(list: readonly string[], value: string): number {
  return list.indexOf(value);
}
