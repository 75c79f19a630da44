import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createPlatformAdmin } from '@modality/app';
import { fastHasher, testDialects } from '@modality/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { argon2Hasher } from './argon2-hasher.js';
import { cryptoIds } from './crypto-ids.js';
import { dataDirFromEnv, openRuntime } from './runtime.js';

describe('the adapters', () => {
  it('hashes passwords with Argon2id and verifies them; a wrong password or a broken hash is false', async () => {
    const hash = await argon2Hasher.hashPassword('correct horse battery');
    expect(hash).toMatch(/^\$argon2id\$/);
    expect(await argon2Hasher.verifyPassword(hash, 'correct horse battery')).toBe(true);
    expect(await argon2Hasher.verifyPassword(hash, 'wrong')).toBe(false);
    expect(await argon2Hasher.verifyPassword('not-a-hash', 'x')).toBe(false);
    expect(argon2Hasher.digest('token')).toMatch(/^[0-9a-f]{64}$/);
  });

  it('makes prefixed ids of 96 random bits and URL-safe tokens of 256', () => {
    const ids = new Set(Array.from({ length: 1000 }, () => cryptoIds.newId('usr')));
    expect(ids.size).toBe(1000);
    for (const id of ids) expect(id).toMatch(/^usr_[A-Za-z0-9_-]{16}$/);
    expect(cryptoIds.newToken()).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });

  it('finds the data directory in MODALITY_DATA_DIR, else ./data', () => {
    expect(dataDirFromEnv({ MODALITY_DATA_DIR: '/srv/modality' })).toBe('/srv/modality');
    expect(dataDirFromEnv({})).toBe(join(process.cwd(), 'data'));
  });
});

for (const dialect of testDialects()) {
  describe(`openRuntime [${dialect.name}]`, () => {
    let dir: string;
    let config: Awaited<ReturnType<typeof dialect.create>>['config'];
    let drop: () => Promise<void>;
    beforeAll(async () => {
      dir = mkdtempSync(join(tmpdir(), 'modality-runtime-'));
      const created = await dialect.create();
      // SQLite in a file of the data directory, as `npm start` does; PostgreSQL from its URL.
      config = created.config.kind === 'sqlite' ? { kind: 'sqlite', file: join(dir, 'modality.db') } : created.config;
      drop = created.drop;
    });
    afterAll(async () => {
      await drop();
      rmSync(dir, { recursive: true, force: true });
    });

    it('migrates and, asked to, seeds an empty database once; opening it again seeds nothing and has nothing to migrate', async () => {
      const first = await openRuntime({ env: {}, config, seed: true, deps: { hasher: fastHasher } });
      let organisations: number;
      try {
        expect(await first.deps.store.users.findByEmail('admin@demo.modality.test')).toBeDefined();
        expect(first.demo).toBe(true);
        organisations = (await first.deps.store.organisations.listAll()).length;
        expect(organisations).toBeGreaterThan(0);
        expect(await first.migrate()).toEqual({ applied: [] });
      } finally {
        await first.close();
      }
      const again = await openRuntime({ env: {}, config, seed: true, deps: { hasher: fastHasher } });
      try {
        expect(again.deps.store).toBe(again.store);
        expect(again.config).toEqual(config);
        expect((await again.deps.store.organisations.listAll()).length).toBe(organisations);
      } finally {
        await again.close();
      }
    });

    it('seeds nothing unless asked, and never into a database that has an account', async () => {
      const created = await dialect.create();
      const fresh = created.config.kind === 'sqlite' ? { kind: 'sqlite' as const, file: join(dir, 'empty.db') } : created.config;
      const runtime = await openRuntime({ env: {}, config: fresh, deps: { hasher: fastHasher } });
      try {
        expect(await runtime.deps.store.users.any()).toBe(false);
        expect(runtime.demo).toBe(false);
        await createPlatformAdmin(runtime.deps, { email: 'ops@example.org', name: 'Operations', password: 'a long enough password' });
      } finally {
        await runtime.close();
      }
      const asked = await openRuntime({ env: {}, config: fresh, seed: true, deps: { hasher: fastHasher } });
      try {
        expect(asked.seeded.demo).toBe(false);
        expect(asked.demo).toBe(false);
        expect(await asked.deps.store.users.findByEmail('admin@demo.modality.test')).toBeUndefined();
      } finally {
        await asked.close();
        await created.drop();
      }
    });
  });
}
