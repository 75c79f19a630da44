import type { Posting } from './model.js';

/**
 * The additive soft score: Σ wᵢ·fᵢ with every fᵢ in [0, 1], summed in CRITERIA order, so each
 * contribution wᵢ·fᵢ is an exact explanation and the contributions add up to the score bit for bit.
 * Every peer of the benchmark evaluates the same expressions in the same order (IEEE doubles), which is
 * what lets their answers be checked for equality.
 *
 * - experience: min(quarters / (4·wantYears), 1) in the posting's modality
 * - distance:   1 / (1 + d² / scale²), d in km (equirectangular at the posting's latitude)
 * - pay:        1 if floor ≤ payMax, else max(0, 1 − (floor − payMax) / (0.25·payMax))
 * - procedures: min(count / procedureWant, 1)
 * - language:   1 if the candidate speaks the posting's language, else 0
 */

/** Squared km per squared degree on a 6,371 km sphere. */
export const KM2_PER_DEG2 = (6371 * Math.PI / 180) ** 2;

/** Per-posting constants, computed once per query. */
export interface ScoreConstants {
  readonly wExperience: number;
  readonly wDistance: number;
  readonly wPay: number;
  readonly wProcedures: number;
  readonly wLanguage: number;
  readonly modality: number;
  readonly invWantQuarters: number;
  readonly lat: number;
  readonly lon: number;
  readonly cosLat: number;
  readonly invScale2: number;
  readonly payMax: number;
  readonly invPayBand: number;
  readonly procedure: number;
  readonly invProcedureWant: number;
  readonly languageMask: number;
  /** Squared radius in km², or -1 when there is no radius requirement. */
  readonly radius2: number;
}

/** Derives the query constants of a posting. */
export function scoreConstants(p: Posting): ScoreConstants {
  return {
    wExperience: p.weights.experience,
    wDistance: p.weights.distance,
    wPay: p.weights.pay,
    wProcedures: p.weights.procedures,
    wLanguage: p.weights.language,
    modality: p.modality,
    invWantQuarters: 1 / (4 * p.wantYears),
    lat: p.lat,
    lon: p.lon,
    cosLat: Math.cos((p.lat * Math.PI) / 180),
    invScale2: 1 / (p.distanceScaleKm * p.distanceScaleKm),
    payMax: p.payMax,
    invPayBand: 1 / (0.25 * p.payMax),
    procedure: p.procedure,
    invProcedureWant: 1 / p.procedureWant,
    languageMask: (1 << p.language) | 0,
    radius2: p.radiusKm === null || p.travel ? -1 : p.radiusKm * p.radiusKm,
  };
}

/** Squared distance in km² from the posting to (lat, lon). */
export function distance2(q: ScoreConstants, lat: number, lon: number): number {
  const dx = (lon - q.lon) * q.cosLat;
  const dy = lat - q.lat;
  return (dx * dx + dy * dy) * KM2_PER_DEG2;
}

export function experiencePart(q: ScoreConstants, quarters: number): number {
  return q.wExperience * Math.min(quarters * q.invWantQuarters, 1);
}

export function distancePart(q: ScoreConstants, d2: number): number {
  return q.wDistance * (1 / (1 + d2 * q.invScale2));
}

export function payPart(q: ScoreConstants, floor: number): number {
  return q.wPay * (floor <= q.payMax ? 1 : Math.max(0, 1 - (floor - q.payMax) * q.invPayBand));
}

export function procedurePart(q: ScoreConstants, count: number): number {
  return q.wProcedures * Math.min(count * q.invProcedureWant, 1);
}

export function languagePart(q: ScoreConstants, languages: number): number {
  return q.wLanguage * ((languages & q.languageMask) !== 0 ? 1 : 0);
}

/** The score from the five raw inputs; the sum order is part of the definition. */
export function pairScore(
  q: ScoreConstants,
  quarters: number,
  d2: number,
  payFloor: number,
  procedureCount: number,
  languages: number,
): number {
  return (
    experiencePart(q, quarters) +
    distancePart(q, d2) +
    payPart(q, payFloor) +
    procedurePart(q, procedureCount) +
    languagePart(q, languages)
  );
}

/** The five contributions (CRITERIA order) and their sum, identical to {@link pairScore}. */
export function pairContributions(
  q: ScoreConstants,
  quarters: number,
  d2: number,
  payFloor: number,
  procedureCount: number,
  languages: number,
): { contributions: number[]; score: number } {
  const c = [
    experiencePart(q, quarters),
    distancePart(q, d2),
    payPart(q, payFloor),
    procedurePart(q, procedureCount),
    languagePart(q, languages),
  ];
  const [a = 0, b = 0, d = 0, e = 0, f = 0] = c;
  return { contributions: c, score: a + b + d + e + f };
}
