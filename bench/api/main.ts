/**
 * API throughput on SQLite, as a share of what Fastify itself can do on this machine in this run. Starts
 * `modality serve` on a fresh demo database and a bare Fastify route (`bare-server.ts`) as two processes,
 * drives each endpoint with autocannon (keep-alive, a fixed number of connections, a fixed time), and
 * prints requests per second, p50 and p99 latency, and the share of the bare route's throughput. Then 32
 * writers add CE activities at once and every answer is checked: no `SQLITE_BUSY` (or any 5xx) may reach
 * a user.
 *
 *   npm run bench:api [-- --seconds 5 --connections 32 --as victor.huang --json]
 *
 * `--scenario search` is the recruiter-search benchmark on PostgreSQL instead (see `search.ts`):
 *
 *   npm run bench:api -- --scenario search [--candidates 1000000 --database postgres://…/modality_bench_search
 *     --seconds 10 --connections 8 --changes 20 --reuse --json]
 *
 * `--as` picks the demo account: victor.huang (org admin) reads other people's records, and each such read
 * is written to the audit log; ana.reyes reads her own record, which is not audited. Target (issue 9):
 * every authenticated read ≥ 25 % of the ceiling with p99 ≤ 20 ms.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { searchScenario } from './search.js';

const { values } = parseArgs({
  options: {
    seconds: { type: 'string', default: '5' },
    connections: { type: 'string', default: '32' },
    as: { type: 'string', default: 'victor.huang' },
    writers: { type: 'string', default: '32' },
    json: { type: 'boolean', default: false },
    scenario: { type: 'string', default: 'throughput' },
    candidates: { type: 'string', default: '1000000' },
    database: { type: 'string', default: 'postgres://postgres@127.0.0.1:5432/modality_bench_search' },
    changes: { type: 'string', default: '20' },
    reuse: { type: 'boolean', default: false },
  },
});
if (values.scenario !== 'throughput' && values.scenario !== 'search') throw new Error(`--scenario must be throughput or search, not ${JSON.stringify(values.scenario)}`);
const seconds = Number(values.seconds);
const connections = Number(values.connections);
const writers = Number(values.writers);
const PORT = 43210 + Math.floor(Math.random() * 1000);
const BARE_PORT = PORT + 1000;
const BIN = fileURLToPath(new URL('../../apps/cli/bin/modality.js', import.meta.url));
const BARE = fileURLToPath(new URL('./bare-server.ts', import.meta.url));
const base = `http://127.0.0.1:${String(PORT)}`;

async function waitFor(url: string): Promise<void> {
  for (let i = 0; ; i++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    if (i > 300) throw new Error(`${url} did not answer`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

interface Row {
  readonly endpoint: string;
  readonly reqPerSec: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
  readonly non2xx: number;
  share?: string;
}

async function drive(name: string, url: string, headers: Record<string, string> = {}): Promise<Row> {
  const result = await autocannon({ url, connections, duration: seconds, headers });
  return { endpoint: name, reqPerSec: Math.round(result.requests.average), p50Ms: result.latency.p50, p99Ms: result.latency.p99, non2xx: result.non2xx + result.errors };
}

/** 32 (or `--writers`) writers add a CE activity each, all at once, several rounds; counts what users saw. */
async function concurrentWriters(personId: string, cookie: string, csrf: string): Promise<{ writes: number; ok: number; failed: Record<string, number> }> {
  const failed: Record<string, number> = {};
  let ok = 0;
  const rounds = 5;
  for (let round = 0; round < rounds; round++) {
    await Promise.all(
      Array.from({ length: writers }, async (_, i) => {
        const res = await fetch(`${base}/api/v1/people/${personId}/ce`, {
          method: 'POST',
          headers: { cookie, 'x-csrf-token': csrf, 'content-type': 'application/json' },
          body: JSON.stringify({ title: `Bench write ${String(round)}-${String(i)}`, completedOn: '2026-11-01', credits: 1, category: 'A' }),
        });
        const text = await res.text();
        if (res.ok) ok++;
        else {
          const key = `${String(res.status)}${/SQLITE_BUSY|database is locked/i.test(text) ? ' SQLITE_BUSY' : ''}`;
          failed[key] = (failed[key] ?? 0) + 1;
        }
      }),
    );
  }
  return { writes: rounds * writers, ok, failed };
}

if (values.scenario === 'search') {
  await searchScenario({
    candidates: Number(values.candidates),
    database: values.database,
    seconds: process.argv.includes('--seconds') ? seconds : 10,
    connections: process.argv.includes('--connections') ? connections : 8,
    changes: Number(values.changes),
    reuse: values.reuse,
    json: values.json,
  });
} else {
  await throughputScenario();
}

/** The throughput scenario (the default): see the top of this file. */
async function throughputScenario(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'modality-bench-api-'));
  const children: ChildProcess[] = [
    spawn(process.execPath, [BIN, 'serve', '--port', String(PORT), '--host', '127.0.0.1'], { env: { ...process.env, MODALITY_DATA_DIR: dir, DATABASE_URL: '', LOG_LEVEL: 'warn' }, stdio: 'ignore' }),
    spawn(process.execPath, ['--import', 'tsx', BARE], { env: { ...process.env, BARE_PORT: String(BARE_PORT) }, stdio: 'ignore' }),
  ];
  try {
    await waitFor(`${base}/api/health`);
    await waitFor(`http://127.0.0.1:${String(BARE_PORT)}/bare`);
    const sign = await fetch(`${base}/api/v1/auth/sign-in`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: `${values.as}@demo.modality.test`, password: 'modality-demo' }) });
    const cookie = (sign.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    const me = (await sign.json()) as { csrfToken: string; personId: string | null };
    const people = (await (await fetch(`${base}/api/v1/people`, { headers: { cookie } })).json()) as { items: Array<{ id: string }> };
    const someone = people.items.find((p) => p.id !== me.personId)?.id ?? people.items[0]?.id ?? '';
    const auth = { cookie };

    const rows: Row[] = [await drive('bare Fastify (ceiling)', `http://127.0.0.1:${String(BARE_PORT)}/bare`)];
    rows.push(await drive('GET /api/health', `${base}/api/health`));
    rows.push(await drive('GET /api/v1/catalogue (public)', `${base}/api/v1/catalogue`));
    rows.push(await drive('GET /api/v1/auth/me', `${base}/api/v1/auth/me`, auth));
    rows.push(await drive('GET /api/v1/people', `${base}/api/v1/people`, auth));
    rows.push(await drive("GET a person's record", `${base}/api/v1/people/${someone}/record`, auth));
    rows.push(await drive("GET a person's verdict", `${base}/api/v1/people/${someone}/verdict`, auth));
    const ceiling = rows[0]?.reqPerSec ?? 1;
    for (const r of rows) r.share = `${((100 * r.reqPerSec) / ceiling).toFixed(1)} %`;
    const writes = await concurrentWriters(someone, cookie, me.csrfToken);

    if (values.json) console.log(JSON.stringify({ seconds, connections, as: values.as, rows, writes }, null, 2));
    else {
      console.log(`API on SQLite as ${values.as}: ${String(connections)} connections, ${String(seconds)} s per endpoint (autocannon); share = of the bare Fastify route in this run`);
      console.table(rows);
      console.log(`${String(writers)} concurrent writers × 5 rounds: ${String(writes.ok)}/${String(writes.writes)} answered 2xx; failures ${JSON.stringify(writes.failed)}`);
    }
  } finally {
    for (const c of children) c.kill('SIGTERM');
    rmSync(dir, { recursive: true, force: true });
  }
}
