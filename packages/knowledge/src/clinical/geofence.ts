/** Mean Earth radius in metres (the usual spherical approximation). */
const EARTH_RADIUS_M = 6_371_000;
const rad = (deg: number): number => (deg * Math.PI) / 180;

/** Great-circle distance in metres between two points given in degrees (haversine formula). */
export function distanceMetres(a: { readonly latitude: number; readonly longitude: number }, b: { readonly latitude: number; readonly longitude: number }): number {
  const dLat = rad(b.latitude - a.latitude);
  const dLon = rad(b.longitude - a.longitude);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(rad(a.latitude)) * Math.cos(rad(b.latitude)) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** Whether a reported point lies within a site's circle (centre and radius in metres). */
export const withinGeofence = (point: { readonly latitude: number; readonly longitude: number }, fence: { readonly latitude: number; readonly longitude: number; readonly radiusM: number }): boolean =>
  distanceMetres(point, fence) <= fence.radiusM;
