import { setBit, wordsFor } from './bitset.js';
import { allocateColumns, mask32, maskPair, writeRow, type CandidateColumns } from './candidate-columns.js';
import type { QueryPlan } from './candidate-index.js';
import { explainSlot } from './explain.js';
import type { CandidateRecord, ExplainedMatch, MatchResult, NearMiss, Posting, Relaxation } from './model.js';
import { requirementsOf, verdictAt } from './requirements.js';
import { KM2_PER_DEG2, scoreConstants } from './score.js';
import { TopKHeap } from './top-k-heap.js';
import { validatePosting } from './validate.js';
import { LIMITS, PROCEDURE_TYPES } from './vocabulary.js';

const K_STRIDE = 8;
/** Relative slack of the score bound (rounding of a differently ordered sum is far below it). */
const BOUND_SLACK = 1 + 2 ** -40;

/** A bitset over postings stored as its non-zero words only (index, value), for the driving clause. */
interface SparseBits {
  readonly at: Int32Array;
  readonly bits: Uint32Array;
}

function sparse(dense: Uint32Array): SparseBits {
  let n = 0;
  for (let w = 0; w < dense.length; w++) if ((dense[w] ?? 0) !== 0) n++;
  const at = new Int32Array(n);
  const bits = new Uint32Array(n);
  n = 0;
  for (let w = 0; w < dense.length; w++) {
    const v = dense[w] ?? 0;
    if (v === 0) continue;
    at[n] = w;
    bits[n++] = v;
  }
  return { at, bits };
}

/** Row order: postings accepting any licence first, then by lowest accepted jurisdiction, then modality,
 * so the postings one candidate qualifies for sit in a few runs of words (sequential memory, few words);
 * within a run, by descending sum of the non-distance weights, so the heap fills with postings that can
 * score high and the score bound skips more of the rest. */
function rowOrder(postings: readonly Posting[]): Int32Array {
  const key = (p: Posting): number => (p.licences === null ? 0 : 1 + Math.min(...p.licences)) * LIMITS.modalities + p.modality;
  const keys = postings.map(key);
  const rest = postings.map((p) => p.weights.experience + p.weights.pay + p.weights.procedures + p.weights.language);
  const order = Int32Array.from(postings.keys());
  order.sort((a, b) => (keys[a] ?? 0) - (keys[b] ?? 0) || (rest[b] ?? 0) - (rest[a] ?? 0) || a - b);
  return order;
}

/**
 * Postings indexed by what they require, for candidate → postings. The cheap, selective clauses are
 * bitsets over postings (licence states accepted, modality, shifts required, sponsorship, travel,
 * required credentials): at 100K postings each is 3,125 words. Rows are ordered by licence group and
 * modality, and the licence clause (the driver) is kept as its non-zero words only, so a candidate's
 * scan touches only the words of the postings that accept one of its licences (or none is required),
 * and the other clauses are read at those words only. Survivors get the exact per-posting check on
 * columns (years, start date, any-of groups, radius) and the same score as posting → candidates.
 *
 * @example
 * const postings = PostingIndex.build(allPostings);
 * const { matches } = matchCandidate(postings, candidate, { k: 50 });
 */
