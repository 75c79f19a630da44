import { clearBit, grown, popcount as popcountAll, popcount32, setBit, wordsFor } from './bitset.js';
import { allocateColumns, columnsOf, copyColumns, FLAG_RELOCATE, FLAG_TRAVEL, geographicOrder, permuteColumns, permuteColumnsInPlace, readRow, writeRow, type CandidateColumns } from './candidate-columns.js';
import type { CandidateRecord, Posting, Requirement } from './model.js';
import { requirementsOf } from './requirements.js';
import { KM2_PER_DEG2, scoreConstants, type ScoreConstants } from './score.js';
import { IdMap } from './id-map.js';
import { validatePosting } from './validate.js';
import { LIMITS } from './vocabulary.js';

/** A plain constant: some loaders (tsx) turn every read of an imported binding into a getter call. */
const KM2 = KM2_PER_DEG2;

/** Bitset families, as offsets into one array of bitsets (allocated on first use). */
const HELD = 0;
const LIC = HELD + LIMITS.credentials;
const MOD = LIC + LIMITS.jurisdictions;
const YEARS = MOD + LIMITS.modalities; // YEARS + m * maxYearsThreshold + (y - 1): quarters ≥ 4y
const SHIFT = YEARS + LIMITS.modalities * LIMITS.maxYearsThreshold;
const AUTH = SHIFT + LIMITS.shifts;
const TRAVEL = AUTH + LIMITS.countries;
const RELOCATE = TRAVEL + 1;
const AVAIL = RELOCATE + 1; // AVAIL + j: availableDay ≤ origin + j·width (range-encoded)

/** Options of the availability range encoding. */
export interface IndexOptions {
  /** First boundary of the "available by" range bitsets (match day). Default: the earliest day in the data. */
  readonly availOrigin?: number;
  /** Days between boundaries. Default 7. */
  readonly availWidth?: number;
  /** Number of boundaries. Default 64 (about 15 months of weekly boundaries). */
  readonly availBuckets?: number;
  /** Slots per block of the block-max bounds, a multiple of 32. Default 1,024. */
  readonly blockSlots?: number;
  /** Use block-max pruning when the most selective clause admits more than this many candidates. Default 8,192. */
  readonly pruneAbove?: number;
  /** Reorder rows geographically at build (tight block bounding boxes). Default true. */
  readonly geoSort?: boolean;
  /** Take the given columns as the index's own storage (reordered in place, no copy, no spare rows: the
   * first add beyond them doubles the capacity). The caller must not use `cols` afterwards. Default false. */
  readonly adopt?: boolean;
}

/** One bitset clause of a plan: candidates passing requirement `requirement` (index into requirements). */
export interface Clause {
  readonly bits: Uint32Array;
  readonly count: number;
  readonly requirement: number;
}

/**
 * A compiled posting: the clauses that can cut, most selective first, plus the location test that has no
 * bitset (a radius) and is checked on survivors. Valid until the index's next `plan` call (scratch bitsets
 * are reused).
 */
export interface QueryPlan {
  readonly posting: Posting;
  readonly q: ScoreConstants;
  readonly requirements: readonly Requirement[];
  readonly clauses: readonly Clause[];
  /** Requirement index of a radius test checked per survivor, or -1. */
  readonly radiusRequirement: number;
  readonly acceptRelocation: boolean;
  /** Requirement index of the start date when its clause is the next range bitset up (a superset), so
   * `availableDay ≤ startBy` is re-checked per survivor; -1 when the clause is exact or absent. */
  readonly startResidual: number;
}

/**
 * The candidate index: columns plus dense bitsets per value (credentials, licences, modalities, shifts,
 * work authorisation, travel) and range-encoded bitsets ("≥ y years in modality m", "available by day
 * D"). Adds, updates and removes touch one row and a few dozen bits; nothing is rebuilt.
 *
 * @example
 * const index = CandidateIndex.fromRecords(records);
 * const result = matchPosting(index, posting, { k: 50, nearMisses: 20 });
 */
