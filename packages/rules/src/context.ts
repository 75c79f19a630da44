import type { CalendarDate, CeActivity, CredentialEntry, PersonRecord } from '@modality/domain';
import { publisherOf, type AnyRule, type Confidence } from '@modality/knowledge';
import type { PostprimaryLogEntry } from './postprimary-log.js';

/** What every evaluator needs: the record, the date, and quick look-ups built once per evaluation. */
export interface Ctx {
  readonly record: PersonRecord;
  readonly asOf: CalendarDate;
  /** The latest entry per credential code. */
  readonly held: ReadonlyMap<string, CredentialEntry>;
  /** CE activities completed on or before `asOf`, sorted by completion date. */
  readonly ce: readonly CeActivity[];
  /** Codes the record mentions in exams or as `ce[].forCredential`. */
  readonly mentioned: ReadonlySet<string>;
  /** Disciplines of the professional programs on record. */
  readonly programDisciplines: ReadonlySet<string>;
  /** The person's postprimary clinical experience log, when the caller read it (undefined: not given). */
  readonly postprimaryLog: readonly PostprimaryLogEntry[] | undefined;
}

const byCompletion = (a: CeActivity, b: CeActivity): number => (a.completedOn < b.completedOn ? -1 : a.completedOn > b.completedOn ? 1 : 0);

/** Builds the evaluation context once per evaluation (CE filtered to `asOf` and sorted, look-up sets). */
export function makeCtx(record: PersonRecord, asOf: CalendarDate, postprimaryLog?: readonly PostprimaryLogEntry[]): Ctx {
  const held = new Map<string, CredentialEntry>();
  for (const c of record.credentials ?? []) {
    const prev = held.get(c.credential);
    if (prev === undefined || c.earnedOn >= prev.earnedOn) held.set(c.credential, c);
  }
  const mentioned = new Set<string>();
  const ce: CeActivity[] = [];
  let sorted = true;
  for (const a of record.ce ?? []) {
    if (a.forCredential !== undefined) mentioned.add(a.forCredential);
    if (a.completedOn > asOf) continue;
    const last = ce[ce.length - 1];
    if (last !== undefined && a.completedOn < last.completedOn) sorted = false;
    ce.push(a);
  }
  if (!sorted) ce.sort(byCompletion);
  for (const x of record.exams ?? []) mentioned.add(x.exam);
  const programDisciplines = new Set<string>();
  for (const e of record.education ?? []) if (e.kind === 'program') programDisciplines.add(e.discipline);
  return { record, asOf, held, ce, mentioned, programDisciplines, postprimaryLog };
}

/** Held, earned by `asOf`, and not lapsed or retired. */
export function isActive(ctx: Ctx, code: string): boolean {
  const c = ctx.held.get(code);
  return c !== undefined && c.earnedOn <= ctx.asOf && c.status !== 'lapsed' && c.status !== 'retired';
}

/** Held (in any status) and earned by `asOf`. */
export function holds(ctx: Ctx, code: string): boolean {
  const c = ctx.held.get(code);
  return c !== undefined && c.earnedOn <= ctx.asOf;
}

/** The CE activities completed within the inclusive range. */
export function activitiesIn(ctx: Ctx, start: CalendarDate, end: CalendarDate): CeActivity[] {
  const out: CeActivity[] = [];
  for (const a of ctx.ce) {
    if (a.completedOn > end) break;
    if (a.completedOn >= start) out.push(a);
  }
  return out;
}

const WARNING: Record<Exclude<Confidence, 'official'>, string> = {
  'official-copy': 'rests on a copy of the official document',
  secondary: 'rests on a secondary source — check before relying on it',
  unconfirmed: 'is not confirmed here',
};

/**
 * The warning a rule below `official` confidence puts on a verdict, naming the rule by what it says (its
 * summary), never by its id: people read it.
 */
export function confidenceWarning(rule: AnyRule): string | undefined {
  if (rule.confidence === 'official') return undefined;
  // A copy read on a site that is not the body's own (a document-sharing host) is a secondary source.
  if (rule.confidence === 'official-copy' && publisherOf(rule.sourceUrl) === undefined) return `“${rule.summary}” ${THIRD_PARTY_COPY_WARNING}`;
  return `“${rule.summary}” ${WARNING[rule.confidence]}`;
}

const THIRD_PARTY_COPY_WARNING = 'rests on a copy of the official document on a third-party site — a secondary source, check before relying on it';

/** Collects the sources and warnings of the rules a verdict rests on (each once, in order of use). */
export class Provenance {
  readonly sources: string[] = [];
  readonly warnings: string[] = [];

  /** Records that the verdict rests on `rule`. */
  use(rule: AnyRule): void {
    if (!this.sources.includes(rule.sourceUrl)) this.sources.push(rule.sourceUrl);
    const w = confidenceWarning(rule);
    if (w !== undefined) this.warn(w);
  }

  warn(text: string): void {
    if (!this.warnings.includes(text)) this.warnings.push(text);
  }
}
