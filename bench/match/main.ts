import { availableParallelism, cpus, loadavg } from 'node:os';
import { readRow } from '@modality/matching';
import { parseArgs } from 'node:util';
import { checkClass, type ClassCheck } from './check.js';
import { runPeerProcess, runReferenceProcess } from './children.js';
import { ensureDataset, loadDataset } from './dataset.js';
import type { Size } from './generate.js';
import { isPeerName, PEER_NAMES, type PeerName } from './peers/registry.js';
import { QUERY_CLASSES, querySet, type QueryClass, type QuerySet } from './queries.js';
import { startPrivateCluster, type PrivateCluster } from './pg-cluster.js';
import { mergeReferences, readCachedReferences, referenceCachePath, writeCachedReferences, type References } from './references.js';
import { formatReport, summarise } from './report.js';
import type { PeerRun } from './run.js';

const USAGE = `npm run bench:match -- [--size S|M|L] [--peers ${PEER_NAMES.join(',')}] [--queries 200] [--warmup 200] [--check N]
                       [--threads N] [--seed 42] [--k 50] [--pg-url URL | --pg-shared-buffers 2GB] [--json]
Every peer runs in its own process, one after another, on the same query lists: --warmup queries per
class, then --queries timed ones. PostgreSQL: a private cluster the harness starts (initdb, pg_ctl on a
free port) and deletes, its shared_buffers sized to hold the data; or the server at --pg-url (or
BENCH_PG_URL), tuned per session only. The first --check timed answers per class (default: all) of every peer
are checked against the brute-force reference (cached per dataset and query list under
bench/match/.data/), and every timed answer of every peer against the engine's. Exit 1 if a peer fails or is
missing, or any answer is not exact; exit 2 on bad arguments. Progress on stderr; the report (or, with
--json, one JSON document) on stdout.`;

function usage(message: string): never {
  process.stderr.write(`${message}\n\n${USAGE}\n`);
  process.exit(2);
}

const { values } = (() => {
  try {
    return parseArgs({
      options: {
        size: { type: 'string', default: 'S' },
        peers: { type: 'string', default: PEER_NAMES.join(',') },
        queries: { type: 'string', default: '200' },
        warmup: { type: 'string', default: '200' },
        check: { type: 'string' },
        threads: { type: 'string', default: String(availableParallelism()) },
        seed: { type: 'string', default: '42' },
        k: { type: 'string', default: '50' },
        'pg-url': { type: 'string', default: process.env.BENCH_PG_URL },
        'pg-shared-buffers': { type: 'string', default: '2GB' },
        json: { type: 'boolean', default: false },
        help: { type: 'boolean', default: false },
      },
    });
  } catch (e) {
    return usage(e instanceof Error ? e.message : String(e));
  }
})();
if (values.help) {
  process.stdout.write(`${USAGE}\n`);
  process.exit(0);
}

const size = values.size as Size;
if (!['S', 'M', 'L'].includes(size)) usage(`--size must be S, M or L, not "${values.size}"`);
const positive = (name: string, v: string): number => {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 0 || (n === 0 && name !== 'warmup')) usage(`--${name} must be a ${name === 'warmup' ? 'non-negative' : 'positive'} integer, not "${v}"`);
  return n;
};
const queries = positive('queries', values.queries);
const warmup = positive('warmup', values.warmup);
const threads = positive('threads', values.threads);
const seed = positive('seed', values.seed);
const k = positive('k', values.k);
const checkCount = Math.min(queries, positive('check', values.check ?? String(queries)));
const names = values.peers.split(',').filter((n) => n !== '');
const unknown = names.filter((n) => !isPeerName(n));
if (unknown.length > 0) usage(`unknown peer(s): ${unknown.join(', ')} (known: ${PEER_NAMES.join(', ')})`);
const peers = names as PeerName[];

const log = (line: string): void => void process.stderr.write(`${line}\n`);
const dir = ensureDataset(size, seed);
const ds = loadDataset(dir);
const qs = querySet(ds, queries, warmup, seed);
log(`dataset ${dir}: ${ds.cols.n} candidates, ${ds.postings.length} postings; ${queries} timed + ${warmup} warm-up queries per class`);
if (queries < 200) log(`note: ${queries} timed queries per class is fewer than 200; the p99 is then close to the slowest single query`);

const runs: PeerRun[] = [];
const errors: string[] = [];
const isPg = (p: PeerName): boolean => p === 'pg' || p === 'pg-gin';
let cluster: PrivateCluster | null = null;
if (values['pg-url'] === undefined && peers.some(isPg)) {
  try {
    cluster = await startPrivateCluster(values['pg-shared-buffers'], threads, log);
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    log(`PostgreSQL: FAILED to start a private cluster — ${message}`);
    for (const p of peers.filter(isPg)) errors.push(`${p} failed: no private PostgreSQL cluster (${message.split('\n')[0] ?? ''}); pass --pg-url to use a running server`);
  }
}
const pgUrl = cluster?.url ?? values['pg-url'] ?? '';

