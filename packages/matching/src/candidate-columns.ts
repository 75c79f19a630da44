import type { CandidateRecord, PendingCredential } from './model.js';
import { MODALITIES, PROCEDURE_TYPES } from './vocabulary.js';

/** Flag bits of the `flags` column. */
export const FLAG_RELOCATE = 1;
export const FLAG_TRAVEL = 2;

/**
 * Candidates as columns: one typed array per attribute (and one per modality / procedure type, never
 * interleaved, so a score pass touches only the bytes it uses). Rows are internal slots; `id` holds the
 * external id. About 100 bytes per candidate.
 */
export interface CandidateColumns {
  /** Rows in use (the arrays may be longer: spare capacity for appends). */
  n: number;
  id: Uint32Array;
  heldLo: Uint32Array;
  heldHi: Uint32Array;
  licLo: Uint32Array;
  licHi: Uint32Array;
  /** Bit m set = modality m listed. */
  modalities: Uint16Array;
  /** quarters[m][row]: quarter-years in modality m. */
  quarters: Uint8Array[];
  /** procedures[t][row]: count of procedure type t. */
  procedures: Uint16Array[];
  lat: Float32Array;
  lon: Float32Array;
  flags: Uint8Array;
  shifts: Uint8Array;
  availableDay: Uint16Array;
  payFloor: Uint32Array;
  languages: Uint32Array;
  authorised: Uint8Array;
  /** In-progress credentials by row; only explanations read them, never the scan. */
  pending: Map<number, readonly PendingCredential[]>;
}

/** Empty columns with room for `capacity` rows. */
export function allocateColumns(capacity: number): CandidateColumns {
  return {
    n: 0,
    id: new Uint32Array(capacity),
    heldLo: new Uint32Array(capacity),
    heldHi: new Uint32Array(capacity),
    licLo: new Uint32Array(capacity),
    licHi: new Uint32Array(capacity),
    modalities: new Uint16Array(capacity),
    quarters: MODALITIES.map(() => new Uint8Array(capacity)),
    procedures: PROCEDURE_TYPES.map(() => new Uint16Array(capacity)),
    lat: new Float32Array(capacity),
    lon: new Float32Array(capacity),
    flags: new Uint8Array(capacity),
    shifts: new Uint8Array(capacity),
    availableDay: new Uint16Array(capacity),
    payFloor: new Uint32Array(capacity),
    languages: new Uint32Array(capacity),
    authorised: new Uint8Array(capacity),
    pending: new Map(),
  };
}

/** One numeric column. */
export type Column = Uint8Array | Uint16Array | Uint32Array | Float32Array;

/**
 * Every numeric column of `c` with a stable name (`q<m>` and `p<t>` for the per-modality and per-procedure
 * columns), in one fixed order: copying, reordering, measuring and the benchmark's files walk this one list
 * instead of naming each column again.
 *
 * @example
 * columnsOf(allocateColumns(4))[0] // { name: 'id', column: Uint32Array(4) }
 */
export function columnsOf(c: CandidateColumns): { readonly name: string; readonly column: Column }[] {
  const named = (columns: Record<string, Column>) => Object.entries(columns).map(([name, column]) => ({ name, column }));
  return [
    ...named({ id: c.id, heldLo: c.heldLo, heldHi: c.heldHi, licLo: c.licLo, licHi: c.licHi, modalities: c.modalities }),
    ...c.quarters.map((column, m) => ({ name: `q${m}`, column })),
    ...c.procedures.map((column, t) => ({ name: `p${t}`, column })),
    ...named({ lat: c.lat, lon: c.lon, flags: c.flags, shifts: c.shifts, availableDay: c.availableDay, payFloor: c.payFloor, languages: c.languages, authorised: c.authorised }),
  ];
}