export class PostingIndex {
  readonly n: number;
  readonly words: number;
  /** The postings in row order (row i is postings[i]; not the order given to build). */
  readonly postings: readonly Posting[];
  readonly id: Float64Array;
  readonly anyOffset: Int32Array;
  readonly anyLo: Uint32Array;
  readonly anyHi: Uint32Array;
  readonly modality: Uint8Array;
  readonly minQuarters: Uint8Array;
  readonly startBy: Uint16Array;
  readonly reloc: Uint8Array;
  readonly procedure: Uint8Array;
  readonly languageMask: Int32Array;
  /** Driving clause: postings requiring no licence, and those accepting jurisdiction j (non-zero words). */
  readonly noLicence: SparseBits;
  readonly accepts: (SparseBits | null)[];
  /** Dense clause bitsets, null when no posting sets a bit. */
  readonly byModality: (Uint32Array | null)[];
  readonly needsShift: (Uint32Array | null)[];
  readonly noSponsorIn: (Uint32Array | null)[];
  readonly travel: Uint32Array | null;
  /** requires[c]: postings whose all-of set includes credential c (null when none does). */
  readonly requires: (Uint32Array | null)[];
  /** Score constants, 16 doubles per posting (two cache lines), in row order: lat, lon, cosLat, squared
   * radius (-1: none), 1/scale², w distance, w experience + pay + procedures + language (the bound of the
   * score without distance), then w experience, 1/(4·want years), w pay, pay max, 1/pay band, w procedures,
   * 1/procedures wanted, w language. */
  readonly k: Float64Array;
  readonly s: Float64Array;
  /** Scratch of the scan: the driver's words (epoch-marked, so nothing is cleared per query). */
  private readonly a: Uint32Array;
  private readonly mark: Int32Array;
  private readonly touched: Int32Array;
  private epoch = 0;

  private constructor(input: readonly Posting[]) {
    input.forEach(validatePosting);
    const order = rowOrder(input);
    const postings = Array.from(order, (i) => input[i] as Posting);
    const n = postings.length;
    const words = wordsFor(n);
    this.n = n;
    this.words = words;
    this.postings = postings;
    this.id = new Float64Array(n);
    this.anyOffset = new Int32Array(n + 1);
    const groups = postings.reduce((s, p) => s + p.anyOf.length, 0);
    this.anyLo = new Uint32Array(groups);
    this.anyHi = new Uint32Array(groups);
    this.modality = new Uint8Array(n);
    this.minQuarters = new Uint8Array(n);
    this.startBy = new Uint16Array(n);
    this.reloc = new Uint8Array(n);
    this.procedure = new Uint8Array(n);
    this.languageMask = new Int32Array(n);
    this.k = new Float64Array(n * K_STRIDE);
    this.s = new Float64Array(n * K_STRIDE);
    const lazy = (): (Uint32Array | null)[] => [];
    const byModality = lazy();
    const needsShift = lazy();
    const noSponsorIn = lazy();
    const requires = lazy();
    const accepts = lazy();
    const noLicence = new Uint32Array(words);
    let travel: Uint32Array | null = null;
    const set = (family: (Uint32Array | null)[], f: number, i: number): void => {
      const b = family[f] ?? new Uint32Array(words);
      family[f] = b;
      setBit(b, i);
    };
    let g = 0;
    postings.forEach((p, i) => {
      this.id[i] = p.id;
      this.anyOffset[i] = g;
      for (const group of p.anyOf) [this.anyLo[g], this.anyHi[g++]] = maskPair(group);
      this.modality[i] = p.modality;
      this.minQuarters[i] = 4 * p.minYears;
      this.startBy[i] = p.startBy;
      this.reloc[i] = p.acceptRelocation ? 1 : 0;
      const q = scoreConstants(p);
      // First cache line: what the qualification test and the score bound read; second: the rest of the score.
      this.k.set([q.lat, q.lon, q.cosLat, q.radius2, q.invScale2, q.wDistance, q.wExperience + q.wPay + q.wProcedures + q.wLanguage, q.wExperience], i * K_STRIDE);
      this.s.set([q.invWantQuarters, q.wPay, q.payMax, q.invPayBand, q.wProcedures, q.invProcedureWant, q.wLanguage, 0], i * K_STRIDE);
      this.procedure[i] = q.procedure;
      this.languageMask[i] = q.languageMask;
      for (const c of p.allOf) set(requires, c, i);
      if (p.licences === null) setBit(noLicence, i);
      else for (const j of p.licences) set(accepts, j, i);
      set(byModality, p.modality, i);
      for (const s of p.shifts) set(needsShift, s, i);
      if (!p.sponsors) set(noSponsorIn, p.country, i);
      if (p.travel) {
        travel ??= new Uint32Array(words);
        setBit(travel, i);
      }
    });
    this.anyOffset[n] = g;
    const fill = (family: (Uint32Array | null)[], size: number): (Uint32Array | null)[] => Array.from({ length: size }, (_, f) => family[f] ?? null);
    this.byModality = fill(byModality, LIMITS.modalities);
    this.needsShift = fill(needsShift, LIMITS.shifts);
    this.noSponsorIn = fill(noSponsorIn, LIMITS.countries);
    this.requires = fill(requires, LIMITS.credentials);
    this.travel = travel;
    this.noLicence = sparse(noLicence);
    this.accepts = fill(accepts, LIMITS.jurisdictions).map((b) => (b === null ? null : sparse(b)));
    this.a = new Uint32Array(words);
    this.mark = new Int32Array(words);
    this.touched = new Int32Array(words);
  }