const loadBefore = loadavg();
// The box is shared: the 1-minute load average, sampled while the peers run, goes into the report.
const loadSamples: number[] = [];
const loadTimer = setInterval(() => loadSamples.push(loadavg()[0] ?? 0), 10_000);
for (const name of peers.filter((p) => !isPg(p) || pgUrl !== '')) {
  try {
    runs.push(await runPeerProcess({ peer: name, dir, qs, k, seed, options: { threads, pgUrl } }));
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    log(`${name}: FAILED — ${message}`);
    errors.push(`${name} failed: ${message.split('\n')[0] ?? ''}`);
  }
}
const loadAfter = loadavg();
clearInterval(loadTimer);
cluster?.stop();
const loadDuring = loadSamples.length === 0 ? null : { min: Math.min(...loadSamples), mean: loadSamples.reduce((a, b) => a + b, 0) / loadSamples.length, max: Math.max(...loadSamples) };

// The reference runs after every peer, so it never competes with a timed query for the CPU.
// The reference answers the first `checkCount` timed queries of each class.
const head = <T>(l: readonly T[]): T[] => l.slice(0, checkCount);
const refQs: QuerySet = { warmup: qs.warmup, timed: { posting: { typical: head(qs.timed.posting.typical), broad: head(qs.timed.posting.broad), narrow: head(qs.timed.posting.narrow) }, candidates: head(qs.timed.candidates) } };
const cachePath = referenceCachePath(ds, refQs, k);
let refs: References | null = readCachedReferences(cachePath);
if (refs === null) {
  const t0 = performance.now();
  const parts = Math.max(1, threads);
  log(`reference: computing brute-force answers for ${QUERY_CLASSES.length} × ${checkCount} queries in ${parts} process(es)…`);
  refs = mergeReferences(await Promise.all(Array.from({ length: parts }, (_, part) => runReferenceProcess({ dir, qs: refQs, k, part, parts }))));
  writeCachedReferences(cachePath, refs);
  log(`reference: ${Math.round((performance.now() - t0) / 1000)} s (cached in ${cachePath})`);
} else log(`reference: cached answers from ${cachePath}`);

const postingById = new Map(ds.postings.map((p) => [p.id, p]));
// The dataset's row i holds candidate id i + 1 (generate.ts).
const ctx = { k, candidate: (id: number) => (ds.cols.id[id - 1] === id ? readRow(ds.cols, id - 1) : undefined), posting: (id: number) => postingById.get(id) };
// Every timed answer is also compared with the engine's answer to the same query (the engine's with the first other peer's).
const baselineOf = (peer: string): PeerRun | null => runs.find((r) => r.peer !== peer && r.peer === 'engine') ?? runs.find((r) => r.peer !== peer) ?? null;
const checks = new Map<string, Map<QueryClass, ClassCheck>>();
for (const run of runs) {
  const base = baselineOf(run.peer);
  checks.set(run.peer, new Map(run.classes.map((c) => [c.queryClass, checkClass(c, qs, refs[c.queryClass], ctx, base?.classes.find((b) => b.queryClass === c.queryClass) ?? null)])));
}

const summary = summarise(runs, checks, errors, queries, checkCount);
const cpu = cpus()[0]?.model ?? 'unknown CPU';
const header = [
  `dataset ${size} (seed ${seed}): ${ds.cols.n} candidates, ${ds.postings.length} postings, k = ${k}`,
  `every peer: the same ${warmup} warm-up then ${queries} timed queries per class, in its own process, one peer at a time; ${checkCount === queries ? 'every timed answer' : `the first ${checkCount} timed answers per class`} checked against the brute-force reference${runs.length > 1 ? ', every timed answer cross-checked against the engine\'s (the engine\'s against the next peer\'s)' : ''}`,
  `machine: ${availableParallelism()} cores (${cpu}); load average ${loadBefore.map((x) => x.toFixed(2)).join(' ')} before the peers, ${loadAfter.map((x) => x.toFixed(2)).join(' ')} after${loadDuring === null ? '' : `; 1-minute load while they ran (every 10 s) min ${loadDuring.min.toFixed(2)}, mean ${loadDuring.mean.toFixed(2)}, max ${loadDuring.max.toFixed(2)}`}`,
];
if (values.json) {
  const doc = {
    dataset: { size, seed, candidates: ds.cols.n, postings: ds.postings.length, k, sha256: ds.manifest.files },
    method: { timedQueriesPerClass: queries, warmupQueriesPerClass: warmup, checkedAgainstReferencePerClass: checkCount, threads, referenceCache: cachePath },
    machine: { cores: availableParallelism(), cpu, loadAverageBefore: loadBefore, loadAverageAfter: loadAfter, oneMinuteLoadWhilePeersRan: loadDuring },
    peers: runs.map((r) => ({ peer: r.peer, threads: r.threads, settings: r.settings, loadMs: r.loadMs, memory: r.memory, extras: r.extras })),
    results: summary.rows,
    targets: summary.targets,
    failures: summary.failures,
  };
  process.stdout.write(`${JSON.stringify(doc, null, 2)}\n`);
} else process.stdout.write(formatReport(header, runs, summary));
process.exitCode = summary.failures.length === 0 ? 0 : 1;
