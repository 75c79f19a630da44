/**
 * The jurisdictions the careers knowledge and the planner cover: every US state and DC (`us-xx`), the UK
 * (`gb`), Ireland (`ie`), Australia (`au`) and every Canadian province and territory (`ca-xx`). Codes are
 * lower-case ISO 3166.
 */
export const JURISDICTION_KINDS = ['us-state', 'country', 'ca-province'] as const;
export type JurisdictionKind = (typeof JURISDICTION_KINDS)[number];

export interface Jurisdiction {
  readonly code: string;
  readonly name: string;
  readonly kind: JurisdictionKind;
  /** ISO 3166-1 alpha-2 country (upper case, as in a person record). */
  readonly country: 'US' | 'GB' | 'IE' | 'AU' | 'CA';
}

const US: ReadonlyArray<readonly [string, string]> = [
  ['al', 'Alabama'], ['ak', 'Alaska'], ['az', 'Arizona'], ['ar', 'Arkansas'], ['ca', 'California'], ['co', 'Colorado'],
  ['ct', 'Connecticut'], ['de', 'Delaware'], ['dc', 'District of Columbia'], ['fl', 'Florida'], ['ga', 'Georgia'], ['hi', 'Hawaii'],
  ['id', 'Idaho'], ['il', 'Illinois'], ['in', 'Indiana'], ['ia', 'Iowa'], ['ks', 'Kansas'], ['ky', 'Kentucky'], ['la', 'Louisiana'],
  ['me', 'Maine'], ['md', 'Maryland'], ['ma', 'Massachusetts'], ['mi', 'Michigan'], ['mn', 'Minnesota'], ['ms', 'Mississippi'],
  ['mo', 'Missouri'], ['mt', 'Montana'], ['ne', 'Nebraska'], ['nv', 'Nevada'], ['nh', 'New Hampshire'], ['nj', 'New Jersey'],
  ['nm', 'New Mexico'], ['ny', 'New York'], ['nc', 'North Carolina'], ['nd', 'North Dakota'], ['oh', 'Ohio'], ['ok', 'Oklahoma'],
  ['or', 'Oregon'], ['pa', 'Pennsylvania'], ['ri', 'Rhode Island'], ['sc', 'South Carolina'], ['sd', 'South Dakota'], ['tn', 'Tennessee'],
  ['tx', 'Texas'], ['ut', 'Utah'], ['vt', 'Vermont'], ['va', 'Virginia'], ['wa', 'Washington'], ['wv', 'West Virginia'],
  ['wi', 'Wisconsin'], ['wy', 'Wyoming'],
];

const CA: ReadonlyArray<readonly [string, string]> = [
  ['ab', 'Alberta'], ['bc', 'British Columbia'], ['mb', 'Manitoba'], ['nb', 'New Brunswick'], ['nl', 'Newfoundland and Labrador'],
  ['ns', 'Nova Scotia'], ['nt', 'Northwest Territories'], ['nu', 'Nunavut'], ['on', 'Ontario'], ['pe', 'Prince Edward Island'],
  ['qc', 'Québec'], ['sk', 'Saskatchewan'], ['yt', 'Yukon'],
];

export const JURISDICTIONS: readonly Jurisdiction[] = [
  ...US.map(([c, name]): Jurisdiction => ({ code: `us-${c}`, name, kind: 'us-state', country: 'US' })),
  { code: 'gb', name: 'United Kingdom', kind: 'country', country: 'GB' },
  { code: 'ie', name: 'Ireland', kind: 'country', country: 'IE' },
  { code: 'au', name: 'Australia', kind: 'country', country: 'AU' },
  ...CA.map(([c, name]): Jurisdiction => ({ code: `ca-${c}`, name, kind: 'ca-province', country: 'CA' })),
];

const BY_CODE = new Map(JURISDICTIONS.map((j) => [j.code, j]));

/** The covered jurisdiction with this code, or `undefined`. */
export function findJurisdiction(code: string): Jurisdiction | undefined {
  return BY_CODE.get(code);
}

/** Every covered jurisdiction code, in list order (for "valid values are …" messages). */
export const JURISDICTION_CODES: readonly string[] = JURISDICTIONS.map((j) => j.code);
