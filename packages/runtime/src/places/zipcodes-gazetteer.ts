import { createRequire } from 'node:module';
import type { Gazetteer, ResolvedPlace } from '@modality/app';

/** One entry of the `zipcodes` package's table. */
interface ZipEntry {
  readonly zip: string;
  readonly latitude: number;
  readonly longitude: number;
  readonly city: string;
  readonly state: string;
  readonly country: string;
}

interface Tables {
  readonly byZip: ReadonlyMap<string, ResolvedPlace>;
  readonly byCity: ReadonlyMap<string, ResolvedPlace>;
}

const cityKey = (city: string, state: string) => `${city.trim().toUpperCase().replace(/\s+/g, ' ')}|${state.trim().toUpperCase()}`;

let tables: Tables | undefined;

/**
 * Builds the lookup tables once, on first use: the package's table is a 5 MB module, and most commands
 * never place an address. A city's point is the mean of its ZIP codes' points.
 */
function load(): Tables {
  if (tables !== undefined) return tables;
  const require = createRequire(import.meta.url);
  const { codes } = require('zipcodes') as { codes: Readonly<Record<string, ZipEntry>> };
  const byZip = new Map<string, ResolvedPlace>();
  const sums = new Map<string, { city: string; state: string; lat: number; lon: number; n: number }>();
  for (const e of Object.values(codes)) {
    if (e.country !== 'US' || !/^\d{5}$/.test(e.zip)) continue;
    const region = `us-${e.state.toLowerCase()}`;
    byZip.set(e.zip, { city: e.city, region, postalCode: e.zip, country: 'US', lat: e.latitude, lon: e.longitude });
    const key = cityKey(e.city, e.state);
    const s = sums.get(key) ?? { city: e.city, state: e.state, lat: 0, lon: 0, n: 0 };
    s.lat += e.latitude;
    s.lon += e.longitude;
    s.n += 1;
    sums.set(key, s);
  }
  const byCity = new Map<string, ResolvedPlace>();
  for (const [key, s] of sums) {
    byCity.set(key, { city: s.city, region: `us-${s.state.toLowerCase()}`, postalCode: null, country: 'US', lat: Math.round((s.lat / s.n) * 1e4) / 1e4, lon: Math.round((s.lon / s.n) * 1e4) / 1e4 });
  }
  tables = { byZip, byCity };
  return tables;
}

/**
 * Where an address is: by its last five-digit ZIP code when it has one, else by a trailing "City, ST".
 *
 * @example
 * resolveUsAddress('6565 Fannin St, Houston, TX 77030') // { city: 'Houston', region: 'us-tx', postalCode: '77030', … }
 */
export function resolveUsAddress(address: string): ResolvedPlace | undefined {
  const t = load();
  const zips = [...address.matchAll(/\b(\d{5})(?:-\d{4})?\b/g)].map((m) => m[1]);
  const zip = zips.at(-1);
  if (zip !== undefined) return t.byZip.get(zip);
  const city = /([A-Za-z][A-Za-z .'-]*?)\s*,\s*([A-Za-z]{2})\s*(?:,\s*(?:US|USA))?\s*$/.exec(address.trim());
  if (city?.[1] === undefined || city[2] === undefined) return undefined;
  const parts = city[1].split(',');
  return t.byCity.get(cityKey(parts.at(-1) ?? city[1], city[2]));
}

/**
 * The gazetteer over the `zipcodes` npm package (BSD licence; US ZIP codes with their coordinates, taken
 * by its authors from the federalgovernmentzipcodes.us database). Bundled: it never reaches the network.
 */
export const zipcodesGazetteer: Gazetteer = {
  source: 'zipcodes 8.0.0 (npm, BSD licence): US ZIP codes and coordinates from the federalgovernmentzipcodes.us database',
  resolve: resolveUsAddress,
};
