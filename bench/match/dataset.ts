import { createHash } from 'node:crypto';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, readSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { allocateColumns, bitsOf, columnsOf, KM2_PER_DEG2, maskPair, scoreConstants, type CandidateColumns, type Column, type PendingCredential, type Posting } from '@modality/matching';
import { generateCandidates, generatePostings, SIZES, type PostingClass, type Size } from './generate.js';

/**
 * One dataset, written once per (size, seed) under bench/match/.data/: columnar binary for the engine,
 * CSV for the SQL peers (PostgreSQL COPY, DuckDB read_csv, SQLite import), the postings as JSON, and a
 * manifest with SHA-256 hashes that every result document repeats.
 */
export interface Manifest {
  size: Size;
  seed: number;
  candidates: number;
  postings: number;
  files: Record<string, string>;
  columns: { name: string; type: 'u8' | 'u16' | 'u32' | 'f32'; offset: number; bytes: number }[];
}

export interface Dataset {
  dir: string;
  manifest: Manifest;
  cols: CandidateColumns;
  postings: Posting[];
  classes: PostingClass[];
}

const HERE = dirname(fileURLToPath(import.meta.url));

function typeOf(a: Column): Manifest['columns'][number]['type'] {
  return a instanceof Uint8Array ? 'u8' : a instanceof Uint16Array ? 'u16' : a instanceof Uint32Array ? 'u32' : 'f32';
}

const sha = (path: string): string => createHash('sha256').update(readFileSync(path)).digest('hex');

/** Tags for PostgreSQL intarray / SQLite FTS5: c<cred> l<jur> m<mod> s<shift> a<country> t (travel). */
export function tagNumbers(c: CandidateColumns, i: number): number[] {
  const out = [...bitsOf(c.heldLo[i] ?? 0), ...bitsOf(c.heldHi[i] ?? 0, 32)];
  for (const j of [...bitsOf(c.licLo[i] ?? 0), ...bitsOf(c.licHi[i] ?? 0, 32)]) out.push(100 + j);
  for (const m of bitsOf(c.modalities[i] ?? 0)) out.push(200 + m);
  for (const s of bitsOf(c.shifts[i] ?? 0)) out.push(300 + s);
  for (const a of bitsOf(c.authorised[i] ?? 0)) out.push(400 + a);
  if (((c.flags[i] ?? 0) & 2) !== 0) out.push(500);
  return out;
}

export const tagToken = (t: number): string => `t${t}`;

function writeCandidatesCsv(path: string, c: CandidateColumns): void {
  const lines: string[] = [];
  const header = ['id', 'held_lo', 'held_hi', 'lic_lo', 'lic_hi', 'mods', ...c.quarters.map((_, m) => `q${m}`), ...c.procedures.map((_, t) => `p${t}`), 'lat', 'lon', 'flags', 'shifts', 'avail', 'pay', 'langs', 'auth', 'tags', 'fts'];
  lines.push(header.join(','));
  for (let i = 0; i < c.n; i++) {
    const tags = tagNumbers(c, i);
    lines.push(
      [c.id[i], c.heldLo[i], c.heldHi[i], c.licLo[i], c.licHi[i], c.modalities[i], ...c.quarters.map((a) => a[i]), ...c.procedures.map((a) => a[i]), c.lat[i], c.lon[i], c.flags[i], c.shifts[i], c.availableDay[i], c.payFloor[i], c.languages[i], c.authorised[i], `"{${tags.join(',')}}"`, tags.map(tagToken).join(' ')].join(','),
    );
  }
  writeFileSync(path, lines.join('\n') + '\n');
}

/** The posting row of the SQL peers, with the score constants precomputed in JS (same doubles as the engine). */
export function postingRow(p: Posting): Record<string, number> {
  const q = scoreConstants(p);
  const [allLo, allHi] = maskPair(p.allOf);
  const [a0l, a0h] = maskPair(p.anyOf[0] ?? []);
  const [a1l, a1h] = maskPair(p.anyOf[1] ?? []);
  const [licLo, licHi] = maskPair(p.licences ?? []);
  if (p.anyOf.length > 2) throw new RangeError('the SQL peers support at most two any-of groups');
  return {
    id: p.id, all_lo: allLo, all_hi: allHi, any0_lo: a0l, any0_hi: a0h, any1_lo: a1l, any1_hi: a1h, lic_none: p.licences === null ? 1 : 0, lic_lo: licLo, lic_hi: licHi,
    modality: p.modality, mod_bit: 1 << p.modality, min_q: 4 * p.minYears, shifts: p.shifts.reduce((m, s) => m | (1 << s), 0), start_by: p.startBy, lat: p.lat, lon: p.lon,
    radius2: q.radius2, reloc: p.acceptRelocation ? 1 : 0, travel: p.travel ? 1 : 0, country_bit: 1 << p.country, sponsors: p.sponsors ? 1 : 0,
    w1: q.wExperience, w2: q.wDistance, w3: q.wPay, w4: q.wProcedures, w5: q.wLanguage, inv_q: q.invWantQuarters, cos_lat: q.cosLat, inv_s2: q.invScale2,
    pay_max: q.payMax, inv_b: q.invPayBand, proc: q.procedure, inv_p: q.invProcedureWant, lang_bit: q.languageMask,
  };
}

