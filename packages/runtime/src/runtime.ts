import { resolve } from 'node:path';
import { seedDemo, type Deps } from '@modality/app';
import { KyselyStore, databaseConfigFromEnv, migrateToLatest, openDatabase, type DatabaseConfig } from '@modality/storage';
import { argon2Hasher } from './argon2-hasher.js';
import { cryptoIds } from './crypto-ids.js';
import { systemClock } from './system-clock.js';

/** The composed application: use-case dependencies over a real database, and how to close it. */
export interface Runtime {
  readonly deps: Deps;
  /** The same store as `deps.store`, with its Kysely handle (tests look underneath the use cases with it). */
  readonly store: KyselyStore;
  readonly config: DatabaseConfig;
  /** Applies the migrations not yet applied (none after `openRuntime`, which migrates); the names applied. */
  migrate(): Promise<{ readonly applied: readonly string[] }>;
  close(): Promise<void>;
}

/** The data directory: `MODALITY_DATA_DIR`, else `./data` under the working directory. */
export function dataDirFromEnv(env: Readonly<Record<string, string | undefined>>): string {
  return resolve(env.MODALITY_DATA_DIR ?? 'data');
}

/**
 * Opens the database from the environment (`DATABASE_URL` or the SQLite file in the data directory),
 * migrates it, and — unless `seed: false` — loads the demo data into an empty database.
 *
 * @example
 * const runtime = await openRuntime({ env: process.env, seed: false });
 * try { await importRecordAsOperator(runtime.deps, record); } finally { await runtime.close(); }
 */
export async function openRuntime(options: {
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly config?: DatabaseConfig;
  readonly seed?: boolean;
  readonly deps?: Partial<Omit<Deps, 'store'>>;
}): Promise<Runtime> {
  const config = options.config ?? databaseConfigFromEnv(options.env, dataDirFromEnv(options.env));
  const db = openDatabase(config);
  try {
    await migrateToLatest(db, config.kind);
  } catch (error) {
    await db.destroy();
    throw error;
  }
  const store = new KyselyStore(db, config.kind);
  const deps: Deps = { store, clock: systemClock, ids: cryptoIds, hasher: argon2Hasher, ...options.deps };
  if (options.seed !== false) await seedDemo(deps);
  return {
    deps,
    store,
    config,
    async migrate() {
      const result = await migrateToLatest(db, config.kind);
      return { applied: (result.results ?? []).map((r) => r.migrationName) };
    },
    close: () => db.destroy(),
  };
}
