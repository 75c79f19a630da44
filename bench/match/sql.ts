import { KM2_PER_DEG2, maskPair, scoreConstants, type CandidateRecord, type Posting } from '@modality/matching';
import { candidateLicenceKeys, postingTags } from './dataset.js';

/**
 * The SQL formulation shared by every SQL peer, as parameterised statements: the hard filter as bitmask
 * predicates and the score as the engine's exact expression, operation for operation, in doubles, so
 * equal answers are expected. Every per-query value is a bound parameter; the statement text depends only
 * on the query's shape (which clauses exist, which modality and procedure column the score reads), so a
 * peer prepares each text once and re-executes it (PostgreSQL named statements, DuckDB and SQLite
 * prepared statements).
 */
export type Dialect = 'pg' | 'duckdb' | 'sqlite';

/** What a parameter holds; it fixes the parameter's SQL type in each dialect. */
export type ParamKind = 'double' | 'float' | 'mask' | 'small' | 'int' | 'smallList' | 'intList' | 'text';

export interface Param {
  readonly kind: ParamKind;
  readonly value: number | readonly number[] | string;
}

/** A statement and its parameters, in placeholder order. */
export interface Statement {
  readonly sql: string;
  readonly params: readonly Param[];
}

const CASTS: Record<'pg' | 'duckdb', Record<ParamKind, string>> = {
  pg: { double: 'float8', float: 'float4', mask: 'int4', small: 'int2', int: 'int4', smallList: 'int2[]', intList: 'int4[]', text: 'text' },
  duckdb: { double: 'DOUBLE', float: 'FLOAT', mask: 'UINTEGER', small: 'SMALLINT', int: 'INTEGER', smallList: 'SMALLINT[]', intList: 'INTEGER[]', text: 'VARCHAR' },
};

/** Collects one statement's parameters and writes their placeholders: `$n::type` (PostgreSQL, DuckDB), `@pn` (SQLite). */
export class Params {
  readonly list: Param[] = [];
  private readonly dialect: Dialect;

  constructor(dialect: Dialect) {
    this.dialect = dialect;
  }

  private add(kind: ParamKind, value: Param['value']): string {
    this.list.push({ kind, value });
    const n = this.list.length;
    return this.dialect === 'sqlite' ? `@p${n}` : `$${n}::${CASTS[this.dialect][kind]}`;
  }

  double(x: number): string {
    return this.add('double', x);
  }

  /** A float32 (compared with float32 columns without a cast of the column). */
  float(x: number): string {
    return this.add('float', Math.fround(x));
  }

  /** A 32-bit mask. PostgreSQL has no unsigned int4, so there the columns and parameters hold the same 32 bits signed. */
  mask(x: number): string {
    return this.add('mask', this.dialect === 'pg' ? x | 0 : x >>> 0);
  }

  /** A small integer (≤ 15-bit mask, quarter-years, match day). */
  small(x: number): string {
    return this.add('small', x);
  }

  int(x: number): string {
    return this.add('int', x);
  }

  smallList(xs: readonly number[]): string {
    return this.add('smallList', xs);
  }

  intList(xs: readonly number[]): string {
    return this.add('intList', xs);
  }

  text(s: string): string {
    return this.add('text', s);
  }
}

const ONE: Record<Dialect, string> = { pg: '1::float8', duckdb: '1::DOUBLE', sqlite: '1.0' };
const ZERO: Record<Dialect, string> = { pg: '0::float8', duckdb: '0::DOUBLE', sqlite: '0.0' };
const least = (d: Dialect, a: string, b: string): string => (d === 'sqlite' ? `min(${a}, ${b})` : `least(${a}, ${b})`);
const greatest = (d: Dialect, a: string, b: string): string => (d === 'sqlite' ? `max(${a}, ${b})` : `greatest(${a}, ${b})`);

/**
 * A tag goes into an inverted-index condition only when at most this share of candidates carries it:
 * intersecting the long posting lists of common tags (a credential most hold, the day shift, US work
 * authorisation) costs the index more than it filters, and the exact bitmask predicates check them anyway.
 */
