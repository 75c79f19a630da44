import { parseArgs } from 'node:util';
import { median } from './stats.js';
import { engineExtras, measurePeer, prepare, QUERY_CLASSES, references, type ResultRow, type RunOptions } from './run.js';
import type { Size } from './generate.js';
import type { Peer } from './peer.js';
import { EnginePeer } from './peers/engine.js';
import { SqlitePeer } from './peers/sqlite.js';
import { DuckDbPeer } from './peers/duckdb.js';
import { PostgresPeer } from './peers/postgres.js';
import { procStatusMb } from './peer.js';
import { loadDataset } from './dataset.js';
import { allocateColumns } from '@modality/matching';

/**
 * npm run bench:match -- --size S|M|L [--json] [--peers engine,pg,pg-gin,sqlite,sqlite-fts5,duckdb]
 *   [--queries N] [--peer-queries N] [--check N] [--seed N] [--pg-url URL]
 * Progress goes to stderr; stdout carries the table or, with --json, one JSON document.
 */
const { values } = parseArgs({
  options: {
    size: { type: 'string', default: 'S' },
    json: { type: 'boolean', default: false },
    peers: { type: 'string', default: 'engine,pg,pg-gin,sqlite,sqlite-fts5,duckdb' },
    queries: { type: 'string' },
    'peer-queries': { type: 'string' },
    check: { type: 'string' },
    seed: { type: 'string', default: '42' },
    k: { type: 'string', default: '50' },
    'pg-url': { type: 'string', default: process.env.BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres' },
  },
});

const size = values.size as Size;
if (!['S', 'M', 'L'].includes(size)) {
  process.stderr.write('--size must be S, M or L\n');
  process.exit(2);
}
const defaults = { S: [500, 100, 100], M: [1000, 60, 40], L: [1000, 30, 20] }[size];
const o: RunOptions = {
  size,
  seed: Number(values.seed),
  k: Number(values.k),
  engineQueries: Number(values.queries ?? defaults[0]),
  peerQueries: Number(values['peer-queries'] ?? defaults[1]),
  check: Number(values.check ?? defaults[2]),
  // Plan §8.3: at least 200 warm-up queries per class (JIT tiers, caches); a peer measured on fewer
  // queries runs each of them once as warm-up.
  warmup: 200,
  log: (l) => process.stderr.write(`${l}\n`),
};

const prepared = await prepare(o);
let ds = prepared.ds;
const qs = prepared.qs;
const names = (values.peers ?? '').split(',').filter((n) => n !== '');
const results: ResultRow[] = [];
let extras: Record<string, number> = {};
let engineBuildRss = 0;
let engineRssAfterBuild = 0;
let indexBytes = 0;
// The engine runs first, holding only its indexes: the candidate index adopts the dataset's columns
// (reordered in place, no second copy), and the dataset is loaded again afterwards for the reference
// and the other peers.
const engine = new EnginePeer({
  adopt: true,
  afterBuild: () => {
    ds.cols = allocateColumns(0);
  },
});
if (names.includes('engine')) {
  const rows = await measurePeer(engine, ds, qs, new Map(), () => undefined, { ...o, check: 0 }, o.engineQueries);
  engineBuildRss = engine.buildRssMb();
  engineRssAfterBuild = engine.peakRssMb();
  indexBytes = engine.indexBytes();
  extras = engineExtras(engine, qs, o);
  results.push(...rows);
  await engine.close();
  ds = loadDataset(ds.dir);
}
const engineRssMb = procStatusMb('VmHWM');
const { records, refs } = references(ds, qs, o.check, o.k, o.log);
const recordOf = (id: number): (typeof records)[number] | undefined => records[id - 1];
// The engine's answers to the checked queries, verified (a second, unmeasured pass on a fresh build).
if (names.includes('engine')) {
  const verify = await measurePeer(new EnginePeer(), ds, qs, refs, recordOf, { ...o, warmup: 0 }, o.check);
  for (const row of results) {
    const v = verify.find((x) => x.queryClass === row.queryClass);
    if (v !== undefined) Object.assign(row, { recallAtK: v.recallAtK, violations: v.violations, checked: v.checked });
  }
}
const others: Peer[] = [];
for (const n of names) {
  if (n === 'sqlite') others.push(new SqlitePeer('scan'));
  else if (n === 'sqlite-fts5') others.push(new SqlitePeer('fts5'));
  else if (n === 'duckdb') others.push(new DuckDbPeer(1));
  else if (n === 'duckdb-2t') others.push(new DuckDbPeer(2));
  else if (n === 'pg') others.push(new PostgresPeer('scan', values['pg-url'] ?? ''));
  else if (n === 'pg-gin') others.push(new PostgresPeer('gin', values['pg-url'] ?? ''));
  else if (n !== 'engine') o.log(`unknown peer ${n} (skipped)`);
}
for (const peer of others) {
  try {
    results.push(...(await measurePeer(peer, ds, qs, refs, recordOf, o, o.peerQueries)));
  } catch (e) {
    o.log(`${peer.name}: failed — ${String(e)}`);
  } finally {
    await peer.close().catch(() => undefined);
  }
}

const doc = {
  dataset: {
    size,
    seed: o.seed,
    candidates: ds.cols.n,
    postings: ds.postings.length,
    sha256: ds.manifest.files,
    k: o.k,
    queriesPerClass: { engine: o.engineQueries, peers: o.peerQueries, checked: o.check },
    medianQualified: Object.fromEntries(QUERY_CLASSES.map((c) => [c, median((refs.get(c) ?? []).map((r) => r.totalQualified))])),
  },
  results,
  engine: { ...extras, indexMb: indexBytes / 2 ** 20, rssAfterBuildMb: engineRssAfterBuild, buildRssGrowthMb: engineBuildRss, processPeakRssMbBeforeReference: engineRssMb },
};

if (values.json) {
  process.stdout.write(JSON.stringify(doc, null, 2) + '\n');
} else {
  const lines: string[] = [];
  lines.push(`dataset ${size}: ${ds.cols.n} candidates, ${ds.postings.length} postings, k = ${o.k}`);
  // Each cell padded to 12, the class to its longest name, so 'candidate-to-postings' keeps its space.
  const cells = (row: string[]): string => row.map((s, i) => s.padEnd(i === 0 ? Math.max(...QUERY_CLASSES.map((c) => c.length)) + 1 : 12)).join('');
  lines.push(cells(['class', 'peer', 'p50 ms', 'p99 ms', 'p50 ×engine', 'p99 ×engine', 'recall@k', 'violations', 'build ms', 'rss MB']));
  for (const cls of QUERY_CLASSES) {
    const base = results.find((r) => r.peer === 'engine' && r.queryClass === cls);
    for (const r of results.filter((x) => x.queryClass === cls)) {
      const ratio = (a: number, b: number | undefined): string => (b === undefined || b === 0 ? '-' : (a / b).toFixed(1));
      lines.push(cells([cls, r.peer, r.p50Ms.toFixed(3), r.p99Ms.toFixed(3), ratio(r.p50Ms, base?.p50Ms), ratio(r.p99Ms, base?.p99Ms), r.recallAtK.toFixed(4), String(r.violations), r.buildMs.toFixed(0), r.peakRssMb.toFixed(0)]));
    }
  }
  lines.push('engine extras: ' + Object.entries(doc.engine).map(([k, v]) => `${k} ${v.toFixed(3)}`).join(', '));
  process.stdout.write(lines.join('\n') + '\n');
}
