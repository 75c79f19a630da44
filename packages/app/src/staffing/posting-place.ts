import { ValidationError } from '@modality/domain';
import type { StaffingDeps } from '../deps.js';
import type { PostingPlace } from '../ports/index.js';

/**
 * Places a posting's address with the bundled gazetteer; an address it cannot place is refused, naming
 * the field and quoting the address, so nobody posts a job no search will find.
 */
export function placeOf(deps: Pick<StaffingDeps, 'places'>, input: { readonly address: string; readonly radiusKm: number }, field = 'place.address'): PostingPlace {
  const place = deps.places.resolve(input.address);
  if (place === undefined) {
    throw new ValidationError([{ path: field, message: `cannot place ${JSON.stringify(input.address)}: give a US ZIP code (e.g. "…, Houston, TX 77030") "City, ST", or "City, Country" elsewhere (e.g. "Manchester, United Kingdom")` }]);
  }
  return { address: input.address, ...place, radiusKm: input.radiusKm };
}

const EARTH_RADIUS_KM = 6371.0088;
const rad = (deg: number) => (deg * Math.PI) / 180;

/** Great-circle distance in km between two points (haversine). */
export function distanceKm(aLat: number, aLon: number, bLat: number, bLon: number): number {
  const dLat = rad(bLat - aLat);
  const dLon = rad(bLon - aLon);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(rad(aLat)) * Math.cos(rad(bLat)) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** A latitude/longitude box that holds every point within `radiusKm` of the centre (for an index range scan). */
export function boxAround(lat: number, lon: number, radiusKm: number) {
  const dLat = (radiusKm / EARTH_RADIUS_KM) * (180 / Math.PI);
  const cos = Math.cos(rad(lat));
  const dLon = cos < 1e-6 ? 180 : Math.min(180, dLat / cos);
  return { minLat: lat - dLat, maxLat: lat + dLat, minLon: lon - dLon, maxLon: lon + dLon };
}
