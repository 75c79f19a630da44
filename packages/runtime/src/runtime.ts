import { resolve } from 'node:path';
import { CandidateRanking, DEMO_EMAIL_DOMAIN, seedDemo, seedDemoStaffing, seedDemoCredentials, type Deps, type ProofDeps } from '@modality/app';
import { KyselyStore, databaseConfigFromEnv, migrateToLatest, openDatabase, type DatabaseConfig } from '@modality/storage';
import { argon2Hasher } from './argon2-hasher.js';
import { cryptoIds } from './crypto-ids.js';
import { pdfkitRenderer } from './pdf/pdfkit-renderer.js';
import { dataIntegrityProofs } from './proof/data-integrity-proofs.js';
import { publicUrlFromEnv, secretBoxFromEnv, type KeySecretSource } from './proof/key-secret.js';
import { zipcodesGazetteer } from './places/zipcodes-gazetteer.js';
import { systemClock } from './system-clock.js';

/** The composed application: use-case dependencies over a real database, and how to close it. */
export interface Runtime {
  readonly deps: ProofDeps;
  /** The same store as `deps.store`, with its Kysely handle (tests look underneath the use cases with it). */
  readonly store: KyselyStore;
  readonly config: DatabaseConfig;
  /** Where the key-encryption key came from (`none`: this install verifies credentials but cannot issue). */
  readonly keySecret: KeySecretSource;
  /** Whether this start loaded the demo data, and how many demo credentials the demo school issued. */
  readonly seeded: { readonly demo: boolean; readonly credentials: number };
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
 * migrates it, and — unless `seed: false` — loads the demo data into an empty database, with the demo
 * school's signed competencies. `MODALITY_KEY_SECRET` and `MODALITY_PUBLIC_URL` configure credential
 * issuing (see {@link secretBoxFromEnv}).
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
  const base: Deps = { store, clock: systemClock, ids: cryptoIds, hasher: argon2Hasher, ...options.deps };
  const seeded = options.seed !== false && (await seedDemo(base));
  // The published demo secret is for the embedded demo only: SQLite holding the demo data.
  const embeddedDemo = config.kind === 'sqlite' && (await store.users.findByEmail(`admin@${DEMO_EMAIL_DOMAIN}`)) !== undefined;
  const { box, source } = secretBoxFromEnv(options.env, embeddedDemo);
  const deps: ProofDeps = { ...base, places: zipcodesGazetteer, ranking: new CandidateRanking(), proofs: dataIntegrityProofs, secrets: box, pdf: pdfkitRenderer, publicUrl: publicUrlFromEnv(options.env) };
  const credentials = seeded ? await seedDemoCredentials(deps) : 0;
  if (seeded) await seedDemoStaffing(deps);
  return {
    deps,
    store,
    config,
    keySecret: source,
    seeded: { demo: seeded, credentials },
    async migrate() {
      const result = await migrateToLatest(db, config.kind);
      return { applied: (result.results ?? []).map((r) => r.migrationName) };
    },
    close: () => db.destroy(),
  };
}
