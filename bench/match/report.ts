import { exact, type ClassCheck } from './check.js';
import { QUERY_CLASSES, type QueryClass } from './queries.js';
import { percentile, type PeerRun } from './run.js';

/** The ratio the target asks of the engine on every class: at least 5× faster than the fastest peer. */
export const TARGET_RATIO = 5;

export interface ResultRow {
  peer: string;
  queryClass: QueryClass;
  threads: number;
  timed: number;
  warmup: number;
  p50Ms: number;
  p99Ms: number;
  /** peer / engine (so > 1 means the engine is faster), or null for the engine itself or without an engine row. */
  p50VsEngine: number | null;
  p99VsEngine: number | null;
  /** Timed answers checked against the brute-force reference, and compared with the baseline peer's. */
  checked: number;
  compared: number;
  recall: number;
  violations: number;
  exact: boolean;
}

export interface ClassTarget {
  queryClass: QueryClass;
  fastestP50: { peer: string; ratio: number } | null;
  fastestP99: { peer: string; ratio: number } | null;
  met: boolean;
}

export interface Summary {
  rows: ResultRow[];
  targets: ClassTarget[];
  /** Every reason the run failed: a peer that errored or is missing, an inexact answer, too few samples. */
  failures: string[];
}

/**
 * Rows per (class, peer), the target per class, and the failures. `checks` holds each peer's check of
 * each class; `expected` is the number of timed queries every peer had to run per class.
 */
export function summarise(runs: readonly PeerRun[], checks: ReadonlyMap<string, ReadonlyMap<QueryClass, ClassCheck>>, errors: readonly string[], expected: number, expectedChecked = expected): Summary {
  const failures = [...errors];
  const rows: ResultRow[] = [];
  for (const cls of QUERY_CLASSES) {
    const engine = runs.find((r) => r.peer === 'engine')?.classes.find((c) => c.queryClass === cls);
    const e50 = engine === undefined ? null : percentile(engine.times, 50);
    const e99 = engine === undefined ? null : percentile(engine.times, 99);
    for (const run of runs) {
      const c = run.classes.find((x) => x.queryClass === cls);
      if (c === undefined) {
        failures.push(`${run.peer} ${cls}: no results`);
        continue;
      }
      const check = checks.get(run.peer)?.get(cls) ?? { checked: 0, recall: 0, violations: 0, wrong: [], compared: 0, disagree: [] };
      const p50 = percentile(c.times, 50);
      const p99 = percentile(c.times, 99);
      const isExact = exact(check, expectedChecked);
      if (c.times.length !== expected) failures.push(`${run.peer} ${cls}: ${c.times.length} timed queries, expected ${expected}`);
      if (!isExact) failures.push(`${run.peer} ${cls}: answers not exact (${check.checked} checked against the reference, recall ${check.recall.toFixed(4)}, ${check.violations} violations${check.wrong.length > 0 ? `, first wrong at timed query #${check.wrong[0] ?? -1}` : ''}; ${check.disagree.length} of ${check.compared} rankings differ from the baseline's${check.disagree.length > 0 ? `, first at #${check.disagree[0] ?? -1}` : ''})`);
      const vs = (x: number, base: number | null): number | null => (run.peer === 'engine' || base === null || base === 0 ? null : x / base);
      rows.push({ peer: run.peer, queryClass: cls, threads: run.threads, timed: c.times.length, warmup: c.warmup, p50Ms: p50, p99Ms: p99, p50VsEngine: vs(p50, e50), p99VsEngine: vs(p99, e99), checked: check.checked, compared: check.compared, recall: check.recall, violations: check.violations, exact: isExact });
    }
  }
  const targets = QUERY_CLASSES.map((cls): ClassTarget => {
    const peers = rows.filter((r) => r.queryClass === cls && r.peer !== 'engine');
    const best = (key: 'p50VsEngine' | 'p99VsEngine'): { peer: string; ratio: number } | null => {
      const withRatio = peers.filter((r) => r[key] !== null);
      if (withRatio.length === 0) return null;
      const r = withRatio.reduce((a, b) => ((b[key] ?? Infinity) < (a[key] ?? Infinity) ? b : a));
      return { peer: r.peer, ratio: r[key] ?? 0 };
    };
    const fastestP50 = best('p50VsEngine');
    const fastestP99 = best('p99VsEngine');
    return { queryClass: cls, fastestP50, fastestP99, met: fastestP50 !== null && fastestP99 !== null && fastestP50.ratio >= TARGET_RATIO && fastestP99.ratio >= TARGET_RATIO };
  });
  return { rows, targets, failures };
}

/** A ratio as the table prints it (one decimal), e.g. `9.4×`. */
export function formatRatio(r: number | null): string {
  return r === null ? '-' : `${r.toFixed(1)}×`;
}

const ms = (x: number): string => (x < 10 ? x.toFixed(3) : x < 100 ? x.toFixed(2) : x.toFixed(1));
const table = (rows: string[][]): string[] => {
  const widths = rows[0]?.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length))) ?? [];
  return rows.map((r) => r.map((cell, i) => cell.padEnd((widths[i] ?? 0) + 2)).join('').trimEnd());
};