  /** Builds the index over `postings` (validated; rows are reordered, see {@link PostingIndex.postings}). */
  static build(postings: readonly Posting[]): PostingIndex {
    return new PostingIndex(postings);
  }

  /** Bytes held in the index's typed arrays (posting objects, kept for explanations, not included). */
  get bytes(): number {
    let total = 0;
    const add = (b: ArrayBufferView | SparseBits | null | undefined): void => {
      if (b === null || b === undefined) return;
      total += ArrayBuffer.isView(b) ? b.byteLength : b.at.byteLength + b.bits.byteLength;
    };
    [this.id, this.anyOffset, this.anyLo, this.anyHi, this.modality, this.minQuarters, this.startBy, this.reloc, this.procedure, this.languageMask, this.k, this.s, this.a, this.mark, this.touched, this.travel, this.noLicence].forEach(add);
    [this.accepts, this.byModality, this.needsShift, this.noSponsorIn, this.requires].forEach((f) => f.forEach(add));
    return total;
  }

  /** Words of the driving clause for licences (lo, hi) into this.a; returns how many, listed ascending in this.touched. */
  private driver(licLo: number, licHi: number): number {
    const { a, mark, touched } = this;
    if (this.epoch === 0x7fffffff) {
      mark.fill(0);
      this.epoch = 0;
    }
    const epoch = ++this.epoch;
    let count = 0;
    const add = (s: SparseBits): void => {
      const { at, bits } = s;
      for (let e = 0; e < at.length; e++) {
        const w = at[e] ?? 0;
        if (mark[w] !== epoch) {
          mark[w] = epoch;
          a[w] = bits[e] ?? 0;
          touched[count++] = w;
        } else a[w] = (a[w] ?? 0) | (bits[e] ?? 0);
      }
    };
    add(this.noLicence);
    for (let j = 0; j < LIMITS.jurisdictions; j++) {
      const held = j < 32 ? (licLo >>> j) & 1 : (licHi >>> (j - 32)) & 1;
      const s = this.accepts[j];
      if (held === 1 && s !== null && s !== undefined) add(s);
    }
    touched.subarray(0, count).sort();
    return count;
  }

