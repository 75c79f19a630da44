import { CandidateIndex, matchPosting, readRow, referenceMatch, referencePostings, seededRng, type CandidateRecord, type Posting, type ReferenceRanking } from '@modality/matching';
import { checkCandidate, checkPosting, percentile } from './check.js';
import { ensureDataset, loadDataset, type Dataset } from './dataset.js';
import type { Size } from './generate.js';
import type { Answer, Peer } from './peer.js';
import { EnginePeer } from './peers/engine.js';

export const QUERY_CLASSES = ['typical', 'broad', 'narrow', 'candidate-to-postings'] as const;
export type QueryClass = (typeof QUERY_CLASSES)[number];

export interface ResultRow {
  peer: string;
  queryClass: QueryClass;
  p50Ms: number;
  p99Ms: number;
  /** Mean tie-aware recall@k over the checked queries. */
  recallAtK: number;
  /** Hard-rule, score, duplicate and count violations summed over the checked queries. */
  violations: number;
  buildMs: number;
  peakRssMb: number;
  queries: number;
  checked: number;
}

export interface RunOptions {
  size: Size;
  seed: number;
  k: number;
  /** Measured queries per class for the engine / for the other peers; the first `check` of them are verified. */
  engineQueries: number;
  peerQueries: number;
  check: number;
  warmup: number;
  log: (line: string) => void;
}

export interface QuerySet {
  posting: Record<Exclude<QueryClass, 'candidate-to-postings'>, Posting[]>;
  candidates: CandidateRecord[];
}

/** The query lists: postings by class (narrow includes the 'empty' class of the generator), random candidates. */
export function querySet(ds: Dataset, n: number, seed: number): QuerySet {
  const pick = (labels: string[]): Posting[] => ds.postings.filter((_, i) => labels.includes(ds.classes[i] ?? '')).slice(0, n);
  const r = seededRng(seed, 900);
  const candidates: CandidateRecord[] = [];
  for (let i = 0; i < n; i++) candidates.push(readRow(ds.cols, r.int(ds.cols.n)));
  return { posting: { typical: pick(['typical']), broad: pick(['broad']), narrow: pick(['narrow', 'empty']) }, candidates };
}

/** References for the first `check` queries of each class (brute force over record objects). */
export function references(ds: Dataset, qs: QuerySet, check: number, k: number, log: (l: string) => void): { records: CandidateRecord[]; refs: Map<QueryClass, ReferenceRanking[]> } {
  const t0 = performance.now();
  const records: CandidateRecord[] = [];
  for (let i = 0; i < ds.cols.n; i++) records.push(readRow(ds.cols, i));
  const refs = new Map<QueryClass, ReferenceRanking[]>();
  for (const cls of ['typical', 'broad', 'narrow'] as const) refs.set(cls, qs.posting[cls].slice(0, check).map((p) => referenceMatch(records, p, k)));
  refs.set('candidate-to-postings', qs.candidates.slice(0, check).map((c) => referencePostings(ds.postings, c, k)));
  log(`reference answers: ${Math.round(performance.now() - t0)} ms`);
  return { records, refs };
}

