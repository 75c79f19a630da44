import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from './dialect.js';
import { migrateToLatest } from './migrations/migrations.js';
import { backupSqliteFile, sqliteBackupProblem } from './sqlite-backup.js';

describe('SQLite online backup', () => {
  const dir = mkdtempSync(join(tmpdir(), 'modality-sqlite-backup-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('copies a consistent state while transactions of ten rows keep committing', async () => {
    const file = join(dir, 'live.db');
    const db = openDatabase({ kind: 'sqlite', file });
    await migrateToLatest(db, 'sqlite');
    let n = 0;
    let writing = true;
    const writer = (async () => {
      while (writing) {
        await db.transaction().execute(async (tx) => {
          for (let i = 0; i < 10; i++) {
            n++;
            await tx.insertInto('users').values({ id: `u${String(n)}`, email: `u${String(n)}@example.org`, name: 'x'.repeat(2000), password_hash: 'x', is_admin: 0, created_at: 't' }).execute();
          }
        });
        await new Promise((r) => setImmediate(r));
      }
    })();
    await new Promise((r) => setTimeout(r, 100));
    const copies = await Promise.all([1, 2, 3].map((i) => backupSqliteFile(file, join(dir, `copy-${String(i)}.db`))));
    writing = false;
    await writer;
    await db.destroy();
    expect(n).toBeGreaterThan(10);
    for (const [i, copy] of copies.entries()) {
      expect(copy.pages).toBeGreaterThan(0);
      const path = join(dir, `copy-${String(i + 1)}.db`);
      expect(sqliteBackupProblem(path)).toBeUndefined();
      const backup = new BetterSqlite3(path, { readonly: true });
      const { count } = backup.prepare('SELECT COUNT(*) AS count FROM users').get() as { count: number };
      backup.close();
      // Whole transactions only: never part of one.
      expect(count % 10).toBe(0);
    }
  });
});
