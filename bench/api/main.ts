/**
 * API read throughput on SQLite (budgets: docs/design.md §8). Starts `modality serve` as its own
 * process on a fresh demo database, signs in as a demo professional, then drives GET endpoints from this
 * process over keep-alive HTTP with a fixed number of requests in flight, for a fixed time per endpoint.
 *
 *   npm run bench:api [-- --seconds 10 --concurrency 32 --as victor.huang --json]
 *
 * `--as` picks the demo account: victor.huang (org admin) reads other people's records, and each such read
 * is written to the audit log; ana.reyes reads her own record, which is not audited.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const { values } = parseArgs({ options: { seconds: { type: 'string', default: '8' }, concurrency: { type: 'string', default: '32' }, as: { type: 'string', default: 'victor.huang' }, json: { type: 'boolean', default: false } } });
const seconds = Number(values.seconds);
const concurrency = Number(values.concurrency);
const PORT = 43210 + Math.floor(Math.random() * 1000);
const BIN = fileURLToPath(new URL('../../apps/cli/bin/modality.js', import.meta.url));
const agent = new Agent({ keepAlive: true, maxSockets: concurrency });

function get(path: string, cookie: string): Promise<{ status: number; ms: number }> {
  const t0 = performance.now();
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: PORT, path, agent, headers: { cookie } }, (res) => {
      res.resume();
      res.on('end', () => resolve({ status: res.statusCode ?? 0, ms: performance.now() - t0 }));
    });
    req.on('error', reject);
    req.end();
  });
}

async function drive(path: string, cookie: string) {
  const latencies: number[] = [];
  let errors = 0;
  const until = performance.now() + seconds * 1000;
  const worker = async () => {
    while (performance.now() < until) {
      const r = await get(path, cookie);
      if (r.status !== 200) errors++;
      latencies.push(r.ms);
    }
  };
  const t0 = performance.now();
  await Promise.all(Array.from({ length: concurrency }, worker));
  const elapsed = (performance.now() - t0) / 1000;
  latencies.sort((a, b) => a - b);
  const q = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor(p * latencies.length))] ?? 0;
  return { path, requests: latencies.length, errors, reqPerSec: Math.round(latencies.length / elapsed), p50Ms: +q(0.5).toFixed(2), p99Ms: +q(0.99).toFixed(2) };
}

const dir = mkdtempSync(join(tmpdir(), 'modality-bench-api-'));
const server = spawn(process.execPath, [BIN, 'serve', '--port', String(PORT), '--host', '127.0.0.1'], { env: { ...process.env, MODALITY_DATA_DIR: dir, DATABASE_URL: '', LOG_LEVEL: 'warn' }, stdio: 'ignore' });
try {
  for (let i = 0; ; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${String(PORT)}/api/health`)).ok) break;
    } catch {
      if (i > 200) throw new Error('server did not start');
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  const sign = await fetch(`http://127.0.0.1:${String(PORT)}/api/v1/auth/sign-in`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: `${values.as}@demo.modality.test`, password: 'modality-demo' }) });
  const cookie = (sign.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const people = (await (await fetch(`http://127.0.0.1:${String(PORT)}/api/v1/people`, { headers: { cookie } })).json()) as { items: Array<{ id: string }> };
  const someone = people.items[0]?.id ?? '';
  const results = [];
  for (const path of ['/api/health', '/api/v1/auth/me', '/api/v1/people', `/api/v1/people/${someone}/record`]) results.push(await drive(path, cookie));
  if (values.json) console.log(JSON.stringify({ seconds, concurrency, results }, null, 2));
  else {
    console.log(`API reads on SQLite as ${values.as}, ${String(concurrency)} in flight, ${String(seconds)} s each (budget: >= 2000 req/s, p99 <= 50 ms)`);
    console.table(results);
  }
} finally {
  server.kill('SIGTERM');
  agent.destroy();
  rmSync(dir, { recursive: true, force: true });
}
