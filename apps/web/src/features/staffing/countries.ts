/** A country by its ISO 3166-1 alpha-2 code, with its English name for people. */
export interface Country {
  readonly code: string;
  readonly name: string;
}

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

/**
 * Today's countries and territories, named in English by the browser's own data (ICU), sorted by name.
 * Withdrawn codes (DD, UK as an alias of GB…) are left out: they canonicalise to another code.
 */
export function countries(): readonly Country[] {
  const names = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'code' });
  const list: Country[] = [];
  for (const a of LETTERS) {
    for (const b of LETTERS) {
      const code = a + b;
      if (Intl.getCanonicalLocales(`und-${code}`)[0] !== `und-${code}`) continue;
      const name = names.of(code);
      if (name === undefined || name === code || /unknown/i.test(name)) continue;
      list.push({ code, name });
    }
  }
  return list.sort((x, y) => x.name.localeCompare(y.name, 'en'));
}

/** A country's English name, or the code itself when the browser knows no name for it. */
export function countryName(code: string): string {
  return new Intl.DisplayNames(['en'], { type: 'region', fallback: 'code' }).of(code) ?? code;
}
