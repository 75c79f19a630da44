import { DuckDBConnection, DuckDBInstance, DuckDBPreparedStatement, INTEGER, LIST, SMALLINT } from '@duckdb/node-api';
import { join } from 'node:path';
import type { CandidateRecord, Posting } from '@modality/matching';
import { CANDIDATE_CSV_COLUMNS, POSTING_CSV_COLUMNS } from '../dataset.js';
import type { Answer, Peer } from '../peer.js';
import { candidateStatement, columnsDdl, CANDIDATE_SCHEMA, COLUMN_TYPES, postingStatement, POSTING_SCHEMA, type Statement } from '../sql.js';

/**
 * DuckDB in process (@duckdb/node-api), tuned as DuckDB is meant to run: `threads` at the machine's
 * cores (or one); the shared CSV read natively (read_csv) into narrow typed columns (unsigned where the
 * engine's columns are), without the tags and text columns nothing here reads; every query a prepared
 * statement per query shape, re-bound per query. DuckDB has no secondary index for these predicates
 * (its ART indexes serve point lookups and constraints); it skips row groups by their min/max, so the
 * candidates are stored sorted by latitude and a radius posting that does not accept relocation adds
 * its bounding box as lat/lon ranges. Its Top-N operator serves `ORDER BY … LIMIT`.
 */
export class DuckDbPeer implements Peer {
  readonly name: string;
  readonly threads: number;
  private instance: DuckDBInstance | null = null;
  private conn: DuckDBConnection | null = null;
  private readonly prepared = new Map<string, DuckDBPreparedStatement>();

  constructor(threads: number, name = 'duckdb') {
    this.threads = threads;
    this.name = name;
  }

  settings(): string {
    return `threads ${this.threads}, prepared statements`;
  }

  async load(dir: string): Promise<void> {
    this.instance = await DuckDBInstance.create(':memory:', { threads: String(this.threads) });
    this.conn = await this.instance.connect();
    const csvColumns = (names: readonly string[], schema: typeof CANDIDATE_SCHEMA): string =>
      `{${names.map((c) => `'${c}': '${schema.find(([n]) => n === c)?.[1] === 'f32' || schema.find(([n]) => n === c)?.[1] === 'f64' ? 'DOUBLE' : c === 'tags' || c === 'fts' || c === 'lic_keys' ? 'VARCHAR' : 'BIGINT'}'`).join(', ')}}`;
    await this.conn.run(`CREATE TABLE cand (${columnsDdl('duckdb', CANDIDATE_SCHEMA)})`);
    await this.conn.run(
      `INSERT INTO cand SELECT ${CANDIDATE_SCHEMA.map(([c, kind]) => `${c}::${COLUMN_TYPES.duckdb[kind]}`).join(', ')} FROM read_csv('${join(dir, 'candidates.csv')}', header = true, columns = ${csvColumns(CANDIDATE_CSV_COLUMNS, CANDIDATE_SCHEMA)}) ORDER BY lat, lon`,
    );
    await this.conn.run(`CREATE TABLE post (${columnsDdl('duckdb', POSTING_SCHEMA)})`);
    await this.conn.run(
      `INSERT INTO post SELECT ${POSTING_SCHEMA.map(([c, kind]) => `${c}::${COLUMN_TYPES.duckdb[kind]}`).join(', ')} FROM read_csv('${join(dir, 'postings.csv')}', header = true, columns = ${csvColumns(POSTING_CSV_COLUMNS, POSTING_SCHEMA)})`,
    );
    await this.conn.run('ANALYZE');
  }

  private async run(s: Statement): Promise<Answer> {
    let stmt = this.prepared.get(s.sql);
    if (stmt === undefined) {
      stmt = await (this.conn as DuckDBConnection).prepare(s.sql);
      this.prepared.set(s.sql, stmt);
    }
    s.params.forEach((p, i) => {
      const at = i + 1;
      switch (p.kind) {
        case 'double':
          stmt.bindDouble(at, p.value as number);
          break;
        case 'float':
          stmt.bindFloat(at, p.value as number);
          break;
        case 'mask':
          stmt.bindUInteger(at, p.value as number);
          break;
        case 'small':
          stmt.bindSmallInt(at, p.value as number);
          break;
        case 'int':
          stmt.bindInteger(at, p.value as number);
          break;
        case 'smallList':
          stmt.bindList(at, [...(p.value as number[])], LIST(SMALLINT));
          break;
        case 'intList':
          stmt.bindList(at, [...(p.value as number[])], LIST(INTEGER));
          break;
        case 'text':
          stmt.bindVarchar(at, p.value as string);
          break;
      }
    });
    const rows = (await stmt.runAndReadAll()).getRows();
    return { ids: rows.map((r) => Number(r[0])), scores: rows.map((r) => Number(r[1])) };
  }

  posting(p: Posting, k: number): Promise<Answer> {
    return this.run(postingStatement('duckdb', p, k, { bbox: 'range' }));
  }

  candidate(c: CandidateRecord, k: number): Promise<Answer> {
    return this.run(candidateStatement('duckdb', c, k));
  }

  facts(): Promise<Record<string, number>> {
    return Promise.resolve({});
  }

  close(): Promise<void> {
    for (const s of this.prepared.values()) s.destroySync();
    this.prepared.clear();
    this.conn?.closeSync();
    this.instance?.closeSync();
    this.conn = null;
    this.instance = null;
    return Promise.resolve();
  }
}
