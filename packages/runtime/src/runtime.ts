import { join, resolve } from 'node:path';
import { CandidateRanking, DEMO_EMAIL_DOMAIN, loadProgramDataset, seedDemo, seedDemoCredentials, seedDemoStaffing, type BlobStore, type Deps, type MailTransport, type ProofDeps } from '@modality/app';
import { DatabaseBlobStore, KyselyStore, databaseConfigFromEnv, migrateToLatest, openDatabase, type DatabaseConfig } from '@modality/storage';
import { argon2Hasher } from './argon2-hasher.js';
import { FileBlobStore } from './blob/file-blob-store.js';
import { startMailWorker, type MailWorker } from './mail/mail-worker.js';
import { startReminderJob } from './mail/reminder-job.js';
import { startJobAlertJob } from './mail/job-alert-job.js';
import { mailTransportFromEnv } from './mail/smtp-transport.js';
import { followRankingFeed, type RankingFeed } from './ranking-feed.js';
import { cryptoIds } from './crypto-ids.js';
import { pdfkitRenderer } from './pdf/pdfkit-renderer.js';
import { dataIntegrityProofs } from './proof/data-integrity-proofs.js';
import { publicUrlFromEnv, secretBoxFromEnv, type KeySecretSource } from './proof/key-secret.js';
import { readIpedsPrograms } from './program-directory/ipeds-programs.js';
import { bundledGazetteer } from './places/bundled-gazetteer.js';
import { systemClock } from './system-clock.js';

/** The composed application: use-case dependencies over a real database, and how to close it. */
export interface Runtime {
  readonly deps: ProofDeps;
  /** The same store as `deps.store`, with its Kysely handle (tests look underneath the use cases with it). */
  readonly store: KyselyStore;
  readonly config: DatabaseConfig;
  /** Where the key-encryption key came from (`none`: this install verifies credentials but cannot issue). */
  readonly keySecret: KeySecretSource;
  /** Whether this database holds the fictitious demo data (every page then says so). */
  readonly demo: boolean;
  /**
   * Whether this start loaded the demo data, how many demo credentials the demo school issued, and how many
   * programs reported to IPEDS it loaded into the directory (0 when the same file was loaded before).
   */
  readonly seeded: { readonly demo: boolean; readonly credentials: number; readonly programs: number };
  /** Where mail goes: SMTP (`MODALITY_SMTP_URL`) or the local mailbox. */
  readonly mailTransport: MailTransport;
  /** Starts delivering the outbox in the background (`modality serve` does); `close` stops it. */
  startMailWorker(onError?: (error: unknown) => void): MailWorker;
  /** Starts the hourly renewal-reminder job (`modality serve` does); `close` stops it. */
  startReminderJob(onError?: (error: unknown) => void): MailWorker;
  /**
   * Builds the candidate ranking index now and, on PostgreSQL, follows the change feed between queries
   * (`modality serve` does, unless `MODALITY_RANKING_INDEX=on-first-search`); `close` stops it.
   */
  startRankingFeed(onError?: (error: unknown) => void): RankingFeed;
  /** Starts the hourly job-alert job for saved searches (`modality serve` does); `close` stops it. */
  startJobAlertJob(onError?: (error: unknown) => void): MailWorker;
  /** Applies the migrations not yet applied (none after `openRuntime`, which migrates); the names applied. */
  migrate(): Promise<{ readonly applied: readonly string[] }>;
  close(): Promise<void>;
}

/** The data directory: `MODALITY_DATA_DIR`, else `./data` under the working directory. */
export function dataDirFromEnv(env: Readonly<Record<string, string | undefined>>): string {
  return resolve(env.MODALITY_DATA_DIR ?? 'data');
}

/**
 * Where record files (certificates, licence cards) are kept: files under `<data dir>/files` on the
 * embedded SQLite default; the database itself on PostgreSQL, so that every API process sees every file.
 */
export function blobStoreFor(store: KyselyStore, dataDir: string): BlobStore {
  return store.dialect === 'sqlite' ? new FileBlobStore(join(dataDir, 'files')) : new DatabaseBlobStore(store.db);
}

/**
 * Opens the database from the environment (`DATABASE_URL` or the SQLite file in the data directory),
 * migrates it, and — only with `seed: true` — loads the demo data into a database without accounts, with
 * the demo school's signed competencies. `directory` (default: as `seed`) loads the shipped program directory
 * (programs reported to IPEDS), which is real data, not demo; a file already loaded is skipped. `MODALITY_KEY_SECRET` and `MODALITY_PUBLIC_URL` configure credential
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
  readonly directory?: boolean;
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
  const seeded = options.seed === true && (await seedDemo(base));
  const demo = (await store.users.findByEmail(`admin@${DEMO_EMAIL_DOMAIN}`)) !== undefined;
  const directory = (options.directory ?? options.seed === true) ? await loadProgramDataset(base, await readIpedsPrograms()) : { loaded: false as const };
  const programs = directory.loaded ? directory.counts.inserted + directory.counts.updated : 0;
  // The published demo secret is for the embedded demo only: SQLite holding the demo data.
  const embeddedDemo = config.kind === 'sqlite' && demo;
  const { box, source } = secretBoxFromEnv(options.env, embeddedDemo);
  const deps: ProofDeps = { ...base, places: bundledGazetteer, ranking: new CandidateRanking(), proofs: dataIntegrityProofs, secrets: box, pdf: pdfkitRenderer, publicUrl: publicUrlFromEnv(options.env), blobs: blobStoreFor(store, dataDirFromEnv(options.env)) };
  const credentials = seeded ? await seedDemoCredentials(deps) : 0;
  if (seeded) await seedDemoStaffing(deps);
  const mailTransport = mailTransportFromEnv(options.env);
  const workers: Array<{ stop(): Promise<void> }> = [];
  return {
    deps,
    store,
    config,
    keySecret: source,
    demo,
    seeded: { demo: seeded, credentials, programs },
    async migrate() {
      const result = await migrateToLatest(db, config.kind);
      return { applied: (result.results ?? []).map((r) => r.migrationName) };
    },
    mailTransport,
    startMailWorker(onError) {
      const worker = startMailWorker(deps, mailTransport, onError === undefined ? {} : { onError });
      workers.push(worker);
      return worker;
    },
    startReminderJob(onError) {
      const job = startReminderJob(deps, onError === undefined ? {} : { onError });
      workers.push(job);
      return job;
    },
    startRankingFeed(onError) {
      const feed = followRankingFeed(deps, config, onError);
      workers.push(feed);
      return feed;
    },
    startJobAlertJob(onError) {
      const job = startJobAlertJob(deps, onError === undefined ? {} : { onError });
      workers.push(job);
      return job;
    },
    async close() {
      await Promise.all(workers.map((w) => w.stop()));
      mailTransport.close();
      await db.destroy();
    },
  };
}
