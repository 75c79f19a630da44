import Database from 'better-sqlite3';
import { join } from 'node:path';
import type { CandidateRecord, Posting } from '@modality/matching';
import { csvRows } from '../dataset.js';
import { toAnswer, type Answer, type Peer } from '../peer.js';
import { candidateStatement, columnsDdl, CANDIDATE_SCHEMA, postingStatement, POSTING_SCHEMA, type Statement } from '../sql.js';

/**
 * SQLite (better-sqlite3, in memory, one thread: SQLite has no parallel query). The shared CSV is read
 * in one transaction into integer/real columns (the tags only where the FTS5 table uses them); every
 * query a prepared statement per query shape; ANALYZE after the load so the planner knows the indexes'
 * selectivity. Variant `scan`: bitmask full scans. Variant `fts5`: posting → candidates through an FTS5
 * table of tags as tokens (detail=none) joined by rowid (only the tags held by at most 25 % of
 * candidates go into the MATCH, by the FTS5 vocabulary's document counts; a posting with none scans), and candidate → postings through a
 * `post_key(key, pid)` table (WITHOUT ROWID, its primary key the index) on the postings' (licence,
 * modality) keys.
 */
export class SqlitePeer implements Peer {
  readonly name: string;
  readonly threads = 1;
  readonly variant: 'scan' | 'fts5';
  private db: Database.Database | null = null;
  private readonly prepared = new Map<string, Database.Statement>();
  private tagShare = new Map<number, number>();

  constructor(variant: 'scan' | 'fts5') {
    this.variant = variant;
    this.name = variant === 'scan' ? 'sqlite' : 'sqlite-fts5';
  }

  settings(): string {
    return 'one thread (no parallel query in SQLite), in memory, prepared statements';
  }

  async load(dir: string): Promise<void> {
    const db = new Database(':memory:');
    db.pragma('cache_size = -4000000');
    db.pragma('temp_store = memory');
    const fts = this.variant === 'fts5';
    db.exec(`CREATE TABLE cand (${columnsDdl('sqlite', CANDIDATE_SCHEMA)}) STRICT`);
    db.exec(`CREATE TABLE post (${columnsDdl('sqlite', POSTING_SCHEMA)}) STRICT`);
    if (fts) {
      db.exec('CREATE VIRTUAL TABLE tags USING fts5(t, detail=none)');
      db.exec('CREATE TABLE post_key (key INTEGER NOT NULL, pid INTEGER NOT NULL, PRIMARY KEY (key, pid)) WITHOUT ROWID, STRICT');
    }
    db.exec('BEGIN');
    await importCsv(db, join(dir, 'candidates.csv'), 'cand', CANDIDATE_SCHEMA, fts ? (row, at) => [['INSERT INTO tags(rowid, t) VALUES (?, ?)', [Number(row[at('id')]), row[at('fts')] ?? '']]] : null);
    await importCsv(db, join(dir, 'postings.csv'), 'post', POSTING_SCHEMA, fts ? (row, at) => (row[at('lic_keys')] ?? '').split(' ').map((k) => ['INSERT INTO post_key(key, pid) VALUES (?, ?)', [Number(k), Number(row[at('id')])]]) : null);
    db.exec('COMMIT');
    db.exec('ANALYZE');
    if (fts) {
      db.exec("CREATE VIRTUAL TABLE temp.tags_vocab USING fts5vocab(main, 'tags', 'row')");
      const n = (db.prepare('SELECT count(*) AS n FROM cand').get() as { n: number }).n;
      const rows = db.prepare('SELECT term, doc FROM temp.tags_vocab').all() as { term: string; doc: number }[];
      this.tagShare = new Map(rows.map((r) => [Number(r.term.slice(1)), r.doc / n]));
    }
    this.db = db;
  }

  private run(s: Statement): Promise<Answer> {
    const db = this.db as Database.Database;
    let stmt = this.prepared.get(s.sql);
    if (stmt === undefined) {
      stmt = db.prepare(s.sql);
      this.prepared.set(s.sql, stmt);
    }
    const bound: Record<string, number | string> = {};
    s.params.forEach((p, i) => (bound[`p${i + 1}`] = p.value as number | string));
    return Promise.resolve(toAnswer(stmt.all(bound) as { id: number; score: number }[]));
  }

  posting(p: Posting, k: number): Promise<Answer> {
    const tags = { kind: 'fts5' as const, share: (t: number): number => this.tagShare.get(t) ?? 0 };
    return this.run(postingStatement('sqlite', p, k, this.variant === 'fts5' ? { tags } : {}));
  }

  candidate(c: CandidateRecord, k: number): Promise<Answer> {
    return this.run(candidateStatement('sqlite', c, k, this.variant === 'fts5' ? 'key-table' : 'none'));
  }

  facts(): Promise<Record<string, number>> {
    return Promise.resolve({});
  }

  close(): Promise<void> {
    this.prepared.clear();
    this.db?.close();
    this.db = null;
    return Promise.resolve();
  }
}

type Extra = (row: string[], at: (column: string) => number) => [string, (number | string)[]][];

/** Rows of a dataset CSV into `table` (the schema's columns only), plus the extra rows `extra` derives from each. */
async function importCsv(db: Database.Database, path: string, table: string, schema: typeof CANDIDATE_SCHEMA, extra: Extra | null): Promise<void> {
  let at: ((column: string) => number) | null = null;
  let picks: number[] = [];
  const insert = db.prepare(`INSERT INTO ${table} (${schema.map(([c]) => c).join(', ')}) VALUES (${schema.map(() => '?').join(', ')})`);
  const extras = new Map<string, Database.Statement>();
  for await (const row of csvRows(path)) {
    if (at === null) {
      const header = row;
      at = (column) => header.indexOf(column);
      picks = schema.map(([c]) => header.indexOf(c));
      continue;
    }
    insert.run(picks.map((i) => Number(row[i])));
    for (const [sql, values] of extra?.(row, at) ?? []) {
      let s = extras.get(sql);
      if (s === undefined) {
        s = db.prepare(sql);
        extras.set(sql, s);
      }
      s.run(values);
    }
  }
}
