import { matchPosting, seededRng, type CandidateIndex } from '@modality/matching';
import type { EnginePeer } from './peers/engine.js';
import type { QuerySet } from './queries.js';
import { percentile } from './run.js';

/**
 * Engine-only figures, measured after the timed classes in the engine's process: a typical query with
 * the explanations of its top k (and the JSON of the result), the near-miss list with relaxations on
 * the narrow postings, and one-profile updates.
 */
export function engineExtras(engine: EnginePeer, qs: QuerySet, k: number, seed: number): Record<string, number> {
  const index = engine.index as CandidateIndex;
  const explainTimes: number[] = [];
  const jsonTimes: number[] = [];
  for (const p of qs.timed.posting.typical) {
    const s0 = process.hrtime.bigint();
    const r = matchPosting(index, p, { k });
    const s1 = process.hrtime.bigint();
    JSON.stringify(r);
    const s2 = process.hrtime.bigint();
    explainTimes.push(Number(s1 - s0) / 1e6);
    jsonTimes.push(Number(s2 - s1) / 1e6);
  }
  const nearTimes: number[] = [];
  for (const p of qs.timed.posting.narrow) {
    const s = process.hrtime.bigint();
    matchPosting(index, p, { k, nearMisses: 20 });
    nearTimes.push(Number(process.hrtime.bigint() - s) / 1e6);
  }
  const updates: number[] = [];
  const r = seededRng(seed, 901);
  for (let i = 0; i < 2000; i++) {
    const base = index.record(1 + r.int(index.size));
    if (base === undefined) continue;
    const changed = { ...base, availableDay: base.availableDay + 1 + r.int(30), lat: base.lat + 0.01, licences: [...base.licences, r.int(56)].filter((v, j, a) => a.indexOf(v) === j) };
    const s = process.hrtime.bigint();
    index.upsert(changed);
    updates.push(Number(process.hrtime.bigint() - s) / 1e3);
  }
  return {
    indexBuildMs: engine.buildMs,
    indexMb: engine.indexBytes() / 2 ** 20,
    typicalWithExplanationsP50Ms: percentile(explainTimes, 50),
    typicalWithExplanationsP99Ms: percentile(explainTimes, 99),
    explanationJsonP50Ms: percentile(jsonTimes, 50),
    nearMissNarrowP50Ms: percentile(nearTimes, 50),
    nearMissNarrowP99Ms: percentile(nearTimes, 99),
    updateP50Us: percentile(updates, 50),
    updateP99Us: percentile(updates, 99),
  };
}
