import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createPlatformAdmin } from '@modality/app';
import { fastHasher, testDialects } from '@modality/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { argon2Hasher } from './argon2-hasher.js';
import { cryptoIds } from './crypto-ids.js';
import { ipedsProgram, readIpedsPrograms } from './program-directory/ipeds-programs.js';
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

  it('reads the shipped IPEDS programs: real rows, not demo, with 2023-24 awards and no accreditation claimed', async () => {
    const { dataset, programs } = await readIpedsPrograms();
    expect(dataset).toMatchObject({ name: 'ipeds-completions-2023-24', rows: 1725, });
    expect(dataset.digest).toMatch(/^[0-9a-f]{64}$/);
    expect(programs).toHaveLength(1725);
    expect(new Set(programs.map((p) => p.id)).size).toBe(1725);
    const uab = programs.find((p) => p.id === 'other:IPEDS-100663-510905-7');
    expect(uab).toMatchObject({ institution: 'University of Alabama at Birmingham', discipline: 'nuclear-medicine', award: 'master', jurisdiction: 'us-al', demo: false, outcome: { awards: 7, academicYear: '2023-24' } });
    for (const p of programs) {
      expect(p.accreditor).toBe('other');
      expect(p.demo).toBe(false);
      expect(p.outcome?.awards).toBeGreaterThanOrEqual(0);
    }
    // Zero-award rows are kept: a program that reported no graduates that year.
    expect(programs.filter((p) => p.outcome?.awards === 0).length).toBeGreaterThan(100);
  });

  it('refuses a malformed IPEDS row rather than loading a wrong program', () => {
    const row = { unitid: '100663', cip: '51.0905', cip_title: 'Nuclear Medical Technology/Technologist', awlevel: '7', credential_level: "Master's degree", institution: 'X', city: '', jurisdiction: 'us-al', discipline: 'nuclear-medicine', award: 'master', url: '', awards_2023_24: '' };
    expect(() => ipedsProgram(row)).toThrow(/malformed row/);
    expect(ipedsProgram({ ...row, awards_2023_24: '3' })).toMatchObject({ city: null, url: null, outcome: { awards: 3 } });
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
        // The real directory (programs reported to IPEDS) loads beside the 9 demo rows.
        expect(first.seeded.programs).toBe(1725);
        expect(await first.deps.store.programs.count()).toBe(1725 + 9);
      } finally {
        await first.close();
      }
      const again = await openRuntime({ env: {}, config, seed: true, deps: { hasher: fastHasher } });
      try {
        expect(again.deps.store).toBe(again.store);
        expect(again.config).toEqual(config);
        expect((await again.deps.store.organisations.listAll()).length).toBe(organisations);
        // The same file is not loaded twice: nothing written, nothing doubled.
        expect(again.seeded.programs).toBe(0);
        expect(await again.deps.store.programs.count()).toBe(1725 + 9);
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
        expect(await runtime.deps.store.programs.count()).toBe(0);
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
