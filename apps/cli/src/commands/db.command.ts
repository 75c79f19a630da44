import { backupDatabase, BackupFileError, PostgresBackupError, restoreDatabase } from '@modality/runtime';
import { Command } from 'commander';
import { issueLine } from '../input/issue-lines.js';
import { processIo, type Io } from '../io.js';
import { withRuntime } from '../open.js';
import { BadInputError, commandAction, refused, succeeded, type CommandOutcome } from '../outcome.js';

/** PostgreSQL is backed up with its own tools: say so, and name a file that cannot be restored from. */
async function sqliteOnly(file: string, work: () => Promise<CommandOutcome>): Promise<CommandOutcome> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof PostgresBackupError) return refused(error.message);
    if (error instanceof BackupFileError) return refused('cannot restore from this file', [issueLine(file, error.problem)]);
    throw error;
  }
}

/** `modality db migrate|seed|backup|restore`. */
export function dbCommand(io: Io = processIo): Command {
  const db = new Command('db').description('Database maintenance (uses DATABASE_URL or the SQLite file in MODALITY_DATA_DIR)');
  db.command('migrate')
    .description('Create or update the schema (safe to run again)')
    .option('--json', 'print the result as JSON')
    .action(
      commandAction(io, async (opts: { json?: boolean }) =>
        withRuntime(async (runtime) => {
          // Opening the runtime already migrated; this second run reports that nothing is pending.
          const { applied } = await runtime.migrate();
          const dialect = runtime.config.kind;
          return succeeded(opts.json ? JSON.stringify({ dialect, pending: applied, status: 'up-to-date' }) : `Schema is up to date (${dialect}).`);
        }),
      ),
    );
  db.command('seed')
    .description("Load the fictitious demo organisations, accounts and records into a database without accounts, with the demo school's signed competencies, and the program directory's real rows (programs reported to IPEDS)")
    .option('--demo', 'required: says that the fictitious demo data (with its published password) is wanted here')
    .option('--json', 'print the result as JSON')
    .action(
      commandAction(io, async (opts: { demo?: boolean; json?: boolean }) => {
        if (opts.demo !== true) throw new BadInputError('--demo is required', ['--demo: the only data `db seed` loads is the fictitious demo, whose accounts share a published password; say --demo to load it']);
        // Opening with seeding loads the demo into an empty database, and lets the demo school sign.
        const { seeded, keySecret } = await withRuntime((runtime) => Promise.resolve({ seeded: runtime.seeded, keySecret: runtime.keySecret }), true);
        const { demo, credentials, programs } = seeded;
        const directory = programs > 0 ? ` ${programs.toLocaleString('en-US')} programs reported to IPEDS (2023-24) loaded into the directory.` : '';
        const signed =
          credentials > 0 ? ` The demo school issued ${String(credentials)} signed competencies.` : demo && keySecret === 'none' ? ' No credentials were issued: set MODALITY_KEY_SECRET to let the demo school sign.' : '';
        const text = demo ? `Demo data loaded.${signed}${directory}` : `The database already has users; demo data not loaded.${directory === '' ? ' Nothing changed.' : directory}`;
        return succeeded(opts.json ? JSON.stringify({ seeded: demo, credentials, programs }) : text);
      }),
    );
  db.command('backup')
    .argument('<file>', 'where to write the copy (an SQLite file)')
    .description('Copy the SQLite database to FILE, consistently, while the server keeps serving (PostgreSQL: use pg_dump)')
    .option('--json', 'print the result as JSON')
    .action(
      commandAction(io, (file: string, opts: { json?: boolean }) =>
        sqliteOnly(file, async () => {
          const r = await backupDatabase(process.env, file);
          return succeeded(opts.json ? JSON.stringify({ file: r.file, pages: r.pages }) : `Backed up ${r.database} to ${r.file}.`);
        }),
      ),
    );
  db.command('restore')
    .argument('<file>', 'a backup made by `modality db backup`')
    .description('Replace the SQLite database with the backup FILE (stop the server first; PostgreSQL: use pg_restore)')
    .option('--json', 'print the result as JSON')
    .action(
      commandAction(io, (file: string, opts: { json?: boolean }) =>
        sqliteOnly(file, async () => {
          const r = await restoreDatabase(process.env, file);
          // Opening migrates a backup made by an older version.
          await withRuntime(() => Promise.resolve());
          return succeeded(opts.json ? JSON.stringify({ restored: true, pages: r.pages }) : `Restored ${r.database} from ${file}.`);
        }),
      ),
    );
  return db;
}
