/**
 * `npm run bench:api -- --scenario search`: recruiter search over real HTTP with N candidates in the live
 * index, on PostgreSQL. Recreates the database (`--database`), loads the demo organisations and postings
 * (`modality db seed --demo`), writes N generated candidates straight into the tables
 * (`search-candidates.ts`), then:
 *
 * 1. starts `modality serve` (node A) and measures start-up to a ready index: from spawning the process to
 *    the first answered search (the server also logs how long the build itself took);
 * 2. drives `GET /api/v1/postings/{id}/candidates?k=50` as a signed-in recruiter with autocannon at a fixed
 *    number of connections, checking every answer (status 200, k matches, sorted by score) — one wrong
 *    answer fails the run — and reports p50/p99;
 * 3. starts a second server process (node B) on the same database; a candidate changes her profile through
 *    node A and the time until node B's answer reflects it is measured, `--changes` times (p50, max).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import pg from 'pg';
import { insertCandidates } from './search-candidates.js';

export interface SearchOptions {
  readonly candidates: number;
  readonly database: string;
  readonly seconds: number;
  readonly connections: number;
  readonly changes: number;
  readonly reuse: boolean;
  readonly json: boolean;
}

const BIN = fileURLToPath(new URL('../../apps/cli/bin/modality.js', import.meta.url));
const K = 50;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const quantile = (xs: readonly number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? NaN;
};

interface Ranking {
  readonly totalQualified: number;
  readonly matches: ReadonlyArray<{ readonly score: number; readonly candidate: { readonly handle: string } }>;
}

/** Whether an answer is right: k matches (or every qualified one, if fewer), scores never rising. */
function wrongAnswer(status: number, body: string, k: number): string | undefined {
  if (status !== 200) return `status ${String(status)}: ${body.slice(0, 200)}`;
  const r = JSON.parse(body) as Ranking;
  if (r.matches.length !== Math.min(k, r.totalQualified)) return `${String(r.matches.length)} matches for k=${String(k)} with ${String(r.totalQualified)} qualified`;
  for (let i = 1; i < r.matches.length; i++) if ((r.matches[i]?.score ?? 0) > (r.matches[i - 1]?.score ?? 0)) return `not sorted by score at ${String(i)}`;
  return undefined;
}

async function recreateDatabase(url: string): Promise<void> {
  const target = new URL(url);
  const name = target.pathname.slice(1);
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`--database must name a plain database, not ${JSON.stringify(name)}`);
  const admin = new URL(url);
  admin.pathname = '/postgres';
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await client.query(`CREATE DATABASE ${name}`);
  } finally {
    await client.end();
  }
}

async function countCandidates(url: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  try {
    await client.connect();
    const { rows } = await client.query<{ n: string }>("SELECT COUNT(*) AS n FROM candidate_profiles WHERE person_id LIKE 'bench-%'");
    return Number(rows[0]?.n ?? 0);
  } catch {
    return -1;
  } finally {
    await client.end().catch(() => undefined);
  }
}

function run(args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { env, stdio: ['ignore', 'ignore', 'inherit'] });
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`modality ${args.join(' ')} exited with ${String(code)}`))));
  });
}

interface Node {
  readonly base: string;
  readonly child: ChildProcess;
  /** The server's own log line "Candidate ranking index ready: … in X s", once it has said it. */
  readonly buildSeconds: () => number | undefined;
}