export const SELECTIVE_SHARE = 0.25;

/** How the posting → candidates statement may use an index of the peer. */
export interface PostingIndexUse {
  /**
   * PostgreSQL intarray GIN on `c.tags` (`@>` all-of, `&&` any-of), or an FTS5 `tags` table joined by
   * rowid, with the share of candidates carrying each tag (from the peer's own data, after the load).
   */
  readonly tags?: { readonly kind: 'intarray' | 'fts5'; readonly share: (tag: number) => number };
  /**
   * A bounding box implied by the radius (a superset; the exact radius still applies), for postings that
   * do not accept relocation: `point` for a PostgreSQL GiST index on `point(lon, lat)`, `range` as plain
   * lat/lon ranges (DuckDB skips row groups by their min/max when the table is sorted by latitude).
   */
  readonly bbox?: 'point' | 'range';
}

/** The posting's tag requirements that are selective enough for an index (see {@link SELECTIVE_SHARE}). */
export function selectiveTags(p: Posting, share: (tag: number) => number): { all: number[]; any: number[][] } {
  const t = postingTags(p);
  return { all: t.all.filter((x) => share(x) <= SELECTIVE_SHARE), any: t.any.filter((g) => g.reduce((sum, x) => sum + share(x), 0) <= SELECTIVE_SHARE) };
}

/** An FTS5 query for tag requirements (tokens `t<number>`, see dataset.ts). */
export function ftsMatch(t: { all: readonly number[]; any: readonly (readonly number[])[] }): string {
  return [...t.all.map((x) => `t${x}`), ...t.any.map((g) => `(${g.map((x) => `t${x}`).join(' OR ')})`)].join(' AND ');
}