  /**
   * Scans postings for one candidate: every passing posting is counted and offered to `heap`. The
   * clause bitsets are read only at the words of the driving (licence) clause: a posting outside it
   * fails the licence requirement, so the result is the same as a full AND (property-tested).
   */
  scan(r: CandidateRecord, heap: TopKHeap): number {
    const [heldLo, heldHi] = maskPair(r.held);
    const [licLo, licHi] = maskPair(r.licences);
    const mods = modalityMask(r);
    const shifts = mask32(r.shifts);
    const auth = mask32(r.authorisedCountries);
    const languages = mask32(r.languages);
    const some: Uint32Array[] = [];
    for (let m = 0; m < LIMITS.modalities; m++) {
      const b = this.byModality[m];
      if (((mods >>> m) & 1) === 1 && b !== null && b !== undefined) some.push(b);
    }
    if (some.length === 0) return 0;
    const none: Uint32Array[] = [];
    const fails = (b: Uint32Array | null | undefined, passes: boolean): void => {
      if (!passes && b !== null && b !== undefined) none.push(b);
    };
    for (let s = 0; s < LIMITS.shifts; s++) fails(this.needsShift[s], ((shifts >>> s) & 1) === 1);
    for (let c = 0; c < LIMITS.countries; c++) fails(this.noSponsorIn[c], ((auth >>> c) & 1) === 1);
    fails(this.travel, r.travel);
    // Postings requiring a credential the candidate lacks: usually the strongest cut of all.
    for (let c = 0; c < LIMITS.credentials; c++) fails(this.requires[c], (c < 32 ? (heldLo >>> c) & 1 : (heldHi >>> (c - 32)) & 1) === 1);
    const nSome = some.length;
    const nNone = none.length;
    const count = this.driver(licLo, licHi);
    const { a, touched, k, s: sc, modality, minQuarters, startBy, anyOffset, anyLo, anyHi, reloc, id, procedure, languageMask } = this;
    const quarters = new Int32Array(LIMITS.modalities).fill(-1);
    for (const [m, v] of r.modalityQuarters) quarters[m] = v;
    const lat = Math.fround(r.lat);
    const lon = Math.fround(r.lon);
    const procs = new Float64Array(PROCEDURE_TYPES.length);
    for (const [t, v] of r.procedures) procs[t] = v;
    // Imported bindings read once: under some loaders (tsx) each read is a getter call.
    const km2 = KM2_PER_DEG2;
    const day = r.availableDay;
    const relocate = r.relocate;
    const payFloor = r.payFloor;
    let total = 0;
    for (let e = 0; e < count; e++) {
      const w = touched[e] ?? 0;
      let bitsW = a[w] ?? 0;
      let mw = 0;
      for (let s = 0; s < nSome; s++) mw |= (some[s] as Uint32Array)[w] ?? 0;
      bitsW &= mw;
      for (let s = 0; s < nNone && bitsW !== 0; s++) bitsW &= ~((none[s] as Uint32Array)[w] ?? 0);
      while (bitsW !== 0) {
        const t = bitsW & -bitsW;
        bitsW ^= t;
        const i = (w << 5) + 31 - Math.clz32(t);
        const qy = quarters[modality[i] ?? 0] ?? -1;
        if (qy < (minQuarters[i] ?? 0)) continue;
        if (day > (startBy[i] ?? 0)) continue;
        let anyOk = true;
        for (let g = anyOffset[i] ?? 0, end = anyOffset[i + 1] ?? 0; g < end; g++) {
          if (((anyLo[g] ?? 0) & heldLo) === 0 && ((anyHi[g] ?? 0) & heldHi) === 0) {
            anyOk = false;
            break;
          }
        }
        if (!anyOk) continue;
        const o = i * K_STRIDE;
        const dx = (lon - (k[o + 1] ?? 0)) * (k[o + 2] ?? 0);
        const dy = lat - (k[o] ?? 0);
        const d2 = (dx * dx + dy * dy) * km2;
        const r2 = k[o + 3] ?? -1;
        if (r2 >= 0 && d2 > r2 && !(reloc[i] === 1 && relocate)) continue;
        total++;
        const distancePart = (k[o + 5] ?? 0) * (1 / (1 + d2 * (k[o + 4] ?? 0)));
        // Every other criterion is at most its weight: skip the score when even that cannot reach the k-th
        // (the slack covers the different order of the additions; property-tested).
        if (heap.size === heap.k && (distancePart + (k[o + 6] ?? 0)) * BOUND_SLACK < (heap.scores[0] ?? 0)) continue;
        // The expressions and their order are those of score.ts (pairScore), on the packed constants.
        const payMax = sc[o + 2] ?? 0;
        const score =
          (k[o + 7] ?? 0) * Math.min(qy * (sc[o] ?? 0), 1) +
          distancePart +
          (sc[o + 1] ?? 0) * (payFloor <= payMax ? 1 : Math.max(0, 1 - (payFloor - payMax) * (sc[o + 3] ?? 0))) +
          (sc[o + 4] ?? 0) * Math.min((procs[procedure[i] ?? 0] ?? 0) * (sc[o + 5] ?? 0), 1) +
          (sc[o + 6] ?? 0) * ((languages & (languageMask[i] ?? 0)) !== 0 ? 1 : 0);
        heap.push(score, id[i] ?? 0, i);
      }
    }
    return total;
  }
}

