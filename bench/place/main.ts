import { parseArgs } from 'node:util';
import { deferredAcceptance, optimalPlacement, placementReport, type Placement, type PlacementProblem } from '@modality/matching';
import { generatePlacement } from './generate.js';

/**
 * npm run bench:place [-- --json] [--runs N]: stable (deferred acceptance) and welfare-optimal (min-cost
 * flow) placement on 5,000 × 800 (lists of 20) and an NRMP-sized 45,000 × 6,400 (lists of 12); reports
 * time (median of runs), placed count, rank statistics, blocking pairs and capacity violations for both.
 */
const { values } = parseArgs({ options: { json: { type: 'boolean', default: false }, runs: { type: 'string', default: '21' }, seed: { type: 'string', default: '42' }, 'optimal-large': { type: 'boolean', default: false } } });
const runs = Number(values.runs);
const seed = Number(values.seed);

const instances = [
  { name: '5000x800', students: 5000, sites: 800, list: 20, optimal: true },
  { name: 'nrmp-45000x6400', students: 45_000, sites: 6_400, list: 12, optimal: values['optimal-large'] },
];

function time(f: () => Placement, n: number): { ms: number; p99Ms: number; result: Placement } {
  const times: number[] = [];
  let result = f();
  for (let i = 0; i < n; i++) {
    const s = process.hrtime.bigint();
    result = f();
    times.push(Number(process.hrtime.bigint() - s) / 1e6);
  }
  times.sort((a, b) => a - b);
  return { ms: times[times.length >> 1] ?? 0, p99Ms: times[Math.ceil(times.length * 0.99) - 1] ?? 0, result };
}

const rows: Record<string, unknown>[] = [];
for (const inst of instances) {
  const p: PlacementProblem = generatePlacement(inst.students, inst.sites, inst.list, seed);
  const seats = p.capacity.reduce((a, b) => a + b, 0);
  const modes: ['stable' | 'optimal', () => Placement, number][] = [['stable', () => deferredAcceptance(p), runs]];
  if (inst.optimal) modes.push(['optimal', () => optimalPlacement(p), Math.max(1, Math.min(5, runs))]);
  for (const [mode, f, n] of modes) {
    const { ms, p99Ms, result } = time(f, n);
    const report = placementReport(p, result);
    rows.push({ instance: inst.name, sites: inst.sites, seats, listLength: inst.list, mode, ms, p99Ms, runs: n, ...report });
    process.stderr.write(`${inst.name} ${mode}: ${ms.toFixed(2)} ms, placed ${report.placed}, mean rank ${report.meanRank.toFixed(3)}, blocking ${report.blockingPairs}\n`);
  }
}

if (values.json) process.stdout.write(JSON.stringify({ seed, results: rows }, null, 2) + '\n');
else {
  const cols = ['instance', 'mode', 'ms', 'placed', 'meanRank', 'medianRank', 'firstChoiceShare', 'topThreeShare', 'blockingPairs', 'capacityViolations'];
  const fmt = (v: unknown): string => (typeof v === 'number' ? (Number.isInteger(v) ? String(v) : v.toFixed(3)) : String(v));
  process.stdout.write([cols.map((c) => c.padEnd(18)).join(''), ...rows.map((r) => cols.map((c) => fmt(r[c]).padEnd(18)).join(''))].join('\n') + '\n');
}
