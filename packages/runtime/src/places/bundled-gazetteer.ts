import type { Gazetteer, ResolvedPlace } from '@modality/app';
import { resolveUsAddress, zipcodesGazetteer } from './zipcodes-gazetteer.js';
import { countryNamed, resolveWorldAddress, worldCitiesGazetteer } from './world-cities-gazetteer.js';

/**
 * A US address by its ZIP code or "City, ST"; an address whose last part names another country ("…,
 * Manchester, United Kingdom") by its city, worldwide. The country is looked at first, so a foreign postcode
 * of five digits ("10115 Berlin, Germany") is never read as a US ZIP code, and the world's cities are loaded
 * only for an address outside the US.
 *
 * @example
 * resolveAddress('Toronto, ON, Canada') // { city: 'Toronto', region: 'ca-on', country: 'CA', … }
 */
export function resolveAddress(address: string): ResolvedPlace | undefined {
  const last = address.split(',').at(-1) ?? '';
  const country = countryNamed(last);
  // "Atlanta, Georgia": a country's name that is also a US state's falls back to the US table.
  if (country !== undefined && country !== 'US') return resolveWorldAddress(address) ?? resolveUsAddress(address);
  return resolveUsAddress(address) ?? (country === 'US' ? resolveWorldAddress(address) : undefined);
}

/** Both bundled tables: nothing is fetched. */
export const bundledGazetteer: Gazetteer = {
  source: `${zipcodesGazetteer.source}; ${worldCitiesGazetteer.source}`,
  resolve: resolveAddress,
};