/** Posting → top k candidates over table `cand c`. */
export function postingStatement(d: Dialect, p: Posting, k: number, use: PostingIndexUse = {}): Statement {
  const $ = new Params(d);
  const q = scoreConstants(p);
  const where: string[] = [];
  let from = 'cand c';
  if (use.tags !== undefined) {
    const t = selectiveTags(p, use.tags.share);
    if (use.tags.kind === 'intarray') {
      if (t.all.length > 0) where.push(`c.tags @> ${$.intList(t.all)}`);
      for (const g of t.any) where.push(`c.tags && ${$.intList(g)}`);
    } else if (t.all.length + t.any.length > 0) {
      from = 'tags f JOIN cand c ON c.id = f.rowid';
      where.push(`tags MATCH ${$.text(ftsMatch(t))}`);
    }
  }
  const [aLo, aHi] = maskPair(p.allOf);
  if (aLo !== 0) {
    const m = $.mask(aLo);
    where.push(`(c.held_lo & ${m}) = ${m}`);
  }
  if (aHi !== 0) {
    const m = $.mask(aHi);
    where.push(`(c.held_hi & ${m}) = ${m}`);
  }
  for (const g of p.anyOf) {
    const [lo, hi] = maskPair(g);
    where.push(`((c.held_lo & ${$.mask(lo)}) <> 0 OR (c.held_hi & ${$.mask(hi)}) <> 0)`);
  }
  if (p.licences !== null) {
    const [lo, hi] = maskPair(p.licences);
    where.push(`((c.lic_lo & ${$.mask(lo)}) <> 0 OR (c.lic_hi & ${$.mask(hi)}) <> 0)`);
  }
  where.push(`(c.mods & ${$.small(1 << p.modality)}) <> 0`);
  if (p.minYears > 0) where.push(`c.q${p.modality} >= ${$.small(4 * p.minYears)}`);
  const shifts = p.shifts.reduce((m, s) => m | (1 << s), 0);
  if (shifts !== 0) {
    const m = $.small(shifts);
    where.push(`(c.shifts & ${m}) = ${m}`);
  }
  where.push(`c.avail <= ${$.small(p.startBy)}`);
  if (!p.sponsors) where.push(`(c.auth & ${$.small(1 << p.country)}) <> 0`);
  const lat = $.double(q.lat);
  const lon = $.double(q.lon);
  const cosLat = $.double(q.cosLat);
  const dx = `((c.lon - ${lon}) * ${cosLat})`;
  const dy = `(c.lat - ${lat})`;
  const d2 = `((${dx} * ${dx} + ${dy} * ${dy}) * ${$.double(KM2_PER_DEG2)})`;
  if (p.travel) where.push(`(c.flags & ${$.small(2)}) <> 0`);
  else if (p.radiusKm !== null) {
    where.push(`(${d2} <= ${$.double(q.radius2)}${p.acceptRelocation ? ` OR (c.flags & ${$.small(1)}) <> 0` : ''})`);
    if (use.bbox !== undefined && !p.acceptRelocation) {
      // |Δlat|·√K ≤ r and |Δlon|·cos·√K ≤ r follow from d² ≤ r²; the margin covers rounding.
      const dLat = (p.radiusKm / Math.sqrt(KM2_PER_DEG2)) * (1 + 1e-9) + 1e-9;
      const dLon = dLat / q.cosLat;
      if (use.bbox === 'point') {
        const [lo1, la1, lo2, la2] = [p.lon - dLon, p.lat - dLat, p.lon + dLon, p.lat + dLat].map((x) => $.double(x));
        where.push(`point(c.lon, c.lat) <@ box(point(${lo1}, ${la1}), point(${lo2}, ${la2}))`);
      } else {
        // float32 bounds against the float32 columns, widened by 1e-4° (far more than a float32 step at these magnitudes).
        const [lo1, la1] = [p.lon - dLon - 1e-4, p.lat - dLat - 1e-4].map((x) => $.float(x));
        const [lo2, la2] = [p.lon + dLon + 1e-4, p.lat + dLat + 1e-4].map((x) => $.float(x));
        where.push(`c.lat BETWEEN ${la1} AND ${la2} AND c.lon BETWEEN ${lo1} AND ${lo2}`);
      }
    }
  }
  const one = ONE[d];
  const score = [
    `${$.double(q.wExperience)} * ${least(d, `c.q${p.modality} * ${$.double(q.invWantQuarters)}`, one)}`,
    `${$.double(q.wDistance)} * (${one} / (${one} + ${d2} * ${$.double(q.invScale2)}))`,
    `${$.double(q.wPay)} * (CASE WHEN c.pay <= ${$.int(q.payMax)} THEN ${one} ELSE ${greatest(d, ZERO[d], `${one} - (c.pay - ${$.int(q.payMax)}) * ${$.double(q.invPayBand)}`)} END)`,
    `${$.double(q.wProcedures)} * ${least(d, `c.p${p.procedure} * ${$.double(q.invProcedureWant)}`, one)}`,
    `${$.double(q.wLanguage)} * (CASE WHEN (c.langs & ${$.small(q.languageMask)}) <> 0 THEN ${one} ELSE ${ZERO[d]} END)`,
  ].join(' + ');
  return { sql: `SELECT c.id AS id, ${score} AS score FROM ${from} WHERE ${where.join(' AND ')} ORDER BY score DESC, id ASC LIMIT ${k}`, params: $.list };
}

/** How the candidate → postings statement may use an index of the peer on the (licence, modality) keys. */
export type CandidateIndexUse = 'none' | 'intarray' | 'key-table';

/** A value per code: the candidate's quarter-years per modality (−1 = not listed), procedure counts per type. */
function byCode(n: number, m: ReadonlyMap<number, number>, missing: number): number[] {
  return Array.from({ length: n }, (_, i) => m.get(i) ?? missing);
}

/** `list[code]` for a column holding a code: an array parameter subscript, or (SQLite) a CASE over every code. */
function pick(d: Dialect, $: Params, column: string, values: readonly number[], list: 'small' | 'int'): string {
  if (d === 'sqlite') return `(CASE ${column} ${values.map((v, i) => `WHEN ${i} THEN ${$.int(v)}`).join(' ')} END)`;
  return `(${list === 'small' ? $.smallList(values) : $.intList(values)})[${column} + 1]`;
}