export class CandidateIndex {
  cols: CandidateColumns;
  /** Live slots (removed ones are cleared everywhere, so no tombstone AND is needed besides this). */
  live: Uint32Array;
  liveCount = 0;
  words: number;
  readonly counts: Int32Array;
  private bits: (Uint32Array | null)[];
  private empty: Uint32Array;
  private scratch: Uint32Array[] = [];
  private readonly slotOfId: IdMap;
  private readonly freeSlots: number[] = [];
  readonly availOrigin: number;
  readonly availWidth: number;
  readonly availBuckets: number;
  readonly blockWords: number;
  readonly pruneAbove: number;
  /** Block-max bounds (monotone: widened on every write, never narrowed, so always valid upper bounds). */
  blockMaxQuarters: Uint8Array[] = [];
  blockMaxProcedures: Uint16Array[] = [];
  blockMinPay: Uint32Array = new Uint32Array(0);
  blockMinId: Uint32Array = new Uint32Array(0);
  blockLanguages: Uint32Array = new Uint32Array(0);
  blockLat0: Float32Array = new Float32Array(0);
  blockLat1: Float32Array = new Float32Array(0);
  blockLon0: Float32Array = new Float32Array(0);
  blockLon1: Float32Array = new Float32Array(0);

  private constructor(cols: CandidateColumns, options: IndexOptions) {
    this.cols = cols;
    this.slotOfId = new IdMap(cols.n);
    this.words = wordsFor(cols.id.length);
    this.live = new Uint32Array(this.words);
    this.empty = new Uint32Array(this.words);
    let minDay = 65535;
    for (let r = 0; r < cols.n; r++) minDay = Math.min(minDay, cols.availableDay[r] ?? 0);
    this.availOrigin = options.availOrigin ?? (cols.n > 0 ? minDay : 0);
    this.availWidth = options.availWidth ?? 7;
    this.availBuckets = options.availBuckets ?? 64;
    const families = AVAIL + this.availBuckets;
    this.bits = new Array<Uint32Array | null>(families).fill(null);
    this.counts = new Int32Array(families);
    const blockSlots = options.blockSlots ?? 1024;
    if (blockSlots % 32 !== 0 || blockSlots <= 0) throw new RangeError('blockSlots: must be a positive multiple of 32');
    this.blockWords = blockSlots / 32;
    this.pruneAbove = options.pruneAbove ?? 8192;
    this.allocateBlocks();
  }

  private allocateBlocks(): void {
    const nb = Math.ceil(this.words / this.blockWords);
    const old = this.blockMinPay.length;
    const copy = (a: ArrayLike<number>, b: { set(x: ArrayLike<number>): void; fill(v: number): unknown }, fill: number): void => {
      b.fill(fill);
      b.set(Array.prototype.slice.call(a, 0, Math.min(old, nb)) as number[]);
    };
    const u8 = (a: Uint8Array): Uint8Array => { const b = new Uint8Array(nb); copy(a, b, 0); return b; };
    const u16 = (a: Uint16Array): Uint16Array => { const b = new Uint16Array(nb); copy(a, b, 0); return b; };
    const u32 = (a: Uint32Array, fill: number): Uint32Array => { const b = new Uint32Array(nb); copy(a, b, fill); return b; };
    const f32 = (a: Float32Array, fill: number): Float32Array => { const b = new Float32Array(nb); copy(a, b, fill); return b; };
    this.blockMaxQuarters = this.cols.quarters.map((_, m) => u8(this.blockMaxQuarters[m] ?? new Uint8Array(0)));
    this.blockMaxProcedures = this.cols.procedures.map((_, t) => u16(this.blockMaxProcedures[t] ?? new Uint16Array(0)));
    this.blockMinPay = u32(this.blockMinPay, 0xffffffff);
    this.blockMinId = u32(this.blockMinId, 0xffffffff);
    this.blockLanguages = u32(this.blockLanguages, 0);
    this.blockLat0 = f32(this.blockLat0, Infinity);
    this.blockLat1 = f32(this.blockLat1, -Infinity);
    this.blockLon0 = f32(this.blockLon0, Infinity);
    this.blockLon1 = f32(this.blockLon1, -Infinity);
  }

  private widenBlock(slot: number): void {
    const b = Math.floor(slot / (this.blockWords * 32));
    const c = this.cols;
    for (let m = 0; m < c.quarters.length; m++) {
      const v = (c.quarters[m] as Uint8Array)[slot] ?? 0;
      const bm = this.blockMaxQuarters[m] as Uint8Array;
      if (v > (bm[b] ?? 0)) bm[b] = v;
    }
    for (let t = 0; t < c.procedures.length; t++) {
      const v = (c.procedures[t] as Uint16Array)[slot] ?? 0;
      const bm = this.blockMaxProcedures[t] as Uint16Array;
      if (v > (bm[b] ?? 0)) bm[b] = v;
    }
    this.blockMinId[b] = Math.min(this.blockMinId[b] ?? 0, c.id[slot] ?? 0);
    this.blockMinPay[b] = Math.min(this.blockMinPay[b] ?? 0, c.payFloor[slot] ?? 0);
    this.blockLanguages[b] = (this.blockLanguages[b] ?? 0) | (c.languages[slot] ?? 0);
    const lat = c.lat[slot] ?? 0;
    const lon = c.lon[slot] ?? 0;
    this.blockLat0[b] = Math.min(this.blockLat0[b] ?? 0, lat);
    this.blockLat1[b] = Math.max(this.blockLat1[b] ?? 0, lat);
    this.blockLon0[b] = Math.min(this.blockLon0[b] ?? 0, lon);
    this.blockLon1[b] = Math.max(this.blockLon1[b] ?? 0, lon);
  }

