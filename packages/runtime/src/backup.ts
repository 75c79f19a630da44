import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { backupSqliteFile, databaseConfigFromEnv, restoreSqliteFile, sqliteBackupProblem } from '@modality/storage';
import { dataDirFromEnv } from './runtime.js';

type Env = Readonly<Record<string, string | undefined>>;

/** Backups of PostgreSQL are PostgreSQL's own business: `pg_dump` and `pg_restore` (see the README). */
export class PostgresBackupError extends Error {
  constructor() {
    super('DATABASE_URL names PostgreSQL: back it up with pg_dump and restore it with pg_restore (see the README)');
  }
}

/**
 * Backs up the configured SQLite database to `file`, online: a consistent copy while the server runs.
 * Throws {@link PostgresBackupError} when the database is PostgreSQL.
 */
export async function backupDatabase(env: Env, file: string): Promise<{ readonly database: string; readonly file: string; readonly pages: number }> {
  const config = databaseConfigFromEnv(env, dataDirFromEnv(env));
  if (config.kind === 'postgres') throw new PostgresBackupError();
  const target = resolve(file);
  mkdirSync(dirname(target), { recursive: true });
  const { pages } = await backupSqliteFile(config.file, target);
  return { database: config.file, file: target, pages };
}

/** A file that cannot be restored from, and why. */
export class BackupFileError extends Error {
  readonly problem: string;
  constructor(problem: string) {
    super(problem);
    this.problem = problem;
  }
}

/**
 * Replaces the configured SQLite database with the backup `file` (stop the server first), after checking
 * that the file is an intact Modality database ({@link BackupFileError} when not). The next start migrates
 * it if the backup is older than this version.
 */
export async function restoreDatabase(env: Env, file: string): Promise<{ readonly database: string; readonly pages: number }> {
  const config = databaseConfigFromEnv(env, dataDirFromEnv(env));
  if (config.kind === 'postgres') throw new PostgresBackupError();
  const problem = sqliteBackupProblem(resolve(file));
  if (problem !== undefined) throw new BackupFileError(problem);
  mkdirSync(dirname(config.file), { recursive: true });
  const { pages } = await restoreSqliteFile(resolve(file), config.file);
  return { database: config.file, pages };
}
