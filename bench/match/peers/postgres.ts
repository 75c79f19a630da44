import { createHash } from 'node:crypto';
import { join } from 'node:path';
import pg from 'pg';
import type { CandidateRecord, Posting } from '@modality/matching';
import { CANDIDATE_CSV_COLUMNS, csvRows, POSTING_CSV_COLUMNS } from '../dataset.js';
import { toAnswer, type Answer, type Peer } from '../peer.js';
import { candidateStatement, columnsDdl, COLUMN_TYPES, CANDIDATE_SCHEMA, postingStatement, POSTING_SCHEMA, type ColumnKind, type Statement } from '../sql.js';

/**
 * PostgreSQL over loopback, tuned as a PostgreSQL engineer would for this read-only workload:
 * - a fresh database per run (`modality_bench_<variant>_<pid>`, dropped at the end) on the server at
 *   `adminUrl`; server-side COPY of the shared CSV into a staging table, then one INSERT … SELECT into
 *   narrow, NOT NULL, fixed-width columns (int4 / int2 / real / float8; the tags and text columns only
 *   where an index uses them), ordered by location (candidates) and by licence and modality (postings)
 *   so that an index's matches sit on few pages, then VACUUM (FREEZE, ANALYZE);
 * - per session: parallel query with `threads − 1` workers besides the leader, work_mem and
 *   effective_cache_size for an in-memory data set, random_page_cost 1.1, jit off (the queries are short);
 * - every query a named prepared statement per query shape (parse once, bind values on every run).
 *
 * Variant `scan`: no secondary index; every class is a (parallel) sequential scan. Variant `gin`: an
 * intarray GIN index on candidate tags (`@>` all-of, `&&` any-of and licences; only the tags held by at
 * most 25 % of candidates go into the index condition, by the shares counted after the load), a GiST index on the
 * candidate's point for radius postings that do not accept relocation, a btree on availability, and for
 * candidate → postings a GIN index on the postings' (licence, modality) keys and a btree on the start
 * date. The planner picks among them per query (a broad posting still scans).
 */
export class PostgresPeer implements Peer {
  readonly name: string;
  readonly threads: number;
  readonly variant: 'scan' | 'gin';
  private readonly adminUrl: string;
  private readonly dbName: string;
  private client: pg.Client | null = null;
  private readonly names = new Map<string, string>();
  private serverSettings = '';
  private loadNote = '';
  private tagShare = new Map<number, number>();

  constructor(variant: 'scan' | 'gin', adminUrl: string, threads: number) {
    this.variant = variant;
    this.adminUrl = adminUrl;
    this.threads = threads;
    this.name = variant === 'scan' ? 'pg' : 'pg-gin';
    this.dbName = `modality_bench_${variant}_${process.pid}`;
  }

  /** The session settings: parallel workers at the machine's cores (the leader is one of them). */
  sessionSql(): string {
    const workers = Math.max(0, this.threads - 1);
    return [
      `SET max_parallel_workers_per_gather = ${workers}`,
      `SET max_parallel_workers = ${Math.max(workers, 1)}`,
      `SET max_parallel_maintenance_workers = ${workers}`,
      'SET parallel_leader_participation = on',
      "SET work_mem = '64MB'",
      "SET maintenance_work_mem = '1GB'",
      "SET effective_cache_size = '8GB'",
      'SET random_page_cost = 1.1',
      'SET jit = off',
    ].join('; ');
  }

  settings(): string {
    return `leader + ${Math.max(0, this.threads - 1)} parallel worker(s) (max_parallel_workers_per_gather ${Math.max(0, this.threads - 1)}), ${this.serverSettings}, prepared statements${this.loadNote}`;
  }

  async load(dir: string, server: (pids: number[]) => void): Promise<void> {
    const admin = new pg.Client({ connectionString: this.adminUrl });
    await admin.connect();
    try {
      await admin.query(`DROP DATABASE IF EXISTS ${this.dbName}`);
      await admin.query(`CREATE DATABASE ${this.dbName}`);
    } finally {
      await admin.end();
    }
    const url = new URL(this.adminUrl);
    url.pathname = `/${this.dbName}`;
    const client = new pg.Client({ connectionString: url.toString() });
    await client.connect();
    this.client = client;
    const r = await client.query<{ pid: number; sb: string; v: string }>("SELECT pg_backend_pid() AS pid, current_setting('shared_buffers') AS sb, current_setting('server_version') AS v");
    server([r.rows[0]?.pid ?? 0]);
    this.serverSettings = `PostgreSQL ${r.rows[0]?.v ?? '?'}, shared_buffers ${r.rows[0]?.sb ?? '?'}`;
    await client.query(this.sessionSql());
    const gin = this.variant === 'gin';
    if (gin) await client.query('CREATE EXTENSION IF NOT EXISTS intarray');

    await client.query(`CREATE UNLOGGED TABLE cand_csv (${CANDIDATE_CSV_COLUMNS.map((c) => `${c} ${stagingType(c)}`).join(', ')})`);
    await this.copy('cand_csv', join(dir, 'candidates.csv'));
    await client.query(`CREATE TABLE cand (${columnsDdl('pg', CANDIDATE_SCHEMA)}${gin ? ', tags int4[] NOT NULL' : ''})`);
    await client.query(
      `INSERT INTO cand SELECT ${CANDIDATE_SCHEMA.map(([c, kind]) => convert(c, kind)).join(', ')}${gin ? ', tags' : ''} FROM cand_csv ORDER BY floor(lat * 2), floor(lon * 2), id`,
    );
    await client.query('DROP TABLE cand_csv');

    await client.query(`CREATE UNLOGGED TABLE post_csv (${POSTING_CSV_COLUMNS.map((c) => `${c} ${stagingType(c)}`).join(', ')})`);
    await this.copy('post_csv', join(dir, 'postings.csv'));
    await client.query(`CREATE TABLE post (${columnsDdl('pg', POSTING_SCHEMA)}${gin ? ', lm int4[] NOT NULL' : ''})`);
    await client.query(
      `INSERT INTO post SELECT ${POSTING_SCHEMA.map(([c, kind]) => convert(c, kind)).join(', ')}${gin ? ", string_to_array(lic_keys, ' ')::int4[]" : ''} FROM post_csv ORDER BY (string_to_array(lic_keys, ' ')::int4[])[1], modality, id`,
    );
    await client.query('DROP TABLE post_csv');

    if (gin) {
      await client.query('CREATE INDEX cand_tags ON cand USING gin (tags gin__int_ops)');
      await client.query('CREATE INDEX cand_point ON cand USING gist (point(lon, lat))');
      await client.query('CREATE INDEX cand_avail ON cand (avail)');
      await client.query('CREATE INDEX post_lm ON post USING gin (lm gin__int_ops)');
      await client.query('CREATE INDEX post_start ON post (start_by)');
    }
    await client.query('VACUUM (FREEZE, ANALYZE) cand');
    await client.query('VACUUM (FREEZE, ANALYZE) post');
    if (gin) {
      const f = await client.query<{ t: number; share: number }>('SELECT t, count(*)::float8 / (SELECT count(*) FROM cand) AS share FROM cand, unnest(tags) t GROUP BY t');
      this.tagShare = new Map(f.rows.map((x) => [x.t, x.share]));
    }
  }