  /**
   * Builds from columns (rows 0..n-1; ids must be distinct). The columns are copied with 1/16 spare
   * capacity for appends (capacity doubles when it runs out).
   */
  static build(cols: CandidateColumns, options: IndexOptions = {}): CandidateIndex {
    const capacity = Math.max(64, cols.n + Math.ceil(cols.n / 16));
    let stored: CandidateColumns;
    if (options.adopt === true && cols.id.length >= 64) {
      if (options.geoSort !== false) permuteColumnsInPlace(cols, geographicOrder(cols));
      stored = cols;
    } else stored = options.geoSort === false ? copyColumns(cols, capacity) : permuteColumns(cols, geographicOrder(cols), capacity);
    const index = new CandidateIndex(stored, options);
    for (let row = 0; row < cols.n; row++) {
      const id = index.cols.id[row] ?? 0;
      if (index.slotOfId.has(id)) throw new RangeError(`duplicate candidate id ${id}`);
      index.slotOfId.set(id, row);
    }
    index.bulkIndex();
    return index;
  }

  /**
   * Sets every bit of rows 0..n-1 column by column: each row sets only its exact "years" and
   * "available by" bucket, then one OR pass per range family turns buckets into range encoding
   * (instead of up to 20 + 64 bit flips per row). Same result as setBits for every row.
   */
  private bulkIndex(): void {
    const c = this.cols;
    const n = c.n;
    const words = this.words;
    const bits = this.bits;
    const counts = this.counts;
    const fam = (f: number): Uint32Array => {
      let b = bits[f] ?? null;
      if (b === null) {
        b = new Uint32Array(words);
        bits[f] = b;
      }
      return b;
    };
    const setMask = (base: number, mask: number, row: number): void => {
      let x = mask >>> 0;
      while (x !== 0) {
        const t = x & -x;
        x ^= t;
        const f = base + 31 - Math.clz32(t);
        const b = fam(f);
        b[row >>> 5] = (b[row >>> 5] ?? 0) | (1 << (row & 31));
        counts[f] = (counts[f] ?? 0) + 1;
      }
    };
    const Y = LIMITS.maxYearsThreshold;
    for (let row = 0; row < n; row++) {
      this.live[row >>> 5] = (this.live[row >>> 5] ?? 0) | (1 << (row & 31));
      setMask(HELD, c.heldLo[row] ?? 0, row);
      setMask(HELD + 32, c.heldHi[row] ?? 0, row);
      setMask(LIC, c.licLo[row] ?? 0, row);
      setMask(LIC + 32, c.licHi[row] ?? 0, row);
      const mods = c.modalities[row] ?? 0;
      setMask(MOD, mods, row);
      let x = mods;
      while (x !== 0) {
        const t = x & -x;
        x ^= t;
        const m = 31 - Math.clz32(t);
        const years = Math.min(Y, (c.quarters[m]?.[row] ?? 0) >>> 2);
        if (years > 0) setMask(YEARS + m * Y + years - 1, 1, row);
      }
      setMask(SHIFT, c.shifts[row] ?? 0, row);
      setMask(AUTH, c.authorised[row] ?? 0, row);
      if (((c.flags[row] ?? 0) & FLAG_TRAVEL) !== 0) setMask(TRAVEL, 1, row);
      if (((c.flags[row] ?? 0) & FLAG_RELOCATE) !== 0) setMask(RELOCATE, 1, row);
      const first = Math.max(0, Math.ceil(((c.availableDay[row] ?? 0) - this.availOrigin) / this.availWidth));
      if (first < this.availBuckets) setMask(AVAIL + first, 1, row);
      this.widenBlock(row);
    }
    this.liveCount = n;
    // Range encoding: years ≥ y includes every higher bucket; available by boundary j includes every lower one.
    const orInto = (to: number, from: number): void => {
      const src = bits[from] ?? null;
      if (src === null) return;
      const dst = fam(to);
      for (let w = 0; w < words; w++) dst[w] = (dst[w] ?? 0) | (src[w] ?? 0);
      counts[to] = (counts[to] ?? 0) + (counts[from] ?? 0);
    };
    for (let m = 0; m < LIMITS.modalities; m++) for (let y = Y - 1; y >= 1; y--) orInto(YEARS + m * Y + y - 1, YEARS + m * Y + y);
    for (let j = 1; j < this.availBuckets; j++) orInto(AVAIL + j, AVAIL + j - 1);
  }

