import type { Posting } from './model.js';
import { LIMITS, MODALITIES, PROCEDURE_TYPES } from './vocabulary.js';

function code(field: string, v: number, limit: number): void {
  if (!Number.isInteger(v) || v < 0 || v >= limit) throw new RangeError(`${field}: ${v} is not a code in 0..${limit - 1}`);
}

function positive(field: string, v: number): void {
  if (!(Number.isFinite(v) && v > 0)) throw new RangeError(`${field}: must be a positive number, got ${v}`);
}

/** Throws a RangeError naming the field when a posting cannot be evaluated exactly. */
export function validatePosting(p: Posting): void {
  p.allOf.forEach((c, i) => code(`allOf[${i}]`, c, LIMITS.credentials));
  p.anyOf.forEach((g, i) => {
    if (g.length === 0) throw new RangeError(`anyOf[${i}]: empty group`);
    g.forEach((c, j) => code(`anyOf[${i}][${j}]`, c, LIMITS.credentials));
  });
  p.licences?.forEach((j, i) => code(`licences[${i}]`, j, LIMITS.jurisdictions));
  code('modality', p.modality, MODALITIES.length);
  code('minYears', p.minYears, LIMITS.maxYearsThreshold + 1);
  p.shifts.forEach((s, i) => code(`shifts[${i}]`, s, LIMITS.shifts));
  if (new Set(p.shifts).size !== p.shifts.length) throw new RangeError('shifts: duplicate shift');
  if (new Set(p.allOf).size !== p.allOf.length) throw new RangeError('allOf: duplicate credential');
  code('startBy', p.startBy, 65536);
  code('country', p.country, LIMITS.countries);
  code('procedure', p.procedure, PROCEDURE_TYPES.length);
  code('language', p.language, LIMITS.languages);
  if (p.radiusKm !== null && !(p.radiusKm >= 0)) throw new RangeError(`radiusKm: must be ≥ 0 or null`);
  positive('wantYears', p.wantYears);
  positive('payMax', p.payMax);
  positive('procedureWant', p.procedureWant);
  positive('distanceScaleKm', p.distanceScaleKm);
  for (const [k, w] of Object.entries(p.weights)) {
    if (!(Number.isFinite(w) && w >= 0)) throw new RangeError(`weights.${k}: must be a finite number ≥ 0`);
  }
  if (!Number.isFinite(p.lat) || !Number.isFinite(p.lon)) throw new RangeError('lat/lon: must be finite');
}
