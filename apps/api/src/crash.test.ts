import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openRuntime } from '@modality/runtime';
import { testDialects } from '@modality/testkit';
import { describe, expect, it } from 'vitest';
import { buildServer } from './server.js';
import { CRASH_CE_ENTRIES, CRASH_PROGRAMS, CRASH_RECORD_ID, type CrashDatabase } from './testing/crash-child.js';

/**
 * Crash test: a child process imports a large person record and a large program directory over and over,
 * and is SIGKILLed at a random moment, `CRASH_KILLS` times (default 50) per dialect. After every kill the
 * database is opened the way a server starts (migrations included), a server built on it answers, and it
 * holds all of the last import of each kind or none of it — never a mix of two versions or a part of one.
 */

const KILLS = Number(process.env.CRASH_KILLS ?? 50);
const SEED = Number(process.env.CRASH_SEED ?? 9);
const CHILD = fileURLToPath(new URL('./testing/crash-child.ts', import.meta.url));

/** A small seeded PRNG (mulberry32), so that a failing run can be replayed with its seed. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const flip = (v: 'none' | 'a' | 'b'): 'a' | 'b' => (v === 'a' ? 'b' : 'a');

function startChild(config: CrashDatabase): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', CHILD], { env: { ...process.env, CRASH_DB_CONFIG: JSON.stringify(config) }, stdio: ['pipe', 'pipe', 'pipe'] });
  return new Promise((resolve, reject) => {
    let err = '';
    child.stderr?.on('data', (d: Buffer) => (err += d.toString()));
    child.stdout?.on('data', (d: Buffer) => {
      if (d.toString().includes('ready')) resolve(child);
    });
    child.once('exit', (code) => reject(new Error(`crash child exited (${String(code)}) before it was ready: ${err}`)));
  });
}

function kill(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGKILL');
  });
}

interface Seen {
  readonly record: 'none' | 'a' | 'b';
  readonly programs: 'none' | 'a' | 'b';
}

/** Opens the database as a server would, checks that a server on it answers, and says which versions it holds. */
async function inspect(config: CrashDatabase): Promise<Seen> {
  const runtime = await openRuntime({ env: {}, config, seed: false });
  try {
    const app = await buildServer({ deps: runtime.deps });
    try {
      expect((await app.inject({ method: 'GET', url: '/api/health' })).statusCode).toBe(200);
      expect((await app.inject({ method: 'GET', url: '/api/v1/programs?limit=1' })).statusCode).toBe(200);
    } finally {
      await app.close();
    }
    const { store } = runtime.deps;
    const person = await store.people.findUnownedByRecordId(CRASH_RECORD_ID);
    const record = person === undefined ? undefined : await store.people.getRecord(person.id);
    const ceVersions = new Set((record?.ce ?? []).map((c) => c.title.split(':')[0]));
    if (record !== undefined) {
      expect(record.ce, 'a stored record has all of its CE entries').toHaveLength(CRASH_CE_ENTRIES);
      expect(ceVersions.size, 'a stored record is one version, not a mix').toBe(1);
    }
    const count = await store.programs.count();
    const programs = await store.programs.search({}, { limit: CRASH_PROGRAMS + 1 });
    const programVersions = new Set(programs.map((p) => /\((a|b)\)$/.exec(p.name)?.[1] ?? '?'));
    expect([0, CRASH_PROGRAMS], 'the directory is all or nothing').toContain(count);
    if (count > 0) expect([...programVersions], 'the directory is one version, not a mix').toHaveLength(1);
    return {
      record: record === undefined ? 'none' : ([...ceVersions][0] as 'a' | 'b'),
      programs: count === 0 ? 'none' : ([...programVersions][0] as 'a' | 'b'),
    };
  } finally {
    await runtime.close();
  }
}

for (const dialect of testDialects()) {
  describe(`crash: SIGKILL during imports [${dialect.name}]`, () => {
    it(`${String(KILLS)} kills at random moments leave every import whole or absent, and the server starts and answers`, async () => {
      const dir = mkdtempSync(join(tmpdir(), 'modality-crash-'));
      const created = dialect.name === 'postgres' ? await dialect.create() : { config: { kind: 'sqlite', file: join(dir, 'crash.db') } as CrashDatabase, drop: () => Promise.resolve() };
      const random = prng(SEED);
      const seen: Seen[] = [];
      const changed = { record: 0, programs: 0 };
      try {
        // The next victim starts (a couple of seconds of module loading) while the last one is inspected.
        let next = startChild(created.config);
        let last: Seen = { record: 'none', programs: 'none' };
        for (let k = 0; k < KILLS; k++) {
          const child = await next;
          // Each victim starts on the versions the database does not hold, so its first writes change rows.
          const first = { record: flip(last.record), programs: flip(last.programs) };
          child.stdin?.write(`go ${first.record} ${first.programs}\n`);
          if (k + 1 < KILLS) next = startChild(created.config);
          // Anywhere from the first statement to into the second round of imports (slower on PostgreSQL).
          await new Promise((r) => setTimeout(r, Math.floor(random() * (dialect.name === 'postgres' ? 3500 : 1500))));
          await kill(child);
          const now = await inspect(created.config);
          // Whole or absent: what was there before, or a version this victim wrote in full.
          expect([last.record, first.record, flip(first.record)]).toContain(now.record);
          expect([last.programs, first.programs, flip(first.programs)]).toContain(now.programs);
          changed.record += now.record === last.record ? 0 : 1;
          changed.programs += now.programs === last.programs ? 0 : 1;
          seen.push(now);
          last = now;
        }
      } finally {
        await created.drop();
        rmSync(dir, { recursive: true, force: true });
      }
      const tally = (key: keyof Seen) => Object.fromEntries(['none', 'a', 'b'].map((v) => [v, seen.filter((s) => s[key] === v).length]));
      console.info(
        `crash [${dialect.name}]: ${String(seen.length)} kills (seed ${String(SEED)}), each followed by a server start that answered; ` +
          `after the kill the record was ${JSON.stringify(tally('record'))} (changed by the victim ${String(changed.record)} times), ` +
          `the directory ${JSON.stringify(tally('programs'))} (changed ${String(changed.programs)} times); never partial or mixed`,
      );
      expect(seen).toHaveLength(KILLS);
    }, 600_000);
  });
}
