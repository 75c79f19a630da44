import { migrateToLatest } from '@modality/storage';
import { Command } from 'commander';
import { processIo, type Io } from '../cli-error.js';
import { openForCommand } from '../open.js';

/** `modality db migrate|seed`. */
export function dbCommand(io: Io = processIo): Command {
  const db = new Command('db').description('Database maintenance (uses DATABASE_URL or the SQLite file in MODALITY_DATA_DIR)');
  db.command('migrate')
    .description('Create or update the schema (safe to run again)')
    .option('--json', 'print the result as JSON')
    .action(async (opts: { json?: boolean }) => {
      const runtime = await openForCommand();
      try {
        // openRuntime already migrated; this second run reports that nothing is pending.
        const result = await migrateToLatest(runtime.store.db, runtime.store.dialect);
        const applied = (result.results ?? []).map((r) => r.migrationName);
        io.out(opts.json ? JSON.stringify({ dialect: runtime.store.dialect, pending: applied, status: 'up-to-date' }) : `Schema is up to date (${runtime.store.dialect}).`);
      } finally {
        await runtime.close();
      }
    });
  db.command('seed')
    .description("Load the fictitious demo organisations, accounts and records into an empty database, with the demo school's signed competencies")
    .option('--json', 'print the result as JSON')
    .action(async (opts: { json?: boolean }) => {
      const runtime = await openForCommand(true);
      try {
        const { demo: seeded, credentials } = runtime.seeded;
        const signed = credentials > 0 ? ` The demo school issued ${String(credentials)} signed competencies.` : seeded && runtime.keySecret === 'none' ? ' No credentials were issued: set MODALITY_KEY_SECRET to let the demo school sign.' : '';
        io.out(opts.json ? JSON.stringify({ seeded, credentials }) : seeded ? `Demo data loaded.${signed}` : 'The database already has users; demo data not loaded (nothing changed).');
      } finally {
        await runtime.close();
      }
    });
  return db;
}
