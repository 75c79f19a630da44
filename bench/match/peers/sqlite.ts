import Database from 'better-sqlite3';
import { createReadStream } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import type { CandidateRecord, Posting } from '@modality/matching';
import { POSTING_COLUMNS, type Dataset } from '../dataset.js';
import { procStatusMb, toAnswer, type Answer, type Peer } from '../peer.js';
import { CANDIDATE_TABLE_COLUMNS, candidateQuery, postingQuery, postingSql } from '../sql.js';

/**
 * SQLite (better-sqlite3, in-memory, single thread). Variant `scan`: bitmask full scan. Variant `fts5`:
 * tags as tokens in an FTS5 table (detail=none) that drives the join to the attribute table.
 */
export class SqlitePeer implements Peer {
  readonly name: string;
  private db: Database.Database | null = null;
  private rssBefore = 0;

  readonly variant: 'scan' | 'fts5';

  constructor(variant: 'scan' | 'fts5') {
    this.variant = variant;
    this.name = variant === 'scan' ? 'sqlite' : 'sqlite-fts5';
  }

  async load(ds: Dataset): Promise<void> {
    this.rssBefore = procStatusMb('VmRSS');
    const db = new Database(':memory:');
    db.pragma('cache_size = -2000000');
    db.exec(`CREATE TABLE cand (${CANDIDATE_TABLE_COLUMNS('INTEGER', 'REAL', null)})`);
    db.exec(`CREATE TABLE post (${POSTING_COLUMNS.map((c) => `${c} ${c === 'id' ? 'INTEGER PRIMARY KEY' : 'NUMERIC'}`).join(', ')})`);
    if (this.variant === 'fts5') db.exec(`CREATE VIRTUAL TABLE tags USING fts5(t, detail=none)`);
    await importCsv(db, join(ds.dir, 'candidates.csv'), 'cand', this.variant === 'fts5');
    await importCsv(db, join(ds.dir, 'postings.csv'), 'post', false);
    this.db = db;
  }

  posting(p: Posting, k: number): Promise<Answer> {
    const db = this.db as Database.Database;
    if (this.variant === 'scan') return Promise.resolve(toAnswer(db.prepare(postingQuery('sqlite', p, k)).all() as { id: number; score: number }[]));
    const match = ftsMatch(p);
    const { where, score } = postingSql('sqlite', p);
    const sql = `SELECT c.id AS id, ${score} AS score FROM tags f JOIN cand c ON c.id = f.rowid WHERE tags MATCH '${match}' AND ${where.join(' AND ')} ORDER BY score DESC, id ASC LIMIT ${k}`;
    return Promise.resolve(toAnswer(db.prepare(sql).all() as { id: number; score: number }[]));
  }

  candidate(c: CandidateRecord, k: number): Promise<Answer> {
    const db = this.db as Database.Database;
    return Promise.resolve(toAnswer(db.prepare(candidateQuery('sqlite', c, k)).all() as { id: number; score: number }[]));
  }

  /** RSS growth of this process while the in-memory database was loaded and queried. */
  peakRssMb(): number {
    return procStatusMb('VmRSS') - this.rssBefore;
  }

  close(): Promise<void> {
    this.db?.close();
    this.db = null;
    return Promise.resolve();
  }
}

/** The FTS5 query for a posting's tag requirements: all-of credentials, licence any-of, modality, shifts, authorisation, travel. */
export function ftsMatch(p: Posting): string {
  const and: string[] = p.allOf.map((c) => `t${c}`);
  for (const g of p.anyOf) and.push(`(${g.map((c) => `t${c}`).join(' OR ')})`);
  if (p.licences !== null) and.push(`(${p.licences.map((j) => `t${100 + j}`).join(' OR ')})`);
  and.push(`t${200 + p.modality}`);
  for (const s of p.shifts) and.push(`t${300 + s}`);
  if (!p.sponsors) and.push(`t${400 + p.country}`);
  if (p.travel) and.push('t500');
  return and.join(' AND ');
}

async function importCsv(db: Database.Database, path: string, table: string, fts: boolean): Promise<void> {
  const lines = createInterface({ input: createReadStream(path), crlfDelay: Infinity });
  let header: string[] | null = null;
  let insert: Database.Statement | null = null;
  const tagInsert = fts ? db.prepare('INSERT INTO tags(rowid, t) VALUES (?, ?)') : null;
  let keep: number[] = [];
  let tagsAt = -1;
  let ftsAt = -1;
  db.exec('BEGIN');
  for await (const line of lines) {
    if (line === '') continue;
    if (header === null) {
      header = line.split(',');
      tagsAt = header.indexOf('tags');
      ftsAt = header.indexOf('fts');
      keep = header.map((_, i) => i).filter((i) => i !== tagsAt && i !== ftsAt);
      insert = db.prepare(`INSERT INTO ${table} (${keep.map((i) => header?.[i]).join(',')}) VALUES (${keep.map(() => '?').join(',')})`);
      continue;
    }
    const fields = splitCsv(line);
    insert?.run(keep.map((i) => Number(fields[i])));
    if (tagInsert !== null) tagInsert.run(Number(fields[0]), fields[ftsAt] ?? '');
  }
  db.exec('COMMIT');
}

/** Splits our CSV (only the tags column is quoted, and it holds no quotes). */
export function splitCsv(line: string): string[] {
  const out: string[] = [];
  let i = 0;
  while (i <= line.length) {
    if (line[i] === '"') {
      const end = line.indexOf('"', i + 1);
      out.push(line.slice(i + 1, end));
      i = end + 2;
    } else {
      let end = line.indexOf(',', i);
      if (end < 0) end = line.length;
      out.push(line.slice(i, end));
      i = end + 1;
    }
  }
  return out;
}
