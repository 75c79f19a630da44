import { setBit, wordsFor } from './bitset.js';
import { allocateColumns, mask32, maskPair, writeRow, type CandidateColumns } from './candidate-columns.js';
import type { QueryPlan } from './candidate-index.js';
import { explainSlot } from './explain.js';
import type { CandidateRecord, ExplainedMatch, MatchResult, NearMiss, Posting, Relaxation } from './model.js';
import { requirementsOf, verdictAt } from './requirements.js';
import { KM2_PER_DEG2, scoreConstants, type ScoreConstants } from './score.js';
import { TopKHeap } from './top-k-heap.js';
import { validatePosting } from './validate.js';
import { LIMITS, PROCEDURE_TYPES } from './vocabulary.js';

const K_STRIDE = 16;

/**
 * Postings indexed by what they require, for candidate → postings. The cheap, selective clauses are
 * bitsets over postings (licence states accepted, modality, shifts required, sponsorship, travel):
 * at 100K postings each is 3,125 words. Survivors get the exact per-posting check on columns (credential
 * masks, any-of groups, years, start date, radius) and the same score as posting → candidates.
 *
 * @example
 * const postings = PostingIndex.build(allPostings);
 * const { matches } = matchCandidate(postings, candidate, { k: 50 });
 */
export class PostingIndex {
  readonly n: number;
  readonly words: number;
  readonly postings: readonly Posting[];
  readonly constants: readonly ScoreConstants[];
  readonly id: Float64Array;
  readonly allLo: Uint32Array;
  readonly allHi: Uint32Array;
  readonly anyOffset: Int32Array;
  readonly anyLo: Uint32Array;
  readonly anyHi: Uint32Array;
  readonly modality: Uint8Array;
  readonly minQuarters: Uint8Array;
  readonly startBy: Uint16Array;
  readonly radius2: Float64Array;
  readonly reloc: Uint8Array;
  readonly all: Uint32Array;
  readonly noLicence: Uint32Array;
  readonly accepts: Uint32Array[];
  readonly byModality: Uint32Array[];
  readonly needsShift: Uint32Array[];
  readonly noSponsorIn: Uint32Array[];
  readonly travel: Uint32Array;
  /** Score constants, 16 doubles per posting (two cache lines): survivors are visited in scattered
   * order, so one posting's constants are kept together rather than in one column each. */
  readonly k: Float64Array;
  /** requires[c]: postings whose all-of set includes credential c (null when none does). */
  readonly requires: (Uint32Array | null)[];
  private readonly a: Uint32Array;
  private readonly m: Uint32Array;
  private readonly x: Uint32Array;

  private constructor(postings: readonly Posting[]) {
    const n = postings.length;
    const words = wordsFor(n);
    this.n = n;
    this.words = words;
    this.postings = postings;
    const bits = (): Uint32Array => new Uint32Array(words);
    this.constants = postings.map(scoreConstants);
    this.id = new Float64Array(n);
    this.allLo = new Uint32Array(n);
    this.allHi = new Uint32Array(n);
    this.anyOffset = new Int32Array(n + 1);
    const groups = postings.reduce((s, p) => s + p.anyOf.length, 0);
    this.anyLo = new Uint32Array(groups);
    this.anyHi = new Uint32Array(groups);
    this.modality = new Uint8Array(n);
    this.minQuarters = new Uint8Array(n);
    this.startBy = new Uint16Array(n);
    this.radius2 = new Float64Array(n);
    this.reloc = new Uint8Array(n);
    this.all = bits();
    this.noLicence = bits();
    this.accepts = Array.from({ length: LIMITS.jurisdictions }, bits);
    this.byModality = Array.from({ length: LIMITS.modalities }, bits);
    this.needsShift = Array.from({ length: LIMITS.shifts }, bits);
    this.noSponsorIn = Array.from({ length: LIMITS.countries }, bits);
    this.travel = bits();
    this.requires = Array.from({ length: LIMITS.credentials }, () => null);
    this.k = new Float64Array(n * K_STRIDE);
    this.constants.forEach((q, i) => {
      const row = [q.wExperience, q.wDistance, q.wPay, q.wProcedures, q.wLanguage, q.invWantQuarters, q.lat, q.lon, q.cosLat, q.invScale2, q.payMax, q.invPayBand, q.procedure, q.invProcedureWant, q.languageMask, q.radius2];
      this.k.set(row, i * K_STRIDE);
    });
    this.a = bits();
    this.m = bits();
    this.x = bits();
    let g = 0;
    postings.forEach((p, i) => {
      validatePosting(p);
      this.id[i] = p.id;
      [this.allLo[i], this.allHi[i]] = maskPair(p.allOf);
      this.anyOffset[i] = g;
      for (const group of p.anyOf) [this.anyLo[g], this.anyHi[g++]] = maskPair(group);
      this.modality[i] = p.modality;
      this.minQuarters[i] = 4 * p.minYears;
      this.startBy[i] = p.startBy;
      this.radius2[i] = this.constants[i]?.radius2 ?? -1;
      this.reloc[i] = p.acceptRelocation ? 1 : 0;
      setBit(this.all, i);
      for (const c of p.allOf) {
        const r = this.requires[c] ?? bits();
        this.requires[c] = r;
        setBit(r, i);
      }
      if (p.licences === null) setBit(this.noLicence, i);
      else for (const j of p.licences) setBit(this.accepts[j] as Uint32Array, i);
      setBit(this.byModality[p.modality] as Uint32Array, i);
      for (const s of p.shifts) setBit(this.needsShift[s] as Uint32Array, i);
      if (!p.sponsors) setBit(this.noSponsorIn[p.country] as Uint32Array, i);
      if (p.travel) setBit(this.travel, i);
    });
    this.anyOffset[n] = g;
  }

