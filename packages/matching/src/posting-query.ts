import type { CandidateIndex, QueryPlan } from './candidate-index.js';
import type { ExplainedMatch, MatchResult, NearMiss, Relaxation } from './model.js';
import { pairScore, KM2_PER_DEG2 } from './score.js';
import { blockBounds, blocksBestFirst } from './block-bounds.js';
import { blockPlace } from './block-radius.js';
import { TopKHeap } from './top-k-heap.js';
import { popcount32, wordsFor } from './bitset.js';
import { explainSlot } from './explain.js';
import { scanNearMisses } from './near-miss.js';
import type { Posting } from './model.js';
import { FLAG_RELOCATE } from './candidate-columns.js';

/**
 * The scan: AND the plan's clauses word by word (most selective first, stopping at a zero word), then
 * check the residual tests (radius, start date between range boundaries) and score each surviving slot
 * into the heap. When many candidates may pass, blocks are visited best upper bound first and the rest
 * are skipped once the heap's k-th score beats their bound (block-max pruning; skipped blocks are only
 * counted). Returns how many candidates pass everything.
 */
export function scanTopK(index: CandidateIndex, plan: QueryPlan, heap: TopKHeap): number {
  const clauses = plan.clauses;
  if (clauses.length > 0 && (clauses[0]?.count ?? 0) === 0) return 0;
  const words = wordsFor(index.cols.n);
  const widest = clauses.length === 0 ? index.liveCount : (clauses[0]?.count ?? 0);
  const bw = index.blockWords;
  const nb = Math.ceil(words / bw);
  // Each block against the radius (see blockPlace): wholly outside it (relocation not accepted) nobody
  // qualifies, so the block is not read; wholly inside, the row test is skipped.
  const radius = plan.radiusRequirement >= 0;
  const places = radius ? Array.from({ length: nb }, (_, b) => blockPlace(index, plan.q, b)) : null;
  const skip = (b: number): boolean => places !== null && !plan.acceptRelocation && places[b] === 'outside';
  // Outside the radius with relocation accepted, exactly those willing to relocate pass: a bitset, no row test.
  const rowTest = (b: number): RadiusTest => (places === null || places[b] === 'inside' ? 'none' : places[b] === 'outside' ? 'relocating' : 'rows');
  if (widest <= index.pruneAbove || heap.k === 0) {
    let total = 0;
    for (let b = 0; b < nb; b++) if (!skip(b)) total += scanRange(index, plan, heap, b * bw, Math.min(words, (b + 1) * bw), true, rowTest(b));
    return total;
  }
  const bound = blockBounds(index, plan, nb);
  const minId = index.blockMinId;
  const order = blocksBestFirst(bound, minId, nb);
  let total = 0;
  for (let i = 0; i < nb; i++) {
    const b = order[i] ?? 0;
    const ub = bound[b] ?? 0;
    const kth = heap.scores[0] ?? 0;
    // Skip a block that cannot beat the k-th: a lower bound, or an equal one whose every id loses the tie.
    const hopeless = heap.size === heap.k && (ub < kth || (ub === kth && (minId[b] ?? 0) > (heap.ids[0] ?? 0)));
    if (!skip(b)) total += scanRange(index, plan, heap, b * bw, Math.min(words, (b + 1) * bw), !hopeless, rowTest(b));
  }
  return total;
}

/** How a range's rows are held to the radius: each row tested, none (all pass), or by the relocation bitset. */
type RadiusTest = 'rows' | 'none' | 'relocating';

/**
 * Scans words [from, to): scores survivors into the heap, or (score = false) only counts them.
 * `radiusTest` says how its rows are held to the radius (see `blockPlace`).
 */