  /** Builds from records (convenience for tests and small sets). */
  static fromRecords(records: readonly CandidateRecord[], options: IndexOptions = {}): CandidateIndex {
    const cols = allocateColumns(records.length);
    records.forEach((r, row) => writeRow(cols, row, r));
    cols.n = records.length;
    return CandidateIndex.build(cols, options);
  }

  /** Number of live candidates. */
  get size(): number {
    return this.liveCount;
  }

  /** Bytes held by the index: columns, bitsets, block bounds, scratch and the id table. */
  get bytes(): number {
    let total = this.slotOfId.bytes;
    const add = (b: ArrayBufferView | null | undefined): void => {
      total += b?.byteLength ?? 0;
    };
    const c = this.cols;
    for (const { column } of columnsOf(c)) add(column);
    [this.live, this.empty, ...this.bits, ...this.scratch].forEach(add);
    [this.blockMinPay, this.blockMinId, this.blockLanguages, this.blockLat0, this.blockLat1, this.blockLon0, this.blockLon1, ...this.blockMaxQuarters, ...this.blockMaxProcedures].forEach(add);
    return total;
  }

  has(id: number): boolean {
    return this.slotOfId.has(id);
  }

  slotOf(id: number): number | undefined {
    return this.slotOfId.get(id);
  }

  /** The stored record of `id`. */
  record(id: number): CandidateRecord | undefined {
    const slot = this.slotOfId.get(id);
    return slot === undefined ? undefined : readRow(this.cols, slot);
  }

  /** Adds a candidate, or replaces the one with the same id. Cost: one row write and O(values) bit flips. */
  upsert(r: CandidateRecord): void {
    let slot = this.slotOfId.get(r.id);
    if (slot !== undefined) {
      this.setBits(slot, false);
    } else {
      slot = this.freeSlots.pop();
      if (slot === undefined) {
        if (this.cols.n === this.cols.id.length) this.grow();
        slot = this.cols.n++;
      }
      this.slotOfId.set(r.id, slot);
    }
    writeRow(this.cols, slot, r);
    this.setBits(slot, true);
  }

  /** Removes a candidate; returns false when the id is unknown. Its slot is reused by the next add. */
  remove(id: number): boolean {
    const slot = this.slotOfId.get(id);
    if (slot === undefined) return false;
    this.setBits(slot, false);
    this.slotOfId.delete(id);
    this.cols.pending.delete(slot);
    this.freeSlots.push(slot);
    return true;
  }

  private grow(): void {
    const capacity = this.cols.id.length * 2;
    this.cols = copyColumns(this.cols, capacity);
    this.words = wordsFor(capacity);
    this.live = grown(this.live, this.words);
    this.empty = new Uint32Array(this.words);
    this.bits = this.bits.map((b) => (b === null ? null : grown(b, this.words)));
    this.scratch = [];
    this.allocateBlocks();
  }

  private flip(family: number, slot: number, on: boolean): void {
    let b = this.bits[family] ?? null;
    if (b === null) {
      if (!on) return;
      b = new Uint32Array(this.words);
      this.bits[family] = b;
    }
    if (on) setBit(b, slot);
    else clearBit(b, slot);
    this.counts[family] = (this.counts[family] ?? 0) + (on ? 1 : -1);
  }

