import { parseArgs } from 'node:util';
import { calendarDate, mulberry32, PERSON_RECORD_FORMAT, type CalendarDate, type PersonRecord } from '@modality/domain';
import { CREDENTIAL_CATALOGUE, isHoldableCredential, JURISDICTION_CODES, JOB_ROLE_CODES } from '@modality/knowledge';
import { plan, type Plan } from '@modality/planner';

/**
 * npm run bench:plan [-- --json] [--plans N] [--seed S] [--as-of DATE]: plans N generated (record, role,
 * jurisdiction) requests (default 20,000; a fifth of them blank starts) one at a time and reports the median
 * and p99 time per plan. Before timing it checks every plan: no step before its prerequisites, no satisfied
 * step in the plan, and the same request planned twice gives the same plan. Budget (issue 4): ≤ 20 ms median.
 */
const { values } = parseArgs({
  options: {
    json: { type: 'boolean', default: false },
    plans: { type: 'string', default: '20000' },
    seed: { type: 'string', default: '42' },
    'as-of': { type: 'string', default: '2026-11-26' },
  },
});
const n = Number(values.plans);
const asOf = calendarDate(values['as-of']);
const BUDGET_MS = 20;

const rand = mulberry32(Number(values.seed));
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)] as T;
const HOLDABLE = CREDENTIAL_CATALOGUE.map((c) => c.code).filter(isHoldableCredential);
const COUNTRIES = ['US', 'US', 'US', 'GB', 'IE', 'AU', 'CA', 'PH', 'IN'];
const DATES = ['2010-05-01', '2016-05-10', '2020-01-15', '2024-06-01', '2026-03-01'].map(calendarDate);

function record(): PersonRecord {
  const country = pick(COUNTRIES);
  const credentials = new Map<string, { credential: string; earnedOn: CalendarDate }>();
  for (let i = Math.floor(rand() * 4); i > 0; i--) {
    const c = pick(HOLDABLE);
    credentials.set(c, { credential: c, earnedOn: pick(DATES) });
  }
  const education = Array.from({ length: Math.floor(rand() * 3) }, () => ({
    kind: pick(['program', 'degree'] as const),
    discipline: pick(['radiography', 'sonography', 'nuclear-medicine', 'mri', 'radiation-therapy'] as const),
    award: pick(['certificate', 'associate', 'bachelor'] as const),
    country: rand() < 0.7 ? country : pick(COUNTRIES),
    approvedBy: rand() < 0.5 ? (['arrt', 'jrcert'] as const) : (['other'] as const),
    completedOn: pick(DATES),
  }));
  const ce = Array.from({ length: Math.floor(rand() * 6) }, (_, i) => ({
    title: `activity ${i}`,
    completedOn: pick(DATES),
    credits: 1 + Math.floor(rand() * 8),
    kind: 'structured-education' as const,
    forCredential: pick(['arrt:CT', 'arrt:MR', 'arrt:M']),
    contentCategory: pick(['Patient Care', 'Safety', 'Image Production', 'Procedures']),
  }));
  const clinical = Array.from({ length: Math.floor(rand() * 4) }, () => ({ procedure: pick(['ct:head', 'mri:brain', 'radiography:chest']), performedOn: pick(DATES), count: 1 + Math.floor(rand() * 30), hours: Math.floor(rand() * 300) }));
  return { format: PERSON_RECORD_FORMAT, person: { name: 'Bench Person', birthDate: calendarDate('1990-05-17'), country }, education, credentials: [...credentials.values()], ce, clinical, exams: [] };
}

interface Request {
  readonly target: string;
  readonly in: string;
  readonly record?: PersonRecord;
}
const genStart = performance.now();
const requests: Request[] = Array.from({ length: n }, () => {
  const r = { target: pick(JOB_ROLE_CODES), in: rand() < 0.6 ? pick(['us-tx', 'us-ca', 'us-ny', 'us-fl', 'us-oh', 'gb', 'ie', 'au', 'ca-on', 'ca-ab']) : pick(JURISDICTION_CODES) };
  return rand() < 0.2 ? r : { ...r, record: record() };
});
const genMs = performance.now() - genStart;

const run = (r: Request): Plan => {
  const out = plan({ target: r.target, in: r.in, asOf, ...(r.record === undefined ? {} : { record: r.record }) });
  if (!out.ok) throw new Error(`unexpected bad input: ${JSON.stringify(out.error)}`);
  return out.value;
};

// Correctness first, on every plan.
let problems = 0;
const examples: string[] = [];
const fail = (msg: string) => {
  problems++;
  if (examples.length < 3) examples.push(msg);
};
requests.forEach((r, i) => {
  const p = run(r);
  const seen = new Set<string>();
  for (const s of p.steps) {
    for (const a of s.after) if (!seen.has(a)) fail(`${r.target} in ${r.in}: ${s.id} before its prerequisite ${a}`);
    seen.add(s.id);
  }
  for (const s of p.satisfied) if (seen.has(s.id)) fail(`${r.target} in ${r.in}: satisfied step ${s.id} is in the plan`);
  if (i < 2000 && JSON.stringify(run(r)) !== JSON.stringify(p)) fail(`${r.target} in ${r.in}: two runs differ`);
});

// Warm-up, then time each plan.
for (let i = 0; i < Math.min(2000, n); i++) run(requests[i] as Request);
const times = new Float64Array(n);
const start = performance.now();
for (let i = 0; i < n; i++) {
  const t0 = performance.now();
  run(requests[i] as Request);
  times[i] = performance.now() - t0;
}
const totalMs = performance.now() - start;
times.sort();
const q = (p: number) => times[Math.min(n - 1, Math.floor(p * n))] ?? 0;
const result = {
  bench: 'plan',
  plans: n,
  blankStarts: requests.filter((r) => r.record === undefined).length,
  asOf,
  generateMs: Math.round(genMs),
  medianMs: q(0.5),
  p99Ms: q(0.99),
  maxMs: times[n - 1] ?? 0,
  plansPerSecond: Math.round(n / (totalMs / 1000)),
  budgetMedianMs: BUDGET_MS,
  withinBudget: q(0.5) <= BUDGET_MS,
  checks: { problems, examples },
  node: process.version,
};
if (values.json) console.log(JSON.stringify(result));
else {
  console.log(`plan: ${n} plans (${result.blankStarts} blank starts), as of ${asOf}`);
  console.log(`  median ${result.medianMs.toFixed(3)} ms   p99 ${result.p99Ms.toFixed(3)} ms   max ${result.maxMs.toFixed(3)} ms   ${result.plansPerSecond} plans/s`);
  console.log(`  budget ≤ ${BUDGET_MS} ms median: ${result.withinBudget ? 'met' : 'MISSED'}`);
  console.log(`  checks: ${problems === 0 ? 'every plan ordered, no satisfied step planned, deterministic' : `${problems} problems: ${examples.join('; ')}`}`);
}
if (problems > 0) process.exitCode = 1;
