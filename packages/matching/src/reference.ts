import type { CandidateRecord, Posting } from './model.js';

/**
 * The brute-force oracle of tests and benchmarks: one object per candidate, every rule applied as written
 * in the model's documentation, a full sort. Deliberately shares no code with the index (only the model
 * types), so a bug in the index cannot hide in it. Slow (seconds at 1M) by design.
 */

const KM2 = (6371 * Math.PI / 180) ** 2;

/** Pass/fail of each hard requirement, in the order of `requirementsOf` (credentials, any-of groups, licence, modality, shifts, start, work authorisation, location). */
export function referenceVerdicts(c: CandidateRecord, p: Posting): boolean[] {
  const out: boolean[] = [];
  for (const cred of p.allOf) out.push(c.held.includes(cred));
  for (const group of p.anyOf) out.push(group.some((g) => c.held.includes(g)));
  if (p.licences !== null) out.push(p.licences.some((j) => c.licences.includes(j)));
  const quarters = c.modalityQuarters.get(p.modality);
  out.push(quarters !== undefined && quarters >= p.minYears * 4);
  for (const s of p.shifts) out.push(c.shifts.includes(s));
  out.push(c.availableDay <= p.startBy);
  if (!p.sponsors) out.push(c.authorisedCountries.includes(p.country));
  if (p.travel) out.push(c.travel);
  else if (p.radiusKm !== null) out.push(referenceDistance2(c, p) <= p.radiusKm * p.radiusKm || (p.acceptRelocation && c.relocate));
  return out;
}

function referenceDistance2(c: CandidateRecord, p: Posting): number {
  const cosLat = Math.cos((p.lat * Math.PI) / 180);
  const dx = (Math.fround(c.lon) - p.lon) * cosLat;
  const dy = Math.fround(c.lat) - p.lat;
  return (dx * dx + dy * dy) * KM2;
}

/** The soft score, criterion by criterion, summed left to right. */
export function referenceScore(c: CandidateRecord, p: Posting): number {
  const w = p.weights;
  const experience = w.experience * Math.min((c.modalityQuarters.get(p.modality) ?? 0) * (1 / (4 * p.wantYears)), 1);
  const distance = w.distance * (1 / (1 + referenceDistance2(c, p) * (1 / (p.distanceScaleKm * p.distanceScaleKm))));
  const pay = w.pay * (c.payFloor <= p.payMax ? 1 : Math.max(0, 1 - (c.payFloor - p.payMax) * (1 / (0.25 * p.payMax))));
  const procedures = w.procedures * Math.min((c.procedures.get(p.procedure) ?? 0) * (1 / p.procedureWant), 1);
  const language = w.language * (c.languages.includes(p.language) ? 1 : 0);
  return experience + distance + pay + procedures + language;
}

export interface ReferenceRanking {
  readonly ids: number[];
  readonly scores: number[];
  readonly totalQualified: number;
  /** id → index of the single failed requirement, for everyone failing exactly one. */
  readonly nearMisses: Map<number, number>;
}

function rank(entries: { id: number; score: number }[], k: number): { ids: number[]; scores: number[] } {
  entries.sort((a, b) => (a.score !== b.score ? b.score - a.score : a.id - b.id));
  const top = entries.slice(0, k);
  return { ids: top.map((e) => e.id), scores: top.map((e) => e.score) };
}

/** Posting → candidates by brute force. */
export function referenceMatch(candidates: readonly CandidateRecord[], p: Posting, k: number): ReferenceRanking {
  return bruteForce(candidates, (c) => c.id, (c) => [c, p], k);
}

/** Candidate → postings by brute force. */
export function referencePostings(postings: readonly Posting[], c: CandidateRecord, k: number): ReferenceRanking {
  return bruteForce(postings, (p) => p.id, (p) => [c, p], k);
}

/** Every item checked on every criterion: the passing ones ranked, those failing exactly one as near misses. */
function bruteForce<T>(items: readonly T[], idOf: (item: T) => number, pairOf: (item: T) => [CandidateRecord, Posting], k: number): ReferenceRanking {
  const pass: { id: number; score: number }[] = [];
  const nearMisses = new Map<number, number>();
  for (const item of items) {
    const [c, p] = pairOf(item);
    const v = referenceVerdicts(c, p);
    const failed = v.reduce<number[]>((acc, ok, i) => (ok ? acc : [...acc, i]), []);
    if (failed.length === 0) pass.push({ id: idOf(item), score: referenceScore(c, p) });
    else if (failed.length === 1) nearMisses.set(idOf(item), failed[0] ?? -1);
  }
  return { ...rank(pass, k), totalQualified: pass.length, nearMisses };
}