  /** Sets (on) or clears every bit of the row's current column values. */
  private setBits(slot: number, on: boolean): void {
    const c = this.cols;
    if (on) {
      setBit(this.live, slot);
      this.widenBlock(slot);
    } else clearBit(this.live, slot);
    this.liveCount += on ? 1 : -1;
    this.flipMask(HELD, c.heldLo[slot] ?? 0, slot, on);
    this.flipMask(HELD + 32, c.heldHi[slot] ?? 0, slot, on);
    this.flipMask(LIC, c.licLo[slot] ?? 0, slot, on);
    this.flipMask(LIC + 32, c.licHi[slot] ?? 0, slot, on);
    let mods = c.modalities[slot] ?? 0;
    while (mods !== 0) {
      const t = mods & -mods;
      const m = 31 - Math.clz32(t);
      mods ^= t;
      this.flip(MOD + m, slot, on);
      const years = Math.min(LIMITS.maxYearsThreshold, (c.quarters[m]?.[slot] ?? 0) >>> 2);
      for (let y = 1; y <= years; y++) this.flip(YEARS + m * LIMITS.maxYearsThreshold + y - 1, slot, on);
    }
    this.flipMask(SHIFT, c.shifts[slot] ?? 0, slot, on);
    this.flipMask(AUTH, c.authorised[slot] ?? 0, slot, on);
    if (((c.flags[slot] ?? 0) & FLAG_TRAVEL) !== 0) this.flip(TRAVEL, slot, on);
    if (((c.flags[slot] ?? 0) & FLAG_RELOCATE) !== 0) this.flip(RELOCATE, slot, on);
    const day = c.availableDay[slot] ?? 0;
    const first = Math.max(0, Math.ceil((day - this.availOrigin) / this.availWidth));
    for (let j = first; j < this.availBuckets; j++) this.flip(AVAIL + j, slot, on);
  }

  private flipMask(base: number, mask: number, slot: number, on: boolean): void {
    let x = mask >>> 0;
    while (x !== 0) {
      const t = x & -x;
      this.flip(base + 31 - Math.clz32(t), slot, on);
      x ^= t;
    }
  }

  private family(f: number): Clause {
    return { bits: this.bits[f] ?? this.empty, count: this.counts[f] ?? 0, requirement: -1 };
  }

  private scratchBits(i: number): Uint32Array {
    let s = this.scratch[i];
    if (s === undefined) {
      s = new Uint32Array(this.words);
      this.scratch[i] = s;
    }
    return s;
  }

  /** OR of families into scratch `i` (or the family itself when there is one). */
  private anyOf(families: readonly number[], i: number): Clause {
    const [only] = families;
    if (families.length === 1 && only !== undefined) return this.family(only);
    // One member passing everyone makes the OR pass everyone: report it so the clause is skipped.
    let count = 0;
    for (const f of families) count += this.counts[f] ?? 0;
    if (families.some((f) => (this.counts[f] ?? 0) === this.liveCount)) return { bits: this.live, count: this.liveCount, requirement: -1 };
    const out = this.scratchBits(i);
    out.fill(0);
    const words = wordsFor(this.cols.n);
    for (const f of families) {
      const b = this.bits[f];
      if (b === null || b === undefined) continue;
      for (let w = 0; w < words; w++) out[w] = (out[w] ?? 0) | (b[w] ?? 0);
    }
    // The sum of member counts bounds the OR's count from above; it only orders clauses.
    return { bits: out, count: Math.min(count, this.liveCount - 1), requirement: -1 };
  }

  /** "availableDay ≤ day" as the range bitset at or above `day` (a superset, exact when `day` is a boundary). */
  private availableBySuperset(day: number): { clause: Clause; exact: boolean } {
    const rel = day - this.availOrigin;
    let lo = rel < 0 ? -1 : Math.floor(rel / this.availWidth);
    if (lo >= this.availBuckets) lo = this.availBuckets - 1;
    if (lo >= 0 && this.availOrigin + lo * this.availWidth === day) return { clause: this.family(AVAIL + lo), exact: true };
    if (lo + 1 < this.availBuckets) return { clause: this.family(AVAIL + lo + 1), exact: false };
    return { clause: { bits: this.live, count: this.liveCount, requirement: -1 }, exact: false };
  }

  /**
   * "availableDay ≤ day" bracketed by range bitsets: every row of `low` passes, every passing row is in
   * `high`; the rows of high & ~low need the column test. `low === high` when `day` is a boundary.
   */
  availableBracket(day: number): { low: Uint32Array; high: Uint32Array } {
    const rel = day - this.availOrigin;
    let lo = rel < 0 ? -1 : Math.floor(rel / this.availWidth);
    if (lo >= this.availBuckets) lo = this.availBuckets - 1;
    if (lo >= 0 && this.availOrigin + lo * this.availWidth === day) {
      const b = this.bits[AVAIL + lo] ?? this.empty;
      return { low: b, high: b };
    }
    const low = lo >= 0 ? (this.bits[AVAIL + lo] ?? this.empty) : this.empty;
    const high = lo + 1 < this.availBuckets ? (this.bits[AVAIL + lo + 1] ?? this.empty) : this.live;
    return { low, high };
  }