function modalityMask(r: CandidateRecord): number {
  let mods = 0;
  for (const k of r.modalityQuarters.keys()) mods |= 1 << k;
  return mods;
}

/** The candidate as one row of columns, so the explanation code of posting → candidates is reused as is. */
function singleRow(r: CandidateRecord): { one: CandidateColumns; slot: number } {
  const cols = allocateColumns(1);
  writeRow(cols, 0, r);
  cols.n = 1;
  return { one: cols, slot: 0 };
}

function planFor(p: Posting): QueryPlan {
  return { posting: p, q: scoreConstants(p), requirements: requirementsOf(p), clauses: [], radiusRequirement: -1, acceptRelocation: p.acceptRelocation, startResidual: -1 };
}

/**
 * Candidate → postings: the top k postings the candidate qualifies for, explained like posting →
 * candidates; with `nearMisses`, the postings failing exactly one requirement (full scan of the
 * posting columns, counting failures up to two) and, per requirement kind, how many postings relaxing
 * it alone would add.
 *
 * @example
 * const result = matchCandidate(postings, candidate, { k: 50, nearMisses: 10 });
 */
export function matchCandidate(index: PostingIndex, candidate: CandidateRecord, options: { k: number; nearMisses?: number }): MatchResult {
  const heap = new TopKHeap(options.k);
  const totalQualified = index.scan(candidate, heap);
  const { one, slot } = singleRow(candidate);
  const explain = (i: number): ExplainedMatch => {
    const p = index.postings[i] as Posting;
    const m = explainSlot(one, planFor(p), slot);
    return { ...m, id: p.id };
  };
  const matches = heap.order().map((h) => explain(heap.slots[h] ?? 0));
  const nearK = options.nearMisses ?? 0;
  if (nearK === 0) return { matches, totalQualified, nearMisses: [], relaxations: [] };
  const nearHeap = new TopKHeap(nearK);
  const addsByKind = new Map<string, Relaxation>();
  const cols = one;
  for (let i = 0; i < index.n; i++) {
    const p = index.postings[i] as Posting;
    const plan = planFor(p);
    let failed = -1;
    let fails = 0;
    for (let ri = 0; ri < plan.requirements.length && fails < 2; ri++) {
      if (!verdictAt(cols, slot, p, plan.q, plan.requirements[ri] as (typeof plan.requirements)[number]).pass) {
        fails++;
        failed = ri;
      }
    }
    if (fails !== 1) continue;
    const req = plan.requirements[failed];
    if (req === undefined) continue;
    const key = `${req.kind}:${req.detail}`;
    const prev = addsByKind.get(key);
    addsByKind.set(key, { requirement: req, adds: (prev?.adds ?? 0) + 1 });
    nearHeap.push(explainSlot(one, plan, slot).score, p.id, i);
  }
  const nearMisses: NearMiss[] = nearHeap.order().map((h) => {
    const m = explain(nearHeap.slots[h] ?? 0);
    const f = m.requirements.find((v) => !v.pass);
    if (f === undefined) throw new Error('near-miss passes every requirement');
    return { ...m, failed: f };
  });
  return { matches, totalQualified, nearMisses, relaxations: [...addsByKind.values()] };
}

/**
 * Fast path: ids and scores of the top k postings, best first.
 *
 * @example
 * topPostings(postings, candidate, 50).ids
 */
export function topPostings(index: PostingIndex, candidate: CandidateRecord, k: number): { ids: number[]; scores: number[]; totalQualified: number } {
  const heap = new TopKHeap(k);
  const totalQualified = index.scan(candidate, heap);
  const order = heap.order();
  return { ids: order.map((i) => heap.ids[i] ?? 0), scores: order.map((i) => heap.scores[i] ?? 0), totalQualified };
}

