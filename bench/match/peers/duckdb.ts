import { DuckDBConnection, DuckDBInstance } from '@duckdb/node-api';
import { join } from 'node:path';
import type { CandidateRecord, Posting } from '@modality/matching';
import { POSTING_COLUMNS, type Dataset } from '../dataset.js';
import { procStatusMb, type Answer, type Peer } from '../peer.js';
import { candidateQuery, postingQuery, POSTING_FLOAT_COLUMNS } from '../sql.js';

/** DuckDB in-process (@duckdb/node-api), bitmask columns, Top-N via ORDER BY … LIMIT; `threads` settable. */
export class DuckDbPeer implements Peer {
  readonly name: string;
  private conn: DuckDBConnection | null = null;
  private instance: DuckDBInstance | null = null;
  private rssBefore = 0;

  readonly threads: number;

  constructor(threads: number) {
    this.threads = threads;
    this.name = threads === 1 ? 'duckdb' : `duckdb-${threads}t`;
  }

  async load(ds: Dataset): Promise<void> {
    this.rssBefore = procStatusMb('VmRSS');
    this.instance = await DuckDBInstance.create(':memory:', { threads: String(this.threads) });
    this.conn = await this.instance.connect();
    const candCols: string[] = ['id', 'held_lo', 'held_hi', 'lic_lo', 'lic_hi', 'mods', ...Array.from({ length: 10 }, (_, m) => `q${m}`), ...Array.from({ length: 24 }, (_, t) => `p${t}`), 'lat', 'lon', 'flags', 'shifts', 'avail', 'pay', 'langs', 'auth'];
    const types = (cols: string[], floats: Set<string>): string => `{${cols.map((c) => `'${c}': '${floats.has(c) ? 'DOUBLE' : 'BIGINT'}'`).join(', ')}}`;
    await this.conn.run(
      `CREATE TABLE cand AS SELECT ${candCols.join(', ')} FROM read_csv('${join(ds.dir, 'candidates.csv')}', header = true, columns = ${types([...candCols, 'tags', 'fts'], new Set(['lat', 'lon']))
        .replace(`'tags': 'BIGINT'`, `'tags': 'VARCHAR'`)
        .replace(`'fts': 'BIGINT'`, `'fts': 'VARCHAR'`)})`,
    );
    await this.conn.run(`CREATE TABLE post AS SELECT * FROM read_csv('${join(ds.dir, 'postings.csv')}', header = true, columns = ${types(POSTING_COLUMNS, POSTING_FLOAT_COLUMNS)})`);
  }

  private async rows(sql: string): Promise<Answer> {
    const reader = await (this.conn as DuckDBConnection).runAndReadAll(sql);
    const rows = reader.getRows();
    return { ids: rows.map((r) => Number(r[0])), scores: rows.map((r) => Number(r[1])) };
  }

  posting(p: Posting, k: number): Promise<Answer> {
    return this.rows(postingQuery('duckdb', p, k));
  }

  candidate(c: CandidateRecord, k: number): Promise<Answer> {
    return this.rows(candidateQuery('duckdb', c, k));
  }

  /** RSS growth of this process while DuckDB was loaded and queried. */
  peakRssMb(): number {
    return procStatusMb('VmRSS') - this.rssBefore;
  }

  close(): Promise<void> {
    this.conn?.closeSync();
    this.instance?.closeSync();
    this.conn = null;
    this.instance = null;
    return Promise.resolve();
  }
}
