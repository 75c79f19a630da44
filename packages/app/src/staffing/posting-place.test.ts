import { annualPay, PAY_UNITS } from '@modality/domain';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { boxAround, distanceKm } from './posting-place.js';
import { statusOn } from './posting-view.js';

const lat = fc.double({ min: -80, max: 80, noNaN: true });
const lon = fc.double({ min: -179, max: 179, noNaN: true });

describe('place geometry (the search reads a box, then keeps the circle)', () => {
  it('the box holds every point within the radius, so no posting in the circle is missed', () => {
    fc.assert(
      fc.property(lat, lon, fc.double({ min: 1, max: 1000, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 2 * Math.PI, noNaN: true }), (la, lo, r, f, bearing) => {
        // A point at distance f·r in direction `bearing` (flat-earth step, then measured exactly).
        const d = f * r * 0.99;
        const pLat = la + (d / 111.195) * Math.cos(bearing);
        const pLon = lo + ((d / 111.195) * Math.sin(bearing)) / Math.cos((la * Math.PI) / 180);
        fc.pre(Math.abs(pLat) < 89 && Math.abs(pLon) < 180 && distanceKm(la, lo, pLat, pLon) <= r);
        const b = boxAround(la, lo, r);
        expect(pLat >= b.minLat && pLat <= b.maxLat && pLon >= b.minLon && pLon <= b.maxLon).toBe(true);
      }),
    );
  });

  it('distance is symmetric, zero to itself, and obeys the triangle inequality', () => {
    fc.assert(
      fc.property(lat, lon, lat, lon, lat, lon, (a1, o1, a2, o2, a3, o3) => {
        expect(distanceKm(a1, o1, a1, o1)).toBeCloseTo(0, 9);
        expect(distanceKm(a1, o1, a2, o2)).toBeCloseTo(distanceKm(a2, o2, a1, o1), 6);
        expect(distanceKm(a1, o1, a3, o3)).toBeLessThanOrEqual(distanceKm(a1, o1, a2, o2) + distanceKm(a2, o2, a3, o3) + 1e-6);
      }),
    );
  });

  it('Houston to Dallas is about 362 km', () => {
    expect(distanceKm(29.7604, -95.3698, 32.7767, -96.797)).toBeGreaterThan(355);
    expect(distanceKm(29.7604, -95.3698, 32.7767, -96.797)).toBeLessThan(370);
  });
});

describe('pay and status', () => {
  it('annual pay keeps the order of pay within a unit', () => {
    fc.assert(
      fc.property(fc.constantFrom(...PAY_UNITS), fc.double({ min: 1, max: 1e6, noNaN: true }), fc.double({ min: 1, max: 1e6, noNaN: true }), (unit, a, b) => {
        expect(Math.sign(annualPay(a, unit) - annualPay(b, unit))).toBe(Math.sign(a - b));
      }),
    );
    expect(annualPay(46, 'hour')).toBe(95_680);
  });

  it('an open posting is expired exactly from the day after its last day; other statuses never expire', () => {
    const day = fc.integer({ min: 0, max: 3000 }).map((n) => new Date(Date.UTC(2025, 0, 1) + n * 86_400_000).toISOString().slice(0, 10));
    fc.assert(
      fc.property(fc.constantFrom<'draft' | 'open' | 'filled' | 'closed'>('draft', 'open', 'filled', 'closed'), day, day, (status, validThrough, today) => {
        const s = statusOn({ status, validThrough }, today);
        expect(s).toBe(status === 'open' && today > validThrough ? 'expired' : status);
      }),
    );
  });
});