export async function measurePeer(peer: Peer, ds: Dataset, qs: QuerySet, refs: Map<QueryClass, ReferenceRanking[]>, recordOf: (id: number) => CandidateRecord | undefined, o: RunOptions, queries: number): Promise<ResultRow[]> {
  const t0 = performance.now();
  await peer.load(ds);
  // A peer that times its own build (the engine, which also runs full GCs to measure memory) reports it.
  const buildMs = peer.loadMs ?? performance.now() - t0;
  o.log(`${peer.name}: loaded in ${Math.round(buildMs)} ms`);
  const postingById = new Map(ds.postings.map((p) => [p.id, p]));
  const rows: ResultRow[] = [];
  for (const cls of QUERY_CLASSES) {
    const list: (Posting | CandidateRecord)[] = cls === 'candidate-to-postings' ? qs.candidates.slice(0, queries) : qs.posting[cls].slice(0, queries);
    const ask = (q: Posting | CandidateRecord): Promise<Answer> => (cls === 'candidate-to-postings' ? peer.candidate(q as CandidateRecord, o.k) : peer.posting(q as Posting, o.k));
    for (const q of list.slice(0, o.warmup)) await ask(q);
    const times: number[] = [];
    const answers: Answer[] = [];
    for (const q of list) {
      const s = process.hrtime.bigint();
      const a = await ask(q);
      times.push(Number(process.hrtime.bigint() - s) / 1e6);
      answers.push(a);
    }
    const clsRefs = refs.get(cls) ?? [];
    let recall = 0;
    let violations = 0;
    const checked = Math.min(clsRefs.length, answers.length);
    for (let i = 0; i < checked; i++) {
      const ref = clsRefs[i] as ReferenceRanking;
      const a = answers[i] as Answer;
      const v = cls === 'candidate-to-postings' ? checkCandidate(a, ref, o.k, list[i] as CandidateRecord, (id) => postingById.get(id)) : checkPosting(a, ref, o.k, list[i] as Posting, recordOf);
      recall += v.recall;
      violations += v.violations;
    }
    rows.push({ peer: peer.name, queryClass: cls, p50Ms: percentile(times, 50), p99Ms: percentile(times, 99), recallAtK: checked === 0 ? 1 : recall / checked, violations, buildMs, peakRssMb: peer.peakRssMb(), queries: list.length, checked });
    o.log(`${peer.name} ${cls}: p50 ${percentile(times, 50).toFixed(3)} ms, p99 ${percentile(times, 99).toFixed(3)} ms, recall ${(checked === 0 ? 1 : recall / checked).toFixed(4)}, violations ${violations} (${checked} checked)`);
  }
  return rows;
}

/** Engine-only figures: explanation cost for the top k, near-miss scan, one-profile update. */
export function engineExtras(engine: EnginePeer, qs: QuerySet, o: RunOptions): Record<string, number> {
  const index = engine.index as CandidateIndex;
  const typical = qs.posting.typical.slice(0, o.engineQueries);
  const explainTimes: number[] = [];
  const fullTimes: number[] = [];
  for (const p of typical) {
    const s0 = process.hrtime.bigint();
    const r = matchPosting(index, p, { k: o.k });
    const s1 = process.hrtime.bigint();
    JSON.stringify(r);
    const s2 = process.hrtime.bigint();
    fullTimes.push(Number(s1 - s0) / 1e6);
    explainTimes.push(Number(s2 - s1) / 1e6);
  }
  const nearTimes: number[] = [];
  for (const p of qs.posting.narrow.slice(0, Math.min(200, o.engineQueries))) {
    const s = process.hrtime.bigint();
    matchPosting(index, p, { k: o.k, nearMisses: 20 });
    nearTimes.push(Number(process.hrtime.bigint() - s) / 1e6);
  }
  const updates: number[] = [];
  const r = seededRng(o.seed, 901);
  for (let i = 0; i < 2000; i++) {
    const base = index.record(1 + r.int(index.size));
    if (base === undefined) continue;
    const changed = { ...base, availableDay: base.availableDay + 1 + r.int(30), lat: base.lat + 0.01, licences: [...base.licences, r.int(56)].filter((v, j, a) => a.indexOf(v) === j) };
    const s = process.hrtime.bigint();
    index.upsert(changed);
    updates.push(Number(process.hrtime.bigint() - s) / 1e3);
  }
  return {
    typicalWithExplanationsP50Ms: percentile(fullTimes, 50),
    typicalWithExplanationsP99Ms: percentile(fullTimes, 99),
    explanationJsonP50Ms: percentile(explainTimes, 50),
    nearMissNarrowP50Ms: percentile(nearTimes, 50),
    nearMissNarrowP99Ms: percentile(nearTimes, 99),
    updateP50Us: percentile(updates, 50),
    updateP99Us: percentile(updates, 99),
  };
}

export async function prepare(o: RunOptions): Promise<{ ds: Dataset; qs: QuerySet }> {
  const t0 = performance.now();
  const dir = ensureDataset(o.size, o.seed);
  const ds = loadDataset(dir);
  o.log(`dataset ${dir}: ${ds.cols.n} candidates, ${ds.postings.length} postings (${Math.round(performance.now() - t0)} ms)`);
  return { ds, qs: querySet(ds, Math.max(o.engineQueries, o.peerQueries), o.seed) };
}