  /** Builds the index over `postings` (validated; row i is postings[i]). */
  static build(postings: readonly Posting[]): PostingIndex {
    return new PostingIndex(postings);
  }

  /** The bitset prefilter for a candidate into this.a: postings whose licence, modality, shift, sponsorship and travel clauses pass. */
  private prefilter(held: readonly [number, number], lic: readonly [number, number], mods: number, shifts: number, auth: number, travel: boolean): void {
    const { a, m, x, words } = this;
    a.set(this.noLicence);
    for (let j = 0; j < LIMITS.jurisdictions; j++) {
      const held = j < 32 ? (lic[0] >>> j) & 1 : (lic[1] >>> (j - 32)) & 1;
      if (held === 1) orInto(a, this.accepts[j] as Uint32Array, words);
    }
    m.fill(0);
    for (let k = 0; k < LIMITS.modalities; k++) if ((mods >>> k) & 1) orInto(m, this.byModality[k] as Uint32Array, words);
    x.fill(0);
    for (let s = 0; s < LIMITS.shifts; s++) if (((shifts >>> s) & 1) === 0) orInto(x, this.needsShift[s] as Uint32Array, words);
    for (let c = 0; c < LIMITS.countries; c++) if (((auth >>> c) & 1) === 0) orInto(x, this.noSponsorIn[c] as Uint32Array, words);
    if (!travel) orInto(x, this.travel, words);
    // Postings requiring a credential the candidate lacks: usually the strongest cut of all.
    for (let c = 0; c < LIMITS.credentials; c++) {
      const r = this.requires[c];
      if (r === null || r === undefined) continue;
      const has = c < 32 ? (held[0] >>> c) & 1 : (held[1] >>> (c - 32)) & 1;
      if (has === 0) orInto(x, r, words);
    }
  }

  /**
   * Scans postings for one candidate: passing ones go to `heap` (when given) and are counted; with
   * `nearHeap`, postings failing exactly one requirement go there and their failed requirement kinds are
   * counted in `adds` (keyed by requirement index of each posting, summed by kind in the caller).
   */
  scan(r: CandidateRecord, heap: TopKHeap): number {
    const held = maskPair(r.held);
    const [heldLo, heldHi] = held;
    const lic = maskPair(r.licences);
    const mods = modalityMask(r);
    const shifts = mask32(r.shifts);
    const auth = mask32(r.authorisedCountries);
    const languages = mask32(r.languages);
    this.prefilter(held, lic, mods, shifts, auth, r.travel);
    const { a, m, x, words } = this;
    const quarters = new Int32Array(LIMITS.modalities).fill(-1);
    for (const [k, v] of r.modalityQuarters) quarters[k] = v;
    const lat = Math.fround(r.lat);
    const lon = Math.fround(r.lon);
    const procs = new Float64Array(PROCEDURE_TYPES.length);
    for (const [t, v] of r.procedures) procs[t] = v;
    const k = this.k;
    let total = 0;
    for (let w = 0; w < words; w++) {
      let bitsW = (a[w] ?? 0) & (m[w] ?? 0) & ~(x[w] ?? 0);
      while (bitsW !== 0) {
        const t = bitsW & -bitsW;
        bitsW ^= t;
        const i = (w << 5) + 31 - Math.clz32(t);
        if (((this.allLo[i] ?? 0) & ~heldLo) !== 0 || ((this.allHi[i] ?? 0) & ~heldHi) !== 0) continue;
        const qy = quarters[this.modality[i] ?? 0] ?? -1;
        if (qy < (this.minQuarters[i] ?? 0)) continue;
        if (r.availableDay > (this.startBy[i] ?? 0)) continue;
        let anyOk = true;
        for (let g = this.anyOffset[i] ?? 0, e = this.anyOffset[i + 1] ?? 0; g < e; g++) {
          if (((this.anyLo[g] ?? 0) & heldLo) === 0 && ((this.anyHi[g] ?? 0) & heldHi) === 0) {
            anyOk = false;
            break;
          }
        }
        if (!anyOk) continue;
        const o = i * K_STRIDE;
        const dx = (lon - (k[o + 7] ?? 0)) * (k[o + 8] ?? 0);
        const dy = lat - (k[o + 6] ?? 0);
        const d2 = (dx * dx + dy * dy) * KM2_PER_DEG2;
        const r2 = k[o + 15] ?? -1;
        if (r2 >= 0 && d2 > r2 && !(this.reloc[i] === 1 && r.relocate)) continue;
        total++;
        // The expressions and their order are those of score.ts (pairScore), on the packed constants.
        const payMax = k[o + 10] ?? 0;
        const score =
          (k[o] ?? 0) * Math.min(qy * (k[o + 5] ?? 0), 1) +
          (k[o + 1] ?? 0) * (1 / (1 + d2 * (k[o + 9] ?? 0))) +
          (k[o + 2] ?? 0) * (r.payFloor <= payMax ? 1 : Math.max(0, 1 - (r.payFloor - payMax) * (k[o + 11] ?? 0))) +
          (k[o + 3] ?? 0) * Math.min((procs[k[o + 12] ?? 0] ?? 0) * (k[o + 13] ?? 0), 1) +
          (k[o + 4] ?? 0) * ((languages & (k[o + 14] ?? 0)) !== 0 ? 1 : 0);
        heap.push(score, this.id[i] ?? 0, i);
      }
    }
    return total;
  }
}

function orInto(dst: Uint32Array, src: Uint32Array, words: number): void {
  for (let w = 0; w < words; w++) dst[w] = (dst[w] ?? 0) | (src[w] ?? 0);
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

