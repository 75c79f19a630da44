import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect, type SqliteDatabase, type SqliteStatement } from 'kysely';
import pg from 'pg';
import type { Database } from './database.js';

export type Dialect = 'sqlite' | 'postgres';

/** Where the data lives: an SQLite file (or `:memory:`), or a PostgreSQL URL. */
export type DatabaseConfig = { readonly kind: 'sqlite'; readonly file: string } | { readonly kind: 'postgres'; readonly url: string };

/**
 * Picks the database from the environment: `DATABASE_URL=postgres://…` selects PostgreSQL, anything else
 * the embedded SQLite file `<dataDir>/modality.db`.
 */
export function databaseConfigFromEnv(env: Readonly<Record<string, string | undefined>>, dataDir: string): DatabaseConfig {
  const url = env.DATABASE_URL;
  if (url !== undefined && url !== '') {
    if (!/^postgres(ql)?:\/\//.test(url)) throw new Error('DATABASE_URL must start with postgres:// or postgresql://');
    return { kind: 'postgres', url };
  }
  return { kind: 'sqlite', file: `${dataDir}/modality.db` };
}

// PostgreSQL returns int8 (COUNT, bigserial) as strings by default; our counts fit in a double.
pg.types.setTypeParser(pg.types.builtins.INT8, (v) => Number(v));
// double precision back as numbers, as SQLite does.
pg.types.setTypeParser(pg.types.builtins.FLOAT8, (v) => Number(v));

/** Opens a Kysely instance on the configured database. */
export function openDatabase(config: DatabaseConfig): Kysely<Database> {
  if (config.kind === 'postgres') {
    const pool = new pg.Pool({ connectionString: config.url, max: 10 });
    // An idle connection that the server ends (restart, failover, a dropped database) is an 'error' event;
    // unhandled it would crash the process. The pool discards that client and opens a new one when needed.
    pool.on('error', () => undefined);
    return new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  }
  if (config.file !== ':memory:') mkdirSync(dirname(config.file), { recursive: true });
  const sqlite = new BetterSqlite3(config.file);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  sqlite.pragma('synchronous = NORMAL');
  return new Kysely<Database>({ dialect: new SqliteDialect({ database: withStatementCache(sqlite) }) });
}

/** Statements kept per SQL text; the app issues a few dozen distinct queries, so this never grows large. */
const STATEMENT_CACHE_LIMIT = 1000;

/**
 * Kysely prepares every query anew; preparing costs SQLite more than running a small indexed query
 * (≈100 µs against ≈20 µs for a two-table join here). Reusing the prepared statement per SQL text is safe
 * because Kysely runs one query at a time on the single SQLite connection.
 */
function withStatementCache(db: SqliteDatabase): SqliteDatabase {
  const cache = new Map<string, SqliteStatement>();
  return {
    close: () => db.close(),
    prepare(sql) {
      let statement = cache.get(sql);
      if (statement === undefined) {
        if (cache.size >= STATEMENT_CACHE_LIMIT) cache.clear();
        statement = db.prepare(sql);
        cache.set(sql, statement);
      }
      return statement;
    },
  };
}
