/** A place at city level, as the gazetteer resolves it. */
export interface PlaceParts {
  readonly city: string;
  /** ISO 3166-2 in lower case (`us-tx`, `ca-on`, `gb-eng`), or the country's code in lower case (`ie`). */
  readonly region: string;
  /** ISO 3166-1 alpha-2. */
  readonly country: string;
}

const countryNames = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'code' });

/** A country's English name ("United Kingdom"), or its code when the runtime knows no name for it. */
export function countryWords(code: string): string {
  return countryNames.of(code.toUpperCase()) ?? code;
}

/**
 * A place in words: "Houston, TX" in the US; "Toronto, ON, Canada" and "Sydney, NSW, Australia" where
 * provinces and states license; "Manchester, United Kingdom" elsewhere (the UK's nations are not named,
 * as people abroad do not write them).
 *
 * @example
 * placeWords({ city: 'Manila', region: 'ph', country: 'PH' }) // 'Manila, Philippines'
 */
export function placeWords(p: PlaceParts): string {
  const sub = p.region.includes('-') ? p.region.slice(p.region.indexOf('-') + 1).toUpperCase() : null;
  if (p.country === 'US') return sub === null ? `${p.city}, United States` : `${p.city}, ${sub}`;
  if ((p.country === 'CA' || p.country === 'AU') && sub !== null) return `${p.city}, ${sub}, ${countryWords(p.country)}`;
  return `${p.city}, ${countryWords(p.country)}`;
}
