import { readFile } from 'node:fs/promises';
import { parsePersonRecord } from '@modality/contracts';
import { isCalendarDate, type CalendarDate, type PersonRecord } from '@modality/domain';
import { findCredential } from '@modality/knowledge';
import { evaluate, hasEligibilityRules, type ComplianceEntry, type EligibilityEntry, type Verdict } from '@modality/rules';
import { Command } from 'commander';
import { processIo, type Io } from '../cli-error.js';

/** Exit codes of DESIGN.md §7, as this command uses them. */
export const CHECK_EXIT = { ok: 0, notEligible: 1, badInput: 2 } as const;

/** What a command run produced; the action prints it and sets `process.exitCode`. */
export interface CommandOutcome {
  readonly exitCode: number;
  readonly stdout: string;
  readonly stderr: string;
}

const bad = (lines: readonly string[]): CommandOutcome => ({ exitCode: CHECK_EXIT.badInput, stdout: '', stderr: lines.map((l) => `error: ${l}`).join('\n') });

/** Today's local calendar date — read only here, at the edge. */
export function todayLocal(now: Date = new Date()): CalendarDate {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}` as CalendarDate;
}

/**
 * Validates the options and the record text together, so that every bad input is named at once:
 * `--as-of` must be a real date, `--target` a catalogue code, the text JSON, the JSON a valid record.
 */
export function parseCheckInput(
  text: string | { readonly unreadable: string },
  opts: { readonly asOf?: string; readonly target?: string },
  today: CalendarDate,
): { ok: true; record: PersonRecord; asOf: CalendarDate; target?: string } | { ok: false; problems: string[] } {
  const problems: string[] = [];
  const asOf = opts.asOf ?? today;
  if (!isCalendarDate(asOf)) problems.push(`--as-of: ${JSON.stringify(opts.asOf)} is not a calendar date (YYYY-MM-DD)`);
  if (opts.target !== undefined && findCredential(opts.target) === undefined) problems.push(`--target: unknown credential code ${JSON.stringify(opts.target)} (e.g. arrt:CT, ardms:RDMS, nmtcb:CT)`);
  let record: PersonRecord | undefined;
  if (typeof text !== 'string') problems.push(text.unreadable);
  else {
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (e) {
      problems.push(`the record is not valid JSON: ${(e as Error).message}`);
    }
    if (json !== undefined) {
      const parsed = parsePersonRecord(json);
      if (parsed.ok) record = parsed.value;
      else for (const i of parsed.error) problems.push(`record ${i.path === '' ? '(root)' : i.path}: ${i.message}`);
    }
  }
  if (problems.length > 0 || record === undefined || !isCalendarDate(asOf)) return { ok: false, problems };
  return { ok: true, record, asOf, ...(opts.target === undefined ? {} : { target: opts.target }) };
}

const STATUS_TEXT: Record<ComplianceEntry['status'], string> = {
  compliant: 'compliant',
  'in-progress': 'in progress',
  'at-risk': 'AT RISK',
  noncompliant: 'NONCOMPLIANT',
  'not-applicable': 'no rule applies',
};
const nameOf = (code: string): string => findCredential(code)?.name ?? code;

/** The verdict as a person reads it. */
export function formatVerdict(verdict: Verdict, personName?: string): string {
  const out: string[] = [`Verdict${personName === undefined ? '' : ` for ${personName}`} on ${verdict.asOf}`];
  out.push('', 'Compliance');
  if (verdict.compliance.length === 0) out.push('  (no credentials held)');
  for (const c of verdict.compliance) {
    out.push(`  ${c.credential} — ${nameOf(c.credential)}: ${STATUS_TEXT[c.status]}`);
    for (const cy of c.cycles) {
      out.push(`    ${cy.rule}  ${cy.start} → ${cy.end}: ${cy.earned} of ${cy.required} earned${cy.remaining > 0 ? `, ${cy.remaining} to go` : ''}`);
      for (const m of cy.minimums) out.push(`      ${m.topic}: ${m.earned} of ${m.required}${m.remaining > 0 ? `, ${m.remaining} to go` : ''}`);
    }
    for (const d of c.deadlines) out.push(`    due ${d.due}: ${d.kind}`);
    for (const w of c.warnings) out.push(`    ! ${w}`);
    for (const s of c.sources) out.push(`    source: ${s}`);
  }
  out.push('', 'Eligibility');
  if (verdict.eligibility.length === 0) out.push('  (nothing to judge)');
  for (const e of verdict.eligibility) out.push(...formatEligibility(e));
  return out.join('\n');
}

function formatEligibility(e: EligibilityEntry): string[] {
  const lines = [`  ${e.credential} — ${nameOf(e.credential)}: ${e.eligible ? 'eligible' : 'not eligible yet'}`];
  for (const m of e.missing) lines.push(`    - ${m.what}: need ${m.need} ${m.unit}, have ${m.have}  [${m.rule}]`);
  for (const s of e.sources) lines.push(`    source: ${s}`);
  return lines;
}

/**
 * Runs `check` on validated input. Exit code 1 only when `--target` asks to assert eligibility and it
 * cannot be asserted: the person is not eligible, or no eligibility rules are encoded for the target.
 * Holding the target already is success.
 */
export function runCheck(input: { readonly record: PersonRecord; readonly asOf: CalendarDate; readonly target?: string; readonly json: boolean }): CommandOutcome {
  const verdict = evaluate(input.record, input.asOf, input.target === undefined ? {} : { target: input.target });
  const stdout = input.json ? JSON.stringify(verdict, null, 2) : formatVerdict(verdict, input.record.person.name);
  const target = input.target;
  if (target === undefined) return { exitCode: CHECK_EXIT.ok, stdout, stderr: '' };
  const held = (input.record.credentials ?? []).some((c) => c.credential === target && c.earnedOn <= input.asOf && c.status !== 'lapsed' && c.status !== 'retired');
  if (held) return { exitCode: CHECK_EXIT.ok, stdout, stderr: `${target} is already held.` };
  const entry = verdict.eligibility.find((e) => e.credential === target);
  if (entry === undefined) {
    const why = hasEligibilityRules(target) ? `${target} is held but lapsed or retired` : `no eligibility rules are encoded for ${target}, so eligibility cannot be asserted`;
    return { exitCode: CHECK_EXIT.notEligible, stdout, stderr: why };
  }
  return entry.eligible ? { exitCode: CHECK_EXIT.ok, stdout, stderr: '' } : { exitCode: CHECK_EXIT.notEligible, stdout, stderr: `not eligible for ${target}: ${entry.missing.length} requirement(s) missing` };
}

/** Reads a file at the edge, turning a failure into a message. */
export async function readText(file: string): Promise<string | { unreadable: string }> {
  try {
    return await readFile(file, 'utf8');
  } catch (e) {
    return { unreadable: `cannot read ${file}: ${(e as NodeJS.ErrnoException).code ?? String(e)}` };
  }
}

/** Prints an outcome and sets the exit code. */
export function emit(io: Io, o: CommandOutcome): void {
  if (o.stdout !== '') io.out(o.stdout);
  if (o.stderr !== '') io.err(o.stderr);
  process.exitCode = o.exitCode;
}

/**
 * `modality check RECORD [--as-of DATE] [--target CREDENTIAL] [--json]`: compliance of every credential
 * held and eligibility for further ones, from a person-record file.
 */
export function checkCommand(io: Io = processIo): Command {
  return new Command('check')
    .argument('<record>', 'a person record (JSON, format modality/person-record@1)')
    .description('Check compliance (CE/CPD cycles, renewal, deadlines) and eligibility for further credentials')
    .option('--as-of <date>', 'the day to evaluate on, YYYY-MM-DD (default: today)')
    .option('--target <credential>', 'judge eligibility for this credential only (e.g. arrt:CT) and assert it')
    .option('--json', 'print the verdict JSON of the contract')
    .addHelpText(
      'after',
      [
        '',
        'Exit codes:',
        '  0  ok (without --target, whatever the verdict; with --target, eligible or already held)',
        '  1  --target given and eligibility cannot be asserted: not eligible, or no encoded eligibility rules for it',
        '  2  bad input: unreadable file, invalid JSON, invalid record (every bad field is named), bad --as-of, unknown --target',
      ].join('\n'),
    )
    .action(async (file: string, opts: { asOf?: string; target?: string; json?: boolean }) => {
      const parsed = parseCheckInput(await readText(file), opts, todayLocal());
      emit(io, parsed.ok ? runCheck({ record: parsed.record, asOf: parsed.asOf, json: opts.json === true, ...(parsed.target === undefined ? {} : { target: parsed.target }) }) : bad(parsed.problems));
    });
}