/** Copies the first `src.n` rows into fresh columns of `capacity` rows. */
export function copyColumns(src: CandidateColumns, capacity: number): CandidateColumns {
  const dst = allocateColumns(capacity);
  const n = src.n;
  dst.n = n;
  const to = columnsOf(dst);
  columnsOf(src).forEach(({ column }, i) => to[i]?.column.set(column.subarray(0, n)));
  for (const [row, p] of src.pending) if (row < n) dst.pending.set(row, p);
  return dst;
}

/** Sets bit `code` in a (lo, hi) 64-bit mask pair. */
export function maskPair(codes: readonly number[]): [number, number] {
  let lo = 0;
  let hi = 0;
  for (const c of codes) {
    if (c < 32) lo |= 1 << c;
    else hi |= 1 << (c - 32);
  }
  return [lo >>> 0, hi >>> 0];
}

/** Small bitmask of codes < 32. */
export function mask32(codes: readonly number[]): number {
  let m = 0;
  for (const c of codes) m |= 1 << c;
  return m >>> 0;
}

/** Codes whose bits are set in `mask`, offset by `base`. */
export function bitsOf(mask: number, base = 0): number[] {
  const out: number[] = [];
  let x = mask >>> 0;
  while (x !== 0) {
    const t = x & -x;
    out.push(base + 31 - Math.clz32(t));
    x ^= t;
  }
  return out;
}

/** Writes a record into row `row` (the row must exist: row < capacity). */
export function writeRow(c: CandidateColumns, row: number, r: CandidateRecord): void {
  c.id[row] = r.id;
  [c.heldLo[row], c.heldHi[row]] = maskPair(r.held);
  [c.licLo[row], c.licHi[row]] = maskPair(r.licences);
  let mods = 0;
  c.quarters.forEach((a, m) => {
    const q = r.modalityQuarters.get(m);
    a[row] = q ?? 0;
    if (q !== undefined) mods |= 1 << m;
  });
  c.modalities[row] = mods;
  c.procedures.forEach((a, t) => (a[row] = r.procedures.get(t) ?? 0));
  c.lat[row] = r.lat;
  c.lon[row] = r.lon;
  c.flags[row] = (r.relocate ? FLAG_RELOCATE : 0) | (r.travel ? FLAG_TRAVEL : 0);
  c.shifts[row] = mask32(r.shifts);
  c.availableDay[row] = r.availableDay;
  c.payFloor[row] = r.payFloor;
  c.languages[row] = mask32(r.languages);
  c.authorised[row] = mask32(r.authorisedCountries);
  if (r.pending.length > 0) c.pending.set(row, r.pending);
  else c.pending.delete(row);
}

/** Reads row `row` back as a record (values as stored, e.g. lat/lon rounded to float32). */
export function readRow(c: CandidateColumns, row: number): CandidateRecord {
  const modalityQuarters = new Map<number, number>();
  const mods = c.modalities[row] ?? 0;
  c.quarters.forEach((a, m) => {
    if ((mods >>> m) & 1) modalityQuarters.set(m, a[row] ?? 0);
  });
  const procedures = new Map<number, number>();
  c.procedures.forEach((a, t) => {
    const v = a[row] ?? 0;
    if (v > 0) procedures.set(t, v);
  });
  const flags = c.flags[row] ?? 0;
  return {
    id: c.id[row] ?? 0,
    held: [...bitsOf(c.heldLo[row] ?? 0), ...bitsOf(c.heldHi[row] ?? 0, 32)],
    pending: c.pending.get(row) ?? [],
    licences: [...bitsOf(c.licLo[row] ?? 0), ...bitsOf(c.licHi[row] ?? 0, 32)],
    modalityQuarters,
    procedures,
    lat: c.lat[row] ?? 0,
    lon: c.lon[row] ?? 0,
    relocate: (flags & FLAG_RELOCATE) !== 0,
    travel: (flags & FLAG_TRAVEL) !== 0,
    shifts: bitsOf(c.shifts[row] ?? 0),
    availableDay: c.availableDay[row] ?? 0,
    payFloor: c.payFloor[row] ?? 0,
    languages: bitsOf(c.languages[row] ?? 0),
    authorisedCountries: bitsOf(c.authorised[row] ?? 0),
  };
}