/** The text report: peers (threads, settings, load, memory), the latency table with ratios, the target per class, the verdict. */
export function formatReport(header: string[], runs: readonly PeerRun[], s: Summary): string {
  const lines = [...header, ''];
  lines.push(
    ...table([
      ['peer', 'threads', 'load ms', 'peak MB', 'before load MB', 'settings'],
      ...runs.map((r) => [r.peer, String(r.threads), r.loadMs.toFixed(0), r.memory === null ? '-' : r.memory.peakMb.toFixed(0), r.memory === null ? '-' : r.memory.baselineMb.toFixed(0), r.settings]),
    ]),
  );
  const methods = [...new Set(runs.map((r) => r.memory?.method).filter((m): m is string => m !== undefined))];
  if (methods.length > 0) lines.push(`peak MB: ${methods.join('; ')}`);
  lines.push('');
  lines.push(
    ...table([
      ['class', 'peer', 'n', 'p50 ms', 'p99 ms', 'p50 vs engine', 'p99 vs engine', 'exact'],
      ...s.rows.map((r) => [r.queryClass, r.peer, String(r.timed), ms(r.p50Ms), ms(r.p99Ms), formatRatio(r.p50VsEngine), formatRatio(r.p99VsEngine), r.exact ? `yes (${r.checked} vs reference${r.compared > 0 ? `, ${r.compared} cross-checked` : ''})` : `NO (recall ${r.recall.toFixed(4)}, ${r.violations} violations)`]),
    ]),
  );
  lines.push('', `target: the engine ≥ ${TARGET_RATIO}× the fastest peer on every class (p50 and p99; "vs engine" = peer time / engine time)`);
  for (const t of s.targets) {
    const part = (label: string, f: ClassTarget['fastestP50']): string => (f === null ? `${label} -` : `${label} ${f.peer} ${formatRatio(f.ratio)}`);
    const verdict = t.met ? 'met' : t.fastestP50 === null ? 'not measured' : `MISSED (${[t.fastestP50, t.fastestP99].filter((f) => f !== null && f.ratio < TARGET_RATIO).map((f) => `${formatRatio(f?.ratio ?? 0)} < ${TARGET_RATIO}×`).join(', ')})`;
    lines.push(`  ${t.queryClass}: fastest peer ${part('p50', t.fastestP50)}, ${part('p99', t.fastestP99)} — ${verdict}`);
  }
  const extras = runs.filter((r) => Object.keys(r.extras).length > 0);
  if (extras.length > 0) lines.push('');
  for (const r of extras) lines.push(`${r.peer}: ${Object.entries(r.extras).map(([k, v]) => `${k} ${v.toFixed(v < 10 ? 3 : 1)}`).join(', ')}`);
  lines.push('');
  lines.push(s.failures.length === 0 ? 'RESULT: every peer ran, every answer exact.' : `RESULT: FAILED\n${s.failures.map((f) => `  - ${f}`).join('\n')}`);
  return lines.join('\n') + '\n';
}
