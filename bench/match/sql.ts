import { KM2_PER_DEG2, maskPair, scoreConstants, type CandidateRecord, type Posting } from '@modality/matching';

/**
 * The SQL formulation shared by every SQL peer: the hard filter as bitmask predicates and the score as
 * the engine's exact expression, operation for operation, in float8/DOUBLE, so equal answers are
 * expected (the plan's pitfall: PostgreSQL reads `0.1` as numeric, DuckDB as DECIMAL — every constant is
 * cast to a double here).
 */
export type Dialect = 'pg' | 'duckdb' | 'sqlite';

export function lit(d: Dialect, x: number): string {
  const s = Number.isInteger(x) ? `${x}.0` : String(x);
  return d === 'pg' ? `'${s}'::float8` : d === 'duckdb' ? `${s}::DOUBLE` : s;
}

const least = (d: Dialect, a: string, b: string): string => (d === 'sqlite' ? `min(${a}, ${b})` : `least(${a}, ${b})`);
const greatest = (d: Dialect, a: string, b: string): string => (d === 'sqlite' ? `max(${a}, ${b})` : `greatest(${a}, ${b})`);

/** The WHERE clause and score of posting → candidates over table alias `c`. */
export function postingSql(d: Dialect, p: Posting): { where: string[]; score: string } {
  const q = scoreConstants(p);
  const where: string[] = [];
  const [aLo, aHi] = maskPair(p.allOf);
  if (aLo !== 0) where.push(`(c.held_lo & ${aLo}) = ${aLo}`);
  if (aHi !== 0) where.push(`(c.held_hi & ${aHi}) = ${aHi}`);
  for (const g of p.anyOf) {
    const [lo, hi] = maskPair(g);
    where.push(`((c.held_lo & ${lo}) <> 0 OR (c.held_hi & ${hi}) <> 0)`);
  }
  if (p.licences !== null) {
    const [lo, hi] = maskPair(p.licences);
    where.push(`((c.lic_lo & ${lo}) <> 0 OR (c.lic_hi & ${hi}) <> 0)`);
  }
  where.push(`(c.mods & ${1 << p.modality}) <> 0`);
  if (p.minYears > 0) where.push(`c.q${p.modality} >= ${4 * p.minYears}`);
  const shifts = p.shifts.reduce((m, s) => m | (1 << s), 0);
  if (shifts !== 0) where.push(`(c.shifts & ${shifts}) = ${shifts}`);
  where.push(`c.avail <= ${p.startBy}`);
  if (!p.sponsors) where.push(`(c.auth & ${1 << p.country}) <> 0`);
  const dx = `((c.lon - ${lit(d, q.lon)}) * ${lit(d, q.cosLat)})`;
  const dy = `(c.lat - ${lit(d, q.lat)})`;
  const d2 = `((${dx} * ${dx} + ${dy} * ${dy}) * ${lit(d, KM2_PER_DEG2)})`;
  if (p.travel) where.push('(c.flags & 2) <> 0');
  else if (p.radiusKm !== null) where.push(`(${d2} <= ${lit(d, q.radius2)}${p.acceptRelocation ? ' OR (c.flags & 1) <> 0' : ''})`);
  const score = [
    `${lit(d, q.wExperience)} * ${least(d, `c.q${p.modality} * ${lit(d, q.invWantQuarters)}`, lit(d, 1))}`,
    `${lit(d, q.wDistance)} * (${lit(d, 1)} / (${lit(d, 1)} + ${d2} * ${lit(d, q.invScale2)}))`,
    `${lit(d, q.wPay)} * (CASE WHEN c.pay <= ${q.payMax} THEN ${lit(d, 1)} ELSE ${greatest(d, lit(d, 0), `${lit(d, 1)} - (c.pay - ${q.payMax}) * ${lit(d, q.invPayBand)}`)} END)`,
    `${lit(d, q.wProcedures)} * ${least(d, `c.p${p.procedure} * ${lit(d, q.invProcedureWant)}`, lit(d, 1))}`,
    `${lit(d, q.wLanguage)} * (CASE WHEN (c.langs & ${q.languageMask}) <> 0 THEN ${lit(d, 1)} ELSE ${lit(d, 0)} END)`,
  ].join(' + ');
  return { where, score };
}

export function postingQuery(d: Dialect, p: Posting, k: number, from = 'cand c'): string {
  const { where, score } = postingSql(d, p);
  return `SELECT c.id AS id, ${score} AS score FROM ${from} WHERE ${where.join(' AND ')} ORDER BY score DESC, id ASC LIMIT ${k}`;
}

