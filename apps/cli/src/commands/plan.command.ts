import { planPathway, type Plan, type PlanStep } from '@modality/app';
import { confidenceWords, planRequestSchema } from '@modality/contracts';
import { systemClock } from '@modality/runtime';
import { Command } from 'commander';
import { parseOptions } from '../input/options.js';
import { readRecordFile } from '../input/record-file.js';
import { processIo, type Io } from '../io.js';
import { commandAction, succeeded } from '../outcome.js';
import { todayLocal } from '../today.js';

const months = (m: number): string => (Number.isInteger(m) ? String(m) : m.toFixed(1));
const money = (n: number): string => n.toLocaleString('en-US', { maximumFractionDigits: 2 });

function stepLine(s: PlanStep, i: number, steps: readonly PlanStep[]): string[] {
  const d = s.duration === null ? 'time: not confirmed here' : `time: ${s.duration.stated}`;
  const c = s.cost === null ? 'cost: not confirmed here' : `cost: ${s.cost.currency} ${money(s.cost.min)}${s.cost.max === s.cost.min ? '' : `–${money(s.cost.max)}`}`;
  const tag = s.confidence === 'official' ? '' : ` (${confidenceWords(s.confidence, s.sources[0] ?? null)})`;
  // Steps wait for other steps by number, never by id.
  const after = s.after.map((id) => `step ${steps.findIndex((x) => x.id === id) + 1}`).filter((x) => x !== 'step 0');
  return [`${i + 1}. ${s.title}${tag}`, `   ${s.kind.replace(/-/g, ' ')}; ${d}; ${c}${after.length > 0 ? `; after ${after.join(', ')}` : ''}`, ...s.sources.slice(0, 2).map((u) => `   source: ${u}`)];
}

/** The plan as text for people. */
export function renderPlan(p: Plan): string {
  const lines = [`Plan: ${p.target.roleTitle} in ${p.target.jurisdictionName} (as of ${p.asOf}, from ${p.from === 'blank' ? 'a blank start' : 'the record'})`];
  if (p.status === 'not-covered') return [...lines, ...p.warnings.map((w) => `  ! ${w}`)].join('\n');
  if (p.status === 'already-qualified') lines.push('Already qualified: nothing left to do on this route.');
  else {
    lines.push(`Route: ${p.route?.title ?? ''}`, '');
    p.steps.forEach((s, i) => lines.push(...stepLine(s, i, p.steps)));
    const t = p.totals;
    const span = t.duration === null ? '' : t.duration.minMonths === t.duration.maxMonths ? months(t.duration.minMonths) : `${months(t.duration.minMonths)}–${months(t.duration.maxMonths)}`;
    const time = t.duration === null ? 'not confirmed here' : `${span} months${t.durationComplete ? '' : ' (known steps only)'}`;
    const cost = t.cost.length === 0 ? 'not confirmed here' : `${t.cost.map((c) => `${c.currency} ${money(c.min)}–${money(c.max)}`).join(' + ')}${t.costComplete ? '' : ' (known steps only)'}`;
    lines.push('', `Total: ${t.steps} steps; time ${time}; cost ${cost}`);
  }
  if (p.satisfied.length > 0) lines.push('', 'Already satisfied:', ...p.satisfied.map((s) => `  ✓ ${s.title} — ${s.reason}`));
  if (p.alternatives.routes.length > 1) {
    const title = (id: string) => p.alternatives.routes.find((r) => r.id === id)?.title ?? id;
    lines.push('', 'Alternatives by time:', ...p.alternatives.byTime.map((id, i) => `  ${i + 1}. ${title(id)}`));
    lines.push('Alternatives by cost:', ...p.alternatives.byCost.map((id, i) => `  ${i + 1}. ${title(id)}`));
  }
  if (p.warnings.length > 0) lines.push('', 'Warnings:', ...p.warnings.map((w) => `  ! ${w}`));
  return lines.join('\n');
}

/** The request fields of a plan as the command's options name them. */
const OPTION_NAMES = { target: '--target', in: '--in', asOf: '--as-of' } as const;

/** `modality plan --target ROLE --in JURISDICTION [--from RECORD] [--as-of DATE] [--json]`. */
export function planCommand(io: Io = processIo): Command {
  return new Command('plan')
    .description('A sourced step-by-step plan to a role in a US state, the UK, Ireland, Australia or a Canadian province')
    .requiredOption('--target <role>', 'role code, e.g. radiographer, ct-technologist, sonographer')
    .requiredOption('--in <jurisdiction>', 'us-xx (state), gb, ie, au or ca-xx (province)')
    .option('--from <record>', 'a person record (JSON, format modality/person-record@1); without it, a blank start')
    .option('--as-of <date>', 'plan on this day (YYYY-MM-DD; default today)')
    .option('--json', 'print the plan as JSON (format modality/plan@1)')
    .addHelpText('after', '\nDurations are in months, costs in the currency of their source; a value no source gives is null (never estimated).\nExit codes: 0 ok, 2 bad input (unknown role or jurisdiction — the valid ones are listed — or a bad record or date).')
    .action(
      commandAction(
        io,
        async (opts: { target: string; in: string; from?: string; asOf?: string; json?: boolean }) => {
          const request = parseOptions(planRequestSchema.omit({ record: true }), { target: opts.target, in: opts.in, asOf: opts.asOf }, OPTION_NAMES);
          const record = opts.from === undefined ? undefined : await readRecordFile(opts.from);
          const plan = planPathway({ clock: systemClock }, { ...request, asOf: request.asOf ?? todayLocal(), record });
          return succeeded(opts.json === true ? JSON.stringify(plan, null, 2) : renderPlan(plan));
        },
        OPTION_NAMES,
      ),
    );
}