/** Columns with rows reordered: row i of the result is row `order[i]` of `src` (capacity ≥ order.length). */
export function permuteColumns(src: CandidateColumns, order: Int32Array, capacity: number): CandidateColumns {
  const dst = allocateColumns(capacity);
  const n = order.length;
  dst.n = n;
  const to = columnsOf(dst);
  columnsOf(src).forEach(({ column: from }, c) => {
    const column = to[c]?.column;
    if (column === undefined) return;
    for (let i = 0; i < n; i++) column[i] = from[order[i] ?? 0] ?? 0;
  });
  if (src.pending.size > 0) {
    for (let i = 0; i < n; i++) {
      const p = src.pending.get(order[i] ?? 0);
      if (p !== undefined) dst.pending.set(i, p);
    }
  }
  return dst;
}

/**
 * Reorders rows 0..n-1 of `c` in place so that row i holds what row `order[i]` held (a permutation of
 * 0..n-1): each column is gathered into one shared 4-byte-per-row scratch buffer and copied back, so no
 * second copy of the columns is ever allocated (independent loads: much faster than walking cycles).
 */
export function permuteColumnsInPlace(c: CandidateColumns, order: Int32Array): void {
  const n = c.n;
  if (order.length !== n) throw new RangeError('order must list every row once');
  const scratch = new ArrayBuffer(n * 4);
  const gather = <T extends Column>(a: T, tmp: T): void => {
    for (let i = 0; i < n; i++) tmp[i] = a[order[i] ?? 0] ?? 0;
    a.set(tmp);
  };
  const u8 = new Uint8Array(scratch, 0, n);
  const u16 = new Uint16Array(scratch, 0, n);
  const u32 = new Uint32Array(scratch, 0, n);
  const f32 = new Float32Array(scratch, 0, n);
  for (const { column: a } of columnsOf(c)) {
    // The scratch view of the column's own type, so no value is converted on the way through.
    if (a instanceof Uint32Array) gather(a, u32);
    else if (a instanceof Uint16Array) gather(a, u16);
    else if (a instanceof Uint8Array) gather(a, u8);
    else gather(a, f32);
  }
  if (c.pending.size > 0) {
    const old = c.pending;
    c.pending = new Map();
    for (let i = 0; i < n; i++) {
      const p = old.get(order[i] ?? 0);
      if (p !== undefined) c.pending.set(i, p);
    }
  }
}

/**
 * Row order by a Z-order (Morton) curve over 1,024 × 1,024 lat/lon cells, so a block of consecutive
 * slots covers a small area and its bounding box bounds the distance criterion tightly.
 */
export function geographicOrder(c: CandidateColumns): Int32Array {
  const n = c.n;
  const keys = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const y = Math.min(1023, Math.max(0, Math.floor((((c.lat[i] ?? 0) + 90) / 180) * 1024)));
    const x = Math.min(1023, Math.max(0, Math.floor((((c.lon[i] ?? 0) + 180) / 360) * 1024)));
    keys[i] = spread10(x) * 2 + spread10(y) + 0; // interleaved 20-bit cell code
    keys[i] = (keys[i] ?? 0) * 2097152 + i; // then the row, so the sort is stable and the row recoverable
  }
  keys.sort();
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[i] = (keys[i] ?? 0) % 2097152;
  return order;
}

function spread10(v: number): number {
  let x = v & 0x3ff;
  x = (x | (x << 8)) & 0x00ff00ff;
  x = (x | (x << 4)) & 0x0f0f0f0f;
  x = (x | (x << 2)) & 0x33333333;
  x = (x | (x << 1)) & 0x55555555;
  return x;
}
