import { parseArgs } from 'node:util';
import { calendarDate } from '@modality/domain';
import { RULE_PACK_VERSION } from '@modality/knowledge';
import { evaluate, type Verdict } from '@modality/rules';
import { generateRecords } from './generate.js';
import { referenceArrtBiennium } from './reference.js';

/**
 * npm run bench:rules [-- --json] [--records N] [--seed S] [--as-of DATE]: evaluates N generated person
 * records (default 100,000) one at a time and reports the median and p99 time per record and records per
 * second. Before timing, it checks the engine against a simple reference (the ARRT biennium and its earned
 * credits) and that a second evaluation gives the same verdict. Budget (docs/design.md): ≤ 100 µs median.
 */
const { values } = parseArgs({
  options: {
    json: { type: 'boolean', default: false },
    records: { type: 'string', default: '100000' },
    seed: { type: 'string', default: '42' },
    'as-of': { type: 'string', default: '2026-11-26' },
  },
});
const n = Number(values.records);
const seed = Number(values.seed);
const asOf = calendarDate(values['as-of']);
const BUDGET_US = 100;

const genStart = performance.now();
const records = generateRecords(n, seed);
const genMs = performance.now() - genStart;

// Correctness first: the reference and determinism, on every record.
let checked = 0;
let mismatches = 0;
const examples: string[] = [];
for (const rec of records) {
  if ((rec.credentials ?? []).some((c) => c.credential.startsWith('arrt:') && c.status !== undefined)) continue;
  const v: Verdict = evaluate(rec, asOf);
  const entry = v.compliance.find((c) => c.credential.startsWith('arrt:'));
  const ref = entry === undefined ? undefined : referenceArrtBiennium(rec, entry.credential, asOf);
  if (ref === undefined) continue;
  const cycle = entry?.cycles.find((c) => c.rule === 'arrt.ce.biennium');
  checked++;
  if (cycle === undefined || cycle.start !== ref.start || cycle.end !== ref.end || cycle.earned !== ref.earned) {
    mismatches++;
    if (examples.length < 3) examples.push(`${rec.person.name}: engine ${JSON.stringify(cycle)} vs reference ${JSON.stringify(ref)}`);
  }
  if (checked <= 2000 && JSON.stringify(evaluate(rec, asOf)) !== JSON.stringify(v)) mismatches++;
}

// Warm-up, then time each evaluation.
for (const rec of records.slice(0, 5000)) evaluate(rec, asOf);
const times = new Float64Array(n);
let sink = 0;
const total0 = performance.now();
for (let i = 0; i < n; i++) {
  const rec = records[i];
  if (rec === undefined) continue;
  const t0 = performance.now();
  const v = evaluate(rec, asOf);
  times[i] = (performance.now() - t0) * 1000;
  sink += v.compliance.length + v.eligibility.length;
}
const totalMs = performance.now() - total0;
const sorted = Array.from(times).sort((a, b) => a - b);
const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(sorted.length * q) - 1))] ?? 0;
const result = {
  bench: 'rules',
  rulePackVersion: RULE_PACK_VERSION,
  records: n,
  seed,
  asOf,
  medianUs: Math.round(at(0.5) * 100) / 100,
  p99Us: Math.round(at(0.99) * 100) / 100,
  maxUs: Math.round(at(1) * 100) / 100,
  recordsPerSecond: Math.round(n / (totalMs / 1000)),
  budgetMedianUs: BUDGET_US,
  withinBudget: at(0.5) <= BUDGET_US,
  verdictEntries: sink,
  generateMs: Math.round(genMs),
  referenceChecked: checked,
  referenceMismatches: mismatches,
  node: process.version,
};

if (values.json) console.log(JSON.stringify(result, null, 2));
else {
  console.log(`rules engine: ${n.toLocaleString('en-US')} generated records (seed ${seed}), as of ${asOf}, rule packs ${RULE_PACK_VERSION}`);
  console.log(`  median   ${result.medianUs} µs per record   (budget ≤ ${BUDGET_US} µs: ${result.withinBudget ? 'ok' : 'OVER'})`);
  console.log(`  p99      ${result.p99Us} µs`);
  console.log(`  max      ${result.maxUs} µs`);
  console.log(`  rate     ${result.recordsPerSecond.toLocaleString('en-US')} records/s`);
  console.log(`  checked  ${checked.toLocaleString('en-US')} ARRT bienniums against the reference: ${mismatches} mismatch(es)`);
  for (const e of examples) console.log(`    ${e}`);
}
if (mismatches > 0) process.exitCode = 1;