  /** Exact "availableDay ≤ day": the range bitset at or below `day`, plus the rows between it and the next boundary checked on the column. */
  availableBy(day: number, i: number): Clause {
    const { low, high } = this.availableBracket(day);
    if (low === high) return { bits: low, count: low === this.empty ? 0 : popcountAll(low), requirement: -1 };
    const out = this.scratchBits(i);
    const avail = this.cols.availableDay;
    let count = 0;
    for (let w = 0; w < this.words; w++) {
      const l = low[w] ?? 0;
      let x = (high[w] ?? 0) & ~l;
      let v = l;
      while (x !== 0) {
        const t = x & -x;
        x ^= t;
        if ((avail[(w << 5) + 31 - Math.clz32(t)] ?? 0) <= day) v |= t;
      }
      out[w] = v;
      count += popcount32(v);
    }
    return { bits: out, count, requirement: -1 };
  }

  /**
   * Compiles a posting into clauses. Clauses every live candidate passes are dropped ("cannot cut"), the
   * rest are ordered by ascending count so the word loop usually stops after the first AND.
   */
  plan(posting: Posting): QueryPlan {
    validatePosting(posting);
    const requirements = requirementsOf(posting);
    const q = scoreConstants(posting);
    const clauses: Clause[] = [];
    let radiusRequirement = -1;
    let startResidual = -1;
    let scratch = 0;
    requirements.forEach((r, ri) => {
      let clause: Clause | null;
      switch (r.kind) {
        case 'credential':
          clause = this.family(HELD + r.detail);
          break;
        case 'any-of':
          clause = this.anyOf((posting.anyOf[r.detail] ?? []).map((c) => HELD + c), scratch++);
          break;
        case 'licence':
          clause = this.anyOf((posting.licences ?? []).map((j) => LIC + j), scratch++);
          break;
        case 'modality':
          clause = this.family(posting.minYears === 0 ? MOD + posting.modality : YEARS + posting.modality * LIMITS.maxYearsThreshold + posting.minYears - 1);
          break;
        case 'shift':
          clause = this.family(SHIFT + r.detail);
          break;
        case 'start': {
          const { clause: superset, exact } = this.availableBySuperset(posting.startBy);
          clause = superset;
          if (!exact) {
            startResidual = ri;
            // The superset may pass everyone while the exact test does not; keep the residual check.
          }
          break;
        }
        case 'work-authorisation':
          clause = this.family(AUTH + posting.country);
          break;
        case 'location':
          if (posting.travel) clause = this.family(TRAVEL);
          else {
            clause = null;
            radiusRequirement = ri;
          }
          break;
      }
      if (clause !== null && clause.count < this.liveCount) clauses.push({ ...clause, requirement: ri });
    });
    clauses.sort((a, b) => a.count - b.count);
    return { posting, q, requirements, clauses, radiusRequirement, acceptRelocation: posting.acceptRelocation, startResidual };
  }

  /** The plan with an exact start clause (materialised), as the near-miss scan needs exact clause bitsets. */
  exactPlan(plan: QueryPlan): QueryPlan {
    if (plan.startResidual < 0) return plan;
    const exact = this.availableBy(plan.posting.startBy, 7);
    const clauses = plan.clauses.filter((c) => c.requirement !== plan.startResidual);
    if (exact.count < this.liveCount) clauses.push({ ...exact, requirement: plan.startResidual });
    clauses.sort((a, b) => a.count - b.count);
    return { ...plan, clauses, startResidual: -1 };
  }

  /** The candidates willing to relocate: they pass a radius test wherever they live when the posting accepts relocation. */
  get relocating(): Uint32Array {
    return this.bits[RELOCATE] ?? this.empty;
  }

  /** True when `slot` passes the radius test of the plan (or the plan has none). */
  passesRadius(plan: QueryPlan, slot: number): boolean {
    if (plan.radiusRequirement < 0) return true;
    const c = this.cols;
    const q = plan.q;
    const dx = ((c.lon[slot] ?? 0) - q.lon) * q.cosLat;
    const dy = (c.lat[slot] ?? 0) - q.lat;
    return (dx * dx + dy * dy) * KM2 <= q.radius2 || (plan.acceptRelocation && ((c.flags[slot] ?? 0) & FLAG_RELOCATE) !== 0);
  }
}