function startNode(port: number, database: string): Node {
  const child = spawn(process.execPath, [BIN, 'serve', '--port', String(port), '--host', '127.0.0.1'], {
    env: { ...process.env, DATABASE_URL: database, LOG_LEVEL: 'info', NODE_OPTIONS: '--max-old-space-size=8192' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let seconds: number | undefined;
  let buffered = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    buffered += chunk.toString();
    const m = /Candidate ranking index ready: \d+ candidates in ([\d.]+) s/.exec(buffered);
    if (m !== null) seconds = Number(m[1]);
    if (buffered.length > 100_000) buffered = buffered.slice(-1000);
  });
  return { base: `http://127.0.0.1:${String(port)}`, child, buildSeconds: () => seconds };
}

interface Session {
  readonly cookie: string;
  readonly csrf: string;
}

async function signIn(base: string, who: string): Promise<Session> {
  for (let i = 0; ; i++) {
    try {
      const res = await fetch(`${base}/api/v1/auth/sign-in`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: `${who}@demo.modality.test`, password: 'modality-demo' }) });
      if (res.ok) return { cookie: (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '', csrf: ((await res.json()) as { csrfToken: string }).csrfToken };
      if (res.status !== 502 && res.status !== 503) throw new Error(`sign-in of ${who}: ${String(res.status)} ${await res.text()}`);
    } catch (error) {
      if (!(error instanceof TypeError)) throw error; // not listening yet
    }
    if (i > 3000) throw new Error(`${base} did not start`);
    await sleep(50);
  }
}

async function search(base: string, session: Session, postingId: string, k: number): Promise<Ranking> {
  const res = await fetch(`${base}/api/v1/postings/${postingId}/candidates?k=${String(k)}`, { headers: { cookie: session.cookie } });
  const body = await res.text();
  const wrong = wrongAnswer(res.status, body, k);
  if (wrong !== undefined) throw new Error(`wrong answer from ${base}: ${wrong}`);
  return JSON.parse(body) as Ranking;
}

async function postingId(base: string, reference: string, session: Session): Promise<string> {
  const res = await fetch(`${base}/api/v1/postings?limit=100`, { headers: { cookie: session.cookie } });
  const items = ((await res.json()) as { items: Array<{ id: string; title: string; reference?: string | null }> }).items;
  const found = items.find((p) => p.reference === reference) ?? items.find((p) => p.title.startsWith(reference));
  if (found === undefined) throw new Error(`no posting ${reference} among ${items.map((p) => p.title).join(', ')}`);
  return found.id;
}

