import { existsSync, renameSync, rmSync } from 'node:fs';
import BetterSqlite3 from 'better-sqlite3';

/**
 * Copies a live SQLite database to `destination` with SQLite's online backup API: a consistent snapshot
 * even while a server writes to it (one read transaction; writers in WAL mode are not blocked). The copy is written
 * beside the destination and renamed into place, so a failed backup never leaves a half file there.
 *
 * @example
 * await backupSqliteFile('./data/modality.db', '/backups/modality-2026-11-30.db') // { pages: 412 }
 */
export async function backupSqliteFile(source: string, destination: string): Promise<{ readonly pages: number }> {
  if (!existsSync(source)) throw new Error(`there is no database at ${source}`);
  const db = new BetterSqlite3(source, { fileMustExist: true });
  db.pragma('busy_timeout = 5000');
  const partial = `${destination}.partial`;
  try {
    rmSync(partial, { force: true });
    // Everything in one step, under one read transaction: a copy in small steps starts over whenever the
    // server commits in between, and a busy server would keep it from ever finishing.
    const { totalPages } = await db.backup(partial, { progress: () => 0x7fffffff });
    renameSync(partial, destination);
    return { pages: totalPages };
  } catch (error) {
    rmSync(partial, { force: true });
    throw error;
  } finally {
    db.close();
  }
}

/** Why a file cannot be restored from, or undefined when it is a sound Modality database. */
export function sqliteBackupProblem(file: string): string | undefined {
  if (!existsSync(file)) return 'no such file';
  let db: BetterSqlite3.Database | undefined;
  try {
    db = new BetterSqlite3(file, { readonly: true, fileMustExist: true });
    const check = db.pragma('integrity_check', { simple: true });
    if (check !== 'ok') return `the file is damaged (${String(check)})`;
    const tables = new Set((db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as Array<{ name: string }>).map((t) => t.name));
    if (!tables.has('users') || !tables.has('kysely_migration')) return 'not a Modality database (no users or migrations table)';
    return undefined;
  } catch (error) {
    return `not an SQLite database (${error instanceof Error ? error.message : String(error)})`;
  } finally {
    db?.close();
  }
}

/**
 * Replaces the database at `target` with the backup `source` (checked first). The server must be stopped:
 * the old file's write-ahead log is discarded with it. The new file is put in place by a rename, so the
 * target is either the old database or the restored one, never a mix.
 */
export async function restoreSqliteFile(source: string, target: string): Promise<{ readonly pages: number }> {
  const problem = sqliteBackupProblem(source);
  if (problem !== undefined) throw new Error(`${source}: ${problem}`);
  const db = new BetterSqlite3(source, { readonly: true, fileMustExist: true });
  const incoming = `${target}.restoring`;
  try {
    rmSync(incoming, { force: true });
    const { totalPages } = await db.backup(incoming, { progress: () => 0x7fffffff });
    for (const side of ['-wal', '-shm']) rmSync(`${target}${side}`, { force: true });
    renameSync(incoming, target);
    return { pages: totalPages };
  } catch (error) {
    rmSync(incoming, { force: true });
    throw error;
  } finally {
    db.close();
  }
}
