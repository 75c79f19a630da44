import { randomBytes } from 'node:crypto';
import { KyselyStore, migrateToLatest, openDatabase, type DatabaseConfig, type Dialect } from '@modality/storage';
import pg from 'pg';

/**
 * The dialects every storage and API suite runs on, in the Kysely style: SQLite always; PostgreSQL when
 * `TEST_DATABASE_URL` names a server (CI always sets it). Each PostgreSQL suite gets a database of its
 * own, created fresh and dropped afterwards, so suites can run in parallel.
 */
export interface TestDialect {
  readonly name: Dialect;
  /** A fresh, empty database for one suite, and how to drop it. */
  readonly create: () => Promise<{ config: DatabaseConfig; drop: () => Promise<void> }>;
}

const sqlite: TestDialect = {
  name: 'sqlite',
  create: () => Promise.resolve({ config: { kind: 'sqlite', file: ':memory:' }, drop: () => Promise.resolve() }),
};

function postgres(adminUrl: string): TestDialect {
  return {
    name: 'postgres',
    async create() {
      const name = `modality_test_${randomBytes(6).toString('hex')}`;
      const admin = new pg.Client({ connectionString: adminUrl });
      await admin.connect();
      try {
        await admin.query(`CREATE DATABASE ${name}`);
      } finally {
        await admin.end();
      }
      const url = new URL(adminUrl);
      url.pathname = `/${name}`;
      return {
        config: { kind: 'postgres', url: url.toString() },
        async drop() {
          const c = new pg.Client({ connectionString: adminUrl });
          await c.connect();
          try {
            // Connections of a just-destroyed pool may take a moment to go; forcing them off would make their
            // clients emit errors into whatever test runs next. Wait for them, and force only as a last resort.
            for (let attempt = 0; ; attempt++) {
              try {
                await c.query(`DROP DATABASE IF EXISTS ${name}`);
                break;
              } catch (error) {
                if (attempt >= 40) {
                  await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
                  break;
                }
                if (!(error instanceof Error && /being accessed by other users/.test(error.message))) throw error;
                await new Promise((r) => setTimeout(r, 50));
              }
            }
          } finally {
            await c.end();
          }
        },
      };
    },
  };
}

/**
 * The PostgreSQL server the tests may use (`TEST_DATABASE_URL`), or `undefined` when none is set. When
 * `REQUIRE_POSTGRES=1` (CI) and none is set it throws, so a leg that is required fails instead of passing
 * without having run.
 *
 * @example
 * const url = testPostgresUrl(); // 'postgres://postgres@127.0.0.1:5432/test', or undefined on a laptop
 */
export function testPostgresUrl(): string | undefined {
  const url = process.env.TEST_DATABASE_URL;
  if (url !== undefined && url !== '') return url;
  if (process.env.REQUIRE_POSTGRES === '1') throw new Error('PostgreSQL is required (REQUIRE_POSTGRES=1) but TEST_DATABASE_URL is not set.');
  return undefined;
}

let announced = false;

/**
 * The dialects to run on now; says once, plainly, when the PostgreSQL leg is skipped, and throws when it is
 * required but cannot run (see {@link testPostgresUrl}).
 */
export function testDialects(): TestDialect[] {
  const url = testPostgresUrl();
  if (url === undefined) {
    if (!announced) {
      announced = true;
      console.warn('PostgreSQL leg SKIPPED: TEST_DATABASE_URL is not set (storage and API suites ran on SQLite only).');
    }
    return [sqlite];
  }
  return [sqlite, postgres(url)];
}

/** Opens a migrated store on a fresh database of `dialect`. */
export async function openTestStore(dialect: TestDialect): Promise<{ store: KyselyStore; config: DatabaseConfig; close: () => Promise<void> }> {
  const { config, drop } = await dialect.create();
  const db = openDatabase(config);
  await migrateToLatest(db, dialect.name);
  return {
    store: new KyselyStore(db, dialect.name),
    config,
    async close() {
      await db.destroy();
      await drop();
    },
  };
}

/**
 * A second store on a database another test store already opened, with its own connections — what a
 * second node of the same install has. PostgreSQL (or an SQLite file) only: `:memory:` is one connection's.
 */
export function openSecondStore(config: DatabaseConfig, dialect: Dialect): { store: KyselyStore; close: () => Promise<void> } {
  const db = openDatabase(config);
  return { store: new KyselyStore(db, dialect), close: () => db.destroy() };
}