export async function searchScenario(o: SearchOptions): Promise<void> {
  const env = { ...process.env, DATABASE_URL: o.database, LOG_LEVEL: 'warn' };
  const t = { generate: NaN };
  if (!o.reuse || (await countCandidates(o.database)) !== o.candidates) {
    await recreateDatabase(o.database);
    await run(['db', 'seed', '--demo'], env);
    const started = performance.now();
    let last = 0;
    await insertCandidates(o.database, o.candidates, (done) => {
      if (done - last >= 50_000 || done === o.candidates) {
        last = done;
        process.stderr.write(`  ${done.toLocaleString('en-US')} candidates written\n`);
      }
    });
    t.generate = (performance.now() - started) / 1000;
  }
  const port = 44000 + Math.floor(Math.random() * 1000);
  const nodes: Node[] = [];
  try {
    // 1. Start-up to a ready index.
    const spawned = performance.now();
    const a = startNode(port, o.database);
    nodes.push(a);
    const recruiter = await signIn(a.base, 'nina.cole');
    const ct = await postingId(a.base, 'CT Technologist', await signIn(a.base, 'victor.huang'));
    const travel = await postingId(a.base, 'Travel Radiographer', recruiter);
    const first = await search(a.base, recruiter, travel, K);
    const startup = (performance.now() - spawned) / 1000;

    // 2. Recruiter search under load, every answer checked.
    for (let i = 0; i < 20; i++) await search(a.base, recruiter, travel, K);
    let wrong: string | undefined;
    let checked = 0;
    const load = await autocannon({
      url: `${a.base}/api/v1/postings/${travel}/candidates?k=${String(K)}`,
      connections: o.connections,
      duration: o.seconds,
      headers: { cookie: recruiter.cookie },
      requests: [
        {
          method: 'GET',
          onResponse(status: number, body: string) {
            checked++;
            wrong ??= wrongAnswer(status, body, K);
          },
        },
      ],
    });
    if (wrong !== undefined) throw new Error(`wrong answer under load: ${wrong}`);
    if (load.non2xx + load.errors > 0 || checked === 0) throw new Error(`${String(load.non2xx)} non-2xx answers, ${String(load.errors)} errors, ${String(checked)} checked`);

    // 3. A second node on the same database; a change through A, timed until B answers with it.
    const b = startNode(port + 1, o.database);
    nodes.push(b);
    const victorB = await signIn(b.base, 'victor.huang');
    await search(b.base, victorB, ct, 1);
    const ana = await signIn(a.base, 'ana.reyes');
    const lags: number[] = [];
    let enabled = true;
    const before = (await search(b.base, victorB, ct, 1)).totalQualified;
    for (let i = 0; i < o.changes; i++) {
      enabled = !enabled;
      const want = enabled ? before : before - 1;
      const res = await fetch(`${a.base}/api/v1/me/profile`, { method: 'PUT', headers: { cookie: ana.cookie, 'x-csrf-token': ana.csrf, 'content-type': 'application/json' }, body: JSON.stringify({ enabled }) });
      if (!res.ok) throw new Error(`profile change through node A: ${String(res.status)} ${await res.text()}`);
      const changed = performance.now();
      for (;;) {
        if ((await search(b.base, victorB, ct, 1)).totalQualified === want) break;
        if (performance.now() - changed > 30_000) throw new Error('node B did not see the change within 30 s');
        await sleep(5);
      }
      lags.push(performance.now() - changed);
      await sleep(100);
    }
    if (!enabled) await fetch(`${a.base}/api/v1/me/profile`, { method: 'PUT', headers: { cookie: ana.cookie, 'x-csrf-token': ana.csrf, 'content-type': 'application/json' }, body: JSON.stringify({ enabled: true }) });

    const result = {
      candidates: o.candidates,
      qualifiedForThePosting: first.totalQualified,
      generateSeconds: Number.isNaN(t.generate) ? null : Number(t.generate.toFixed(1)),
      startupToReadySeconds: Number(startup.toFixed(1)),
      indexBuildSeconds: a.buildSeconds() ?? null,
      search: { connections: o.connections, seconds: o.seconds, requests: load.requests.total, reqPerSec: Math.round(load.requests.average), p50Ms: load.latency.p50, p99Ms: load.latency.p99, checked },
      secondNode: { changes: lags.length, p50Ms: Math.round(quantile(lags, 0.5)), maxMs: Math.round(Math.max(...lags)) },
      loadAverage: (await import('node:os')).loadavg().map((x) => Number(x.toFixed(1))),
    };
    if (o.json) console.log(JSON.stringify(result, null, 2));
    else {
      console.log(`Recruiter search over HTTP on PostgreSQL: ${o.candidates.toLocaleString('en-US')} candidates in the index (${String(first.totalQualified)} qualified for the posting), k=${String(K)}, ${String(o.connections)} connections for ${String(o.seconds)} s (autocannon); every answer checked`);
      console.table({
        'generate candidates (s)': { value: result.generateSeconds ?? 'reused' },
        'start-up to a ready index (s)': { value: result.startupToReadySeconds },
        'of which the index build (s)': { value: result.indexBuildSeconds ?? 'not logged' },
        'search p50 (ms)': { value: result.search.p50Ms },
        'search p99 (ms)': { value: result.search.p99Ms },
        'searches per second': { value: result.search.reqPerSec },
        'answers checked': { value: checked },
        'change on A seen by B, p50 (ms)': { value: result.secondNode.p50Ms },
        'change on A seen by B, max (ms)': { value: result.secondNode.maxMs },
        [`changes (${String(lags.length)})`]: { value: lags.length },
        'load average 1/5/15 min': { value: result.loadAverage.join(' / ') },
      });
    }
  } finally {
    for (const n of nodes) n.child.kill('SIGTERM');
  }
}