export const POSTING_COLUMNS = Object.keys(postingRow({ id: 0, allOf: [], anyOf: [], licences: null, modality: 0, minYears: 0, shifts: [], startBy: 0, lat: 0, lon: 0, radiusKm: null, acceptRelocation: false, travel: false, country: 0, sponsors: false, weights: { experience: 0, distance: 0, pay: 0, procedures: 0, language: 0 }, wantYears: 1, payMax: 1, procedure: 0, procedureWant: 1, language: 0, distanceScaleKm: 1 }));

function writePostingsCsv(path: string, postings: readonly Posting[]): void {
  const lines = [POSTING_COLUMNS.join(',')];
  for (const p of postings) {
    const row = postingRow(p);
    lines.push(POSTING_COLUMNS.map((k) => row[k]).join(','));
  }
  writeFileSync(path, lines.join('\n') + '\n');
}

/** Generates and writes the dataset unless it is already there. Returns its directory. */
export function ensureDataset(size: Size, seed: number): string {
  const dir = join(HERE, '.data', `match-${size}-${seed}`);
  if (existsSync(join(dir, 'manifest.json'))) return dir;
  mkdirSync(dir, { recursive: true });
  const { candidates: n, postings: m } = SIZES[size];
  const cols = generateCandidates(n, seed);
  const { postings, classes } = generatePostings(m, seed);
  const columns: Manifest['columns'] = [];
  const parts: Buffer[] = [];
  let offset = 0;
  for (const { name, column } of columnsOf(cols)) {
    const bytes = Buffer.from(column.buffer, column.byteOffset, column.byteLength);
    const pad = (8 - (offset % 8)) % 8;
    if (pad > 0) parts.push(Buffer.alloc(pad));
    offset += pad;
    columns.push({ name, type: typeOf(column), offset, bytes: bytes.length });
    parts.push(bytes);
    offset += bytes.length;
  }
  writeFileSync(join(dir, 'candidates.bin'), Buffer.concat(parts));
  writeFileSync(join(dir, 'pending.json'), JSON.stringify([...cols.pending.entries()]));
  writeFileSync(join(dir, 'postings.json'), JSON.stringify({ postings, classes }));
  writeCandidatesCsv(join(dir, 'candidates.csv'), cols);
  writePostingsCsv(join(dir, 'postings.csv'), postings);
  const files: Record<string, string> = {};
  for (const f of ['candidates.bin', 'pending.json', 'postings.json', 'candidates.csv', 'postings.csv']) files[f] = sha(join(dir, f));
  const manifest: Manifest = { size, seed, candidates: n, postings: m, files, columns };
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest, null, 1));
  return dir;
}

/** Loads the engine's view of a dataset: columns from the binary file, postings from JSON. */
export function loadDataset(dir: string): Dataset {
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Manifest;
  // Each column is read straight into its own array: no whole-file copy.
  const fd = openSync(join(dir, 'candidates.bin'), 'r');
  const n = manifest.candidates;
  const cols = allocateColumns(n);
  cols.n = n;
  for (const { name, column } of columnsOf(cols)) {
    const c = manifest.columns.find((x) => x.name === name);
    if (c === undefined) throw new Error(`column ${name} missing from ${dir}`);
    if (c.bytes !== column.byteLength) throw new Error(`column ${name} has ${c.bytes} bytes in ${dir}, not ${column.byteLength}`);
    const into = new Uint8Array(column.buffer, column.byteOffset, column.byteLength);
    let done = 0;
    while (done < c.bytes) {
      const got = readSync(fd, into, done, c.bytes - done, c.offset + done);
      if (got === 0) throw new Error(`column ${name} truncated in ${dir}`);
      done += got;
    }
  }
  closeSync(fd);
  cols.pending = new Map(JSON.parse(readFileSync(join(dir, 'pending.json'), 'utf8')) as [number, PendingCredential[]][]);
  const { postings, classes } = JSON.parse(readFileSync(join(dir, 'postings.json'), 'utf8')) as { postings: Posting[]; classes: PostingClass[] };
  return { dir, manifest, cols, postings, classes };
}

export { KM2_PER_DEG2 };