/** Candidate → top k postings over table `post p` (the posting constants are columns, the candidate's values parameters). */
export function candidateStatement(d: Dialect, c: CandidateRecord, k: number, use: CandidateIndexUse = 'none'): Statement {
  const $ = new Params(d);
  const [hl, hh] = maskPair(c.held);
  const [ll, lh] = maskPair(c.licences);
  const mods = [...c.modalityQuarters.keys()].reduce((m, x) => m | (1 << x), 0);
  const shifts = c.shifts.reduce((m, s) => m | (1 << s), 0);
  const auth = c.authorisedCountries.reduce((m, s) => m | (1 << s), 0);
  const langs = c.languages.reduce((m, s) => m | (1 << s), 0);
  const qv = pick(d, $, 'p.modality', byCode(10, c.modalityQuarters, -1), 'small');
  const pv = pick(d, $, 'p.proc', byCode(24, c.procedures, 0), 'int');
  const lat = $.double(Math.fround(c.lat));
  const lon = $.double(Math.fround(c.lon));
  const dx = `((${lon} - p.lon) * p.cos_lat)`;
  const dy = `(${lat} - p.lat)`;
  const d2 = `((${dx} * ${dx} + ${dy} * ${dy}) * ${$.double(KM2_PER_DEG2)})`;
  const where: string[] = [];
  const keys = candidateLicenceKeys(c);
  if (use === 'intarray') where.push(`p.lm && ${$.intList(keys)}`);
  else if (use === 'key-table') where.push(`p.id IN (SELECT pid FROM post_key WHERE key IN (${keys.map((x) => $.int(x)).join(', ')}))`);
  const hlP = $.mask(hl);
  const hhP = $.mask(hh);
  where.push(
    `(p.all_lo & ${$.mask(~hl >>> 0)}) = 0`,
    `(p.all_hi & ${$.mask(~hh >>> 0)}) = 0`,
    `((p.any0_lo = 0 AND p.any0_hi = 0) OR (p.any0_lo & ${hlP}) <> 0 OR (p.any0_hi & ${hhP}) <> 0)`,
    `((p.any1_lo = 0 AND p.any1_hi = 0) OR (p.any1_lo & ${hlP}) <> 0 OR (p.any1_hi & ${hhP}) <> 0)`,
    `(p.lic_none = 1 OR (p.lic_lo & ${$.mask(ll)}) <> 0 OR (p.lic_hi & ${$.mask(lh)}) <> 0)`,
    `(p.mod_bit & ${$.small(mods)}) <> 0`,
    `${qv} >= p.min_q`,
    `(p.shifts & ${$.small(~shifts & 0xff)}) = 0`,
    `p.start_by >= ${$.small(c.availableDay)}`,
    `(p.sponsors = 1 OR (p.country_bit & ${$.small(auth)}) <> 0)`,
  );
  if (!c.travel) where.push('p.travel = 0');
  where.push(`(p.travel = 1 OR p.radius2 < 0 OR ${d2} <= p.radius2${c.relocate ? ' OR p.reloc = 1' : ''})`);
  const one = ONE[d];
  const floor = $.int(c.payFloor);
  const score = [
    `p.w1 * ${least(d, `${qv} * p.inv_q`, one)}`,
    `p.w2 * (${one} / (${one} + ${d2} * p.inv_s2))`,
    `p.w3 * (CASE WHEN ${floor} <= p.pay_max THEN ${one} ELSE ${greatest(d, ZERO[d], `${one} - (${floor} - p.pay_max) * p.inv_b`)} END)`,
    `p.w4 * ${least(d, `${pv} * p.inv_p`, one)}`,
    `p.w5 * (CASE WHEN (p.lang_bit & ${$.small(langs)}) <> 0 THEN ${one} ELSE ${ZERO[d]} END)`,
  ].join(' + ');
  return { sql: `SELECT p.id AS id, ${score} AS score FROM post p WHERE ${where.join(' AND ')} ORDER BY score DESC, id ASC LIMIT ${k}`, params: $.list };
}

