import { createReadStream } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import pg from 'pg';
import type { CandidateRecord, Posting } from '@modality/matching';
import { POSTING_COLUMNS, type Dataset } from '../dataset.js';
import { procStatusMb, toAnswer, type Answer, type Peer } from '../peer.js';
import { CANDIDATE_TABLE_COLUMNS, candidateQuery, postingSql, POSTING_FLOAT_COLUMNS } from '../sql.js';
import { splitCsv } from './sqlite.js';

/**
 * PostgreSQL 15 over loopback. The harness creates a fresh database (`modality_bench_<variant>`) on the
 * server at `adminUrl` (default postgres://postgres@127.0.0.1:5432/postgres), loads it with server-side
 * COPY from the shared CSV (falling back to batched INSERTs when the server cannot read the file), and
 * drops it at the end. jit = off; max_parallel_workers_per_gather = threads − 1. Variant `scan`: bitmask
 * sequential scan. Variant `gin`: intarray tags with a GIN index (gin__int_ops; `@>` all-of, `&&`
 * any-of) plus a btree on availability; the exact bitmask predicates stay in the WHERE clause.
 */
export class PostgresPeer implements Peer {
  readonly name: string;
  private client: pg.Client | null = null;
  private backendPid = 0;
  private readonly dbName: string;

  readonly variant: 'scan' | 'gin';
  readonly adminUrl: string;
  readonly threads: number;

  constructor(variant: 'scan' | 'gin', adminUrl: string, threads = 1) {
    this.variant = variant;
    this.adminUrl = adminUrl;
    this.threads = threads;
    this.name = variant === 'scan' ? 'pg' : 'pg-gin';
    this.dbName = `modality_bench_${variant}`;
  }

  async load(ds: Dataset): Promise<void> {
    const admin = new pg.Client({ connectionString: this.adminUrl });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${this.dbName}`);
    await admin.query(`CREATE DATABASE ${this.dbName}`);
    await admin.end();
    const url = new URL(this.adminUrl);
    url.pathname = `/${this.dbName}`;
    const client = new pg.Client({ connectionString: url.toString() });
    await client.connect();
    this.client = client;
    await client.query(`SET jit = off; SET max_parallel_workers_per_gather = ${this.threads - 1}`);
    await client.query('CREATE EXTENSION IF NOT EXISTS intarray');
    await client.query(`CREATE TABLE cand (${CANDIDATE_TABLE_COLUMNS('bigint', 'double precision', 'int[]')}, fts text)`);
    await client.query(`CREATE TABLE post (${POSTING_COLUMNS.map((c) => `${c} ${c === 'id' ? 'bigint PRIMARY KEY' : POSTING_FLOAT_COLUMNS.has(c) ? 'double precision' : 'bigint'}`).join(', ')})`);
    await copy(client, 'cand', join(ds.dir, 'candidates.csv'));
    await copy(client, 'post', join(ds.dir, 'postings.csv'));
    if (this.variant === 'gin') {
      await client.query('CREATE INDEX cand_tags ON cand USING gin (tags gin__int_ops)');
      await client.query('CREATE INDEX cand_avail ON cand (avail)');
    }
    await client.query('VACUUM ANALYZE cand');
    await client.query('VACUUM ANALYZE post');
    const r = await client.query<{ pid: number }>('SELECT pg_backend_pid() AS pid');
    this.backendPid = r.rows[0]?.pid ?? 0;
  }

  async posting(p: Posting, k: number): Promise<Answer> {
    const { where, score } = postingSql('pg', p);
    if (this.variant === 'gin') {
      const all = [...p.allOf, 200 + p.modality, ...p.shifts.map((s) => 300 + s), ...(p.sponsors ? [] : [400 + p.country]), ...(p.travel ? [500] : [])];
      where.unshift(`c.tags @> '{${all.join(',')}}'::int[]`);
      for (const g of p.anyOf) where.unshift(`c.tags && '{${g.join(',')}}'::int[]`);
      if (p.licences !== null) where.unshift(`c.tags && '{${p.licences.map((j) => 100 + j).join(',')}}'::int[]`);
    }
    const sql = `SELECT c.id AS id, ${score} AS score FROM cand c WHERE ${where.join(' AND ')} ORDER BY score DESC, id ASC LIMIT ${k}`;
    const r = await (this.client as pg.Client).query<{ id: string; score: number }>(sql);
    return toAnswer(r.rows);
  }

  async candidate(c: CandidateRecord, k: number): Promise<Answer> {
    const r = await (this.client as pg.Client).query<{ id: string; score: number }>(candidateQuery('pg', c, k));
    return toAnswer(r.rows);
  }

  /** Peak RSS of this peer's server backend (includes the shared buffers it touched). */
  peakRssMb(): number {
    return procStatusMb('VmHWM', this.backendPid);
  }

  async close(): Promise<void> {
    await this.client?.end();
    this.client = null;
    const admin = new pg.Client({ connectionString: this.adminUrl });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${this.dbName}`);
    await admin.end();
  }
}

async function copy(client: pg.Client, table: string, path: string): Promise<void> {
  try {
    await client.query(`COPY ${table} FROM '${path}' WITH (FORMAT csv, HEADER true)`);
    return;
  } catch (e) {
    process.stderr.write(`server-side COPY failed (${String(e)}); falling back to batched INSERT\n`);
  }
  const lines = createInterface({ input: createReadStream(path), crlfDelay: Infinity });
  let header: string[] | null = null;
  let batch: string[] = [];
  const flush = async (): Promise<void> => {
    if (batch.length === 0 || header === null) return;
    await client.query(`INSERT INTO ${table} (${header.join(',')}) VALUES ${batch.join(',')}`);
    batch = [];
  };
  for await (const line of lines) {
    if (line === '') continue;
    if (header === null) {
      header = line.split(',');
      continue;
    }
    const f = splitCsv(line);
    batch.push(`(${f.map((v, i) => (header?.[i] === 'tags' ? `'${v}'` : header?.[i] === 'fts' ? `'${v}'` : v)).join(',')})`);
    if (batch.length === 2000) await flush();
  }
  await flush();
}