  /**
   * Server-side COPY of a dataset CSV; where the server cannot read the file (another host), batched
   * INSERTs from this client instead (slower: the load time then says more about the client than the server).
   */
  private async copy(table: string, path: string): Promise<void> {
    const client = this.client as pg.Client;
    try {
      await client.query(`COPY ${table} FROM '${path}' WITH (FORMAT csv, HEADER true)`);
      return;
    } catch (e) {
      process.stderr.write(`${this.name}: server-side COPY failed (${String(e)}); loading with batched INSERTs\n`);
      this.loadNote = ', loaded by client INSERTs (server could not read the CSV)';
    }
    let header: string[] | null = null;
    let batch: string[][] = [];
    const flush = async (): Promise<void> => {
      if (header === null || batch.length === 0) return;
      const width = header.length;
      const values = batch.map((_, r) => `(${header?.map((__, c) => `$${r * width + c + 1}`).join(',') ?? ''})`).join(',');
      await client.query(`INSERT INTO ${table} (${header.join(',')}) VALUES ${values}`, batch.flat());
      batch = [];
    };
    for await (const row of csvRows(path)) {
      if (header === null) header = row;
      else {
        batch.push(row);
        if (batch.length === 500) await flush();
      }
    }
    await flush();
  }

  private async run(s: Statement): Promise<Answer> {
    let name = this.names.get(s.sql);
    if (name === undefined) {
      name = `q${createHash('sha1').update(s.sql).digest('hex').slice(0, 20)}`;
      this.names.set(s.sql, name);
    }
    const r = await (this.client as pg.Client).query<{ id: number; score: number }>({ name, text: s.sql, values: s.params.map((p) => p.value) });
    return toAnswer(r.rows);
  }

  posting(p: Posting, k: number): Promise<Answer> {
    const tags = { kind: 'intarray' as const, share: (t: number): number => this.tagShare.get(t) ?? 0 };
    return this.run(postingStatement('pg', p, k, this.variant === 'gin' ? { tags, bbox: 'point' } : {}));
  }

  candidate(c: CandidateRecord, k: number): Promise<Answer> {
    return this.run(candidateStatement('pg', c, k, this.variant === 'gin' ? 'intarray' : 'none'));
  }

  /** The tables and their indexes on disk, MB. */
  async facts(): Promise<Record<string, number>> {
    const r = await (this.client as pg.Client).query<{ b: string }>("SELECT pg_total_relation_size('cand') + pg_total_relation_size('post') AS b");
    return { tablesAndIndexesMb: Number(r.rows[0]?.b ?? 0) / 2 ** 20 };
  }

  async close(): Promise<void> {
    await this.client?.end();
    this.client = null;
    const admin = new pg.Client({ connectionString: this.adminUrl });
    await admin.connect();
    try {
      await admin.query(`DROP DATABASE IF EXISTS ${this.dbName}`);
    } finally {
      await admin.end();
    }
  }
}

/** Staging types of the CSV columns: wide enough for any value, narrowed by {@link convert}. */
function stagingType(column: string): string {
  if (column === 'tags') return 'int4[]';
  if (column === 'fts' || column === 'lic_keys') return 'text';
  return [...CANDIDATE_SCHEMA, ...POSTING_SCHEMA].some(([c, kind]) => c === column && (kind === 'f32' || kind === 'f64')) ? 'float8' : 'int8';
}

/** A staging column into its narrow type: unsigned 32-bit masks become the same bits as a signed int4. */
function convert(column: string, kind: ColumnKind): string {
  if (kind === 'mask') return `(CASE WHEN ${column} >= 2147483648 THEN ${column} - 4294967296 ELSE ${column} END)::int4`;
  return `${column}::${COLUMN_TYPES.pg[kind]}`;
}