/** Storage class of a column; each dialect maps it to its narrowest type that holds the values. */
export type ColumnKind = 'id' | 'mask' | 'int' | 'u16' | 'u8' | 'small' | 'flag' | 'f32' | 'f64';

/** The candidate table: fixed-width, no NULLs, 4-byte columns first then 2-byte ones (no alignment padding in PostgreSQL). */
export const CANDIDATE_SCHEMA: readonly (readonly [string, ColumnKind])[] = [
  ['id', 'id'], ['held_lo', 'mask'], ['held_hi', 'mask'], ['lic_lo', 'mask'], ['lic_hi', 'mask'], ['pay', 'int'], ['lat', 'f32'], ['lon', 'f32'],
  ...Array.from({ length: 24 }, (_, t) => [`p${t}`, 'u16'] as const),
  ['mods', 'small'], ...Array.from({ length: 10 }, (_, m) => [`q${m}`, 'u8'] as const),
  ['flags', 'u8'], ['shifts', 'u8'], ['avail', 'small'], ['langs', 'small'], ['auth', 'u8'],
];

/** The posting table (its score constants precomputed in doubles, as the engine computes them). */
export const POSTING_SCHEMA: readonly (readonly [string, ColumnKind])[] = [
  ['id', 'id'], ['all_lo', 'mask'], ['all_hi', 'mask'], ['any0_lo', 'mask'], ['any0_hi', 'mask'], ['any1_lo', 'mask'], ['any1_hi', 'mask'],
  ['lic_lo', 'mask'], ['lic_hi', 'mask'], ['pay_max', 'int'], ['lat', 'f32'], ['lon', 'f32'],
  ...['radius2', 'w1', 'w2', 'w3', 'w4', 'w5', 'inv_q', 'cos_lat', 'inv_s2', 'inv_b', 'inv_p'].map((c) => [c, 'f64'] as const),
  ['modality', 'small'], ['mod_bit', 'small'], ['min_q', 'small'], ['shifts', 'u8'], ['start_by', 'small'], ['country_bit', 'u8'], ['proc', 'small'], ['lang_bit', 'small'],
  ['lic_none', 'flag'], ['reloc', 'flag'], ['travel', 'flag'], ['sponsors', 'flag'],
];

/**
 * Column types per dialect. PostgreSQL: int4 / int2 / real / float8 (no 1-byte integer; procedure counts
 * go to 65,535 so they need int4; a value outside a type fails the load, it is never truncated). DuckDB has
 * unsigned types. SQLite stores integers in 1–8 bytes by value whatever the declared type.
 */
export const COLUMN_TYPES: Record<Dialect, Record<ColumnKind, string>> = {
  pg: { id: 'int4', mask: 'int4', int: 'int4', u16: 'int4', u8: 'int2', small: 'int2', flag: 'int2', f32: 'real', f64: 'float8' },
  duckdb: { id: 'INTEGER', mask: 'UINTEGER', int: 'INTEGER', u16: 'USMALLINT', u8: 'UTINYINT', small: 'SMALLINT', flag: 'UTINYINT', f32: 'FLOAT', f64: 'DOUBLE' },
  sqlite: { id: 'INTEGER', mask: 'INTEGER', int: 'INTEGER', u16: 'INTEGER', u8: 'INTEGER', small: 'INTEGER', flag: 'INTEGER', f32: 'REAL', f64: 'REAL' },
};

/**
 * `name type NOT NULL, …` for a CREATE TABLE. `id` is the primary key in PostgreSQL and SQLite (there the
 * rowid, which the FTS5 join uses); DuckDB gets none (an ART index no query here would use).
 */
export function columnsDdl(d: Dialect, schema: readonly (readonly [string, ColumnKind])[]): string {
  return schema.map(([name, kind]) => `${name} ${COLUMN_TYPES[d][kind]} NOT NULL${name === 'id' && d !== 'duckdb' ? ' PRIMARY KEY' : ''}`).join(', ');
}