/** Candidate → postings over table alias `p` (posting constants are columns, candidate values literals). */
export function candidateQuery(d: Dialect, c: CandidateRecord, k: number): string {
  const [hl, hh] = maskPair(c.held);
  const [ll, lh] = maskPair(c.licences);
  const notHl = ~hl >>> 0;
  const notHh = ~hh >>> 0;
  const mods = [...c.modalityQuarters.keys()].reduce((m, k2) => m | (1 << k2), 0);
  const shifts = c.shifts.reduce((m, s) => m | (1 << s), 0);
  const notShifts = ~shifts & 0xff;
  const auth = c.authorisedCountries.reduce((m, s) => m | (1 << s), 0);
  const langs = c.languages.reduce((m, s) => m | (1 << s), 0);
  const qCase = `(CASE p.modality ${[...c.modalityQuarters].map(([m, v]) => `WHEN ${m} THEN ${v}`).join(' ')} ELSE -1 END)`;
  const procs = [...c.procedures].filter(([, v]) => v > 0);
  const pCase = procs.length === 0 ? '0' : `(CASE p.proc ${procs.map(([t, v]) => `WHEN ${t} THEN ${v}`).join(' ')} ELSE 0 END)`;
  const lat = lit(d, Math.fround(c.lat));
  const lon = lit(d, Math.fround(c.lon));
  const dx = `((${lon} - p.lon) * p.cos_lat)`;
  const dy = `(${lat} - p.lat)`;
  const d2 = `((${dx} * ${dx} + ${dy} * ${dy}) * ${lit(d, KM2_PER_DEG2)})`;
  const where = [
    `(p.all_lo & ${notHl}) = 0`,
    `(p.all_hi & ${notHh}) = 0`,
    `((p.any0_lo = 0 AND p.any0_hi = 0) OR (p.any0_lo & ${hl}) <> 0 OR (p.any0_hi & ${hh}) <> 0)`,
    `((p.any1_lo = 0 AND p.any1_hi = 0) OR (p.any1_lo & ${hl}) <> 0 OR (p.any1_hi & ${hh}) <> 0)`,
    `(p.lic_none = 1 OR (p.lic_lo & ${ll}) <> 0 OR (p.lic_hi & ${lh}) <> 0)`,
    `(p.mod_bit & ${mods}) <> 0`,
    `${qCase} >= p.min_q`,
    `(p.shifts & ${notShifts}) = 0`,
    `p.start_by >= ${c.availableDay}`,
    `(p.sponsors = 1 OR (p.country_bit & ${auth}) <> 0)`,
    c.travel ? 'TRUE' : 'p.travel = 0',
    `(p.travel = 1 OR p.radius2 < 0 OR ${d2} <= p.radius2${c.relocate ? ' OR p.reloc = 1' : ''})`,
  ];
  const score = [
    `p.w1 * ${least(d, `${qCase} * p.inv_q`, lit(d, 1))}`,
    `p.w2 * (${lit(d, 1)} / (${lit(d, 1)} + ${d2} * p.inv_s2))`,
    `p.w3 * (CASE WHEN ${c.payFloor} <= p.pay_max THEN ${lit(d, 1)} ELSE ${greatest(d, lit(d, 0), `${lit(d, 1)} - (${c.payFloor} - p.pay_max) * p.inv_b`)} END)`,
    `p.w4 * ${least(d, `${pCase} * p.inv_p`, lit(d, 1))}`,
    `p.w5 * (CASE WHEN (p.lang_bit & ${langs}) <> 0 THEN ${lit(d, 1)} ELSE ${lit(d, 0)} END)`,
  ].join(' + ');
  return `SELECT p.id AS id, ${score} AS score FROM post p WHERE ${where.join(' AND ')} ORDER BY score DESC, id ASC LIMIT ${k}`;
}

export const CANDIDATE_TABLE_COLUMNS = (intType: string, floatType: string, tagsType: string | null): string =>
  [
    `id ${intType} PRIMARY KEY`, ...['held_lo', 'held_hi', 'lic_lo', 'lic_hi', 'mods'].map((c) => `${c} ${intType}`),
    ...Array.from({ length: 10 }, (_, m) => `q${m} ${intType}`), ...Array.from({ length: 24 }, (_, t) => `p${t} ${intType}`),
    `lat ${floatType}`, `lon ${floatType}`, ...['flags', 'shifts', 'avail', 'pay', 'langs', 'auth'].map((c) => `${c} ${intType}`),
    ...(tagsType === null ? [] : [`tags ${tagsType}`]),
  ].join(', ');

export const POSTING_FLOAT_COLUMNS = new Set(['lat', 'lon', 'radius2', 'w1', 'w2', 'w3', 'w4', 'w5', 'inv_q', 'cos_lat', 'inv_s2', 'inv_b', 'inv_p']);