function scanRange(index: CandidateIndex, plan: QueryPlan, heap: TopKHeap, from: number, to: number, score: boolean, radiusTest: RadiusTest): number {
  const clauses = plan.clauses;
  const nc = clauses.length;
  const cl = clauses.map((c) => c.bits);
  const live = index.live;
  const c = index.cols;
  const q = plan.q;
  const yq = c.quarters[q.modality] ?? new Uint8Array(0);
  const pr = c.procedures[q.procedure] ?? new Uint16Array(0);
  const { lat, lon, payFloor, languages, id, flags, availableDay } = c;
  const radius = radiusTest === 'rows' && plan.radiusRequirement >= 0;
  const relocating = radiusTest === 'relocating' ? index.relocating : null;
  const startCheck = plan.startResidual >= 0;
  const startBy = plan.posting.startBy;
  const r2 = q.radius2;
  const reloc = plan.acceptRelocation;
  const qlat = q.lat;
  const qlon = q.lon;
  const cosLat = q.cosLat;
  // Imported bindings read once: under some loaders (tsx) each read of one is a getter call.
  const km2 = KM2_PER_DEG2;
  const relocateFlag = FLAG_RELOCATE;
  const score2 = pairScore;
  const pop = popcount32;
  let total = 0;
  for (let w = from; w < to; w++) {
    let x = live[w] ?? 0;
    for (let i = 0; i < nc && x !== 0; i++) x &= (cl[i] as Uint32Array)[w] ?? 0;
    if (relocating !== null) x &= relocating[w] ?? 0;
    if (!score && !radius && !startCheck) {
      total += pop(x);
      continue;
    }
    while (x !== 0) {
      const t = x & -x;
      x ^= t;
      const slot = (w << 5) + 31 - Math.clz32(t);
      if (startCheck && (availableDay[slot] ?? 0) > startBy) continue;
      const dx = ((lon[slot] ?? 0) - qlon) * cosLat;
      const dy = (lat[slot] ?? 0) - qlat;
      const d2 = (dx * dx + dy * dy) * km2;
      if (radius && d2 > r2 && !(reloc && ((flags[slot] ?? 0) & relocateFlag) !== 0)) continue;
      total++;
      if (!score) continue;
      const s = score2(q, yq[slot] ?? 0, d2, payFloor[slot] ?? 0, pr[slot] ?? 0, languages[slot] ?? 0);
      heap.push(s, id[slot] ?? 0, slot);
    }
  }
  return total;
}

/** Options of a posting query. */
export interface MatchOptions {
  /** How many candidates to return (top k). */
  readonly k: number;
  /** How many near-misses (fail exactly one requirement) to return, best score first; 0 = none, and no relaxation counts. */
  readonly nearMisses?: number;
}

/**
 * Posting → candidates: the top k candidates passing every hard requirement, each explained (criterion
 * contributions that sum to the score, and every requirement's verdict), plus near-misses and
 * "relaxing X adds N". Exact: ranked by score descending, then external id ascending.
 *
 * @example
 * const result = matchPosting(index, posting, { k: 50, nearMisses: 20 });
 * result.matches[0]?.contributions // [experience, distance, pay, procedures, language]
 * result.relaxations               // [{ requirement: { kind: 'credential', detail: 6 }, adds: 312 }, …]
 */
export function matchPosting(index: CandidateIndex, posting: Posting, options: MatchOptions): MatchResult {
  const plan = index.plan(posting);
  const heap = new TopKHeap(options.k);
  const totalQualified = scanTopK(index, plan, heap);
  const matches: ExplainedMatch[] = heap.order().map((i) => explainSlot(index.cols, plan, heap.slots[i] ?? 0));
  const nearK = options.nearMisses ?? 0;
  let nearMisses: NearMiss[] = [];
  let relaxations: Relaxation[] = [];
  if (nearK > 0) {
    const nearHeap = new TopKHeap(nearK);
    const adds = scanNearMisses(index, plan, nearHeap);
    nearMisses = nearHeap.order().map((i) => {
      const m = explainSlot(index.cols, plan, nearHeap.slots[i] ?? 0);
      const failed = m.requirements.find((v) => !v.pass);
      if (failed === undefined) throw new Error('near-miss passes every requirement');
      return { ...m, failed };
    });
    relaxations = plan.requirements.map((requirement, ri) => ({ requirement, adds: adds[ri] ?? 0 })).filter((r) => r.adds > 0);
  }
  return { matches, totalQualified, nearMisses, relaxations };
}

/**
 * The fast path without explanations: ids and scores of the top k, best first.
 *
 * @example
 * const { ids, scores } = topCandidates(index, posting, 50);
 */
export function topCandidates(index: CandidateIndex, posting: Posting, k: number): { ids: number[]; scores: number[]; totalQualified: number } {
  const plan = index.plan(posting);
  const heap = new TopKHeap(k);
  const totalQualified = scanTopK(index, plan, heap);
  const order = heap.order();
  return { ids: order.map((i) => heap.ids[i] ?? 0), scores: order.map((i) => heap.scores[i] ?? 0), totalQualified };
}

