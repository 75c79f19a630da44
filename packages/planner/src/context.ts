import type { CalendarDate, PersonRecord } from '@modality/domain';
import { addToDate } from '@modality/domain';
import type { Jurisdiction, JobRole } from '@modality/knowledge';
import { evaluate, type EligibilityEntry } from '@modality/rules';

/** What every route builder and step predicate reads: the record, the day, the target, and the engine. */
export interface PlanContext {
  readonly record: PersonRecord;
  /** No record was given: a blank start in the target's country. */
  readonly blank: boolean;
  readonly asOf: CalendarDate;
  readonly role: JobRole;
  readonly target: Jurisdiction;
  /** The credential is held, earned by `asOf`, and not lapsed or retired. */
  holds(code: string): boolean;
  /** The rules engine's eligibility for `code` on `asOf` (`undefined` when held or not judged). */
  eligibility(code: string): EligibilityEntry | undefined;
  /** Rule ids the engine reports missing for `code` (empty when eligible or held). */
  missing(code: string): ReadonlySet<string>;
  /** Whether the person needs permission to work in the target country (lives elsewhere). */
  needsVisa: boolean;
}

/** Builds the context; the engine runs at most once per credential. */
export function makeContext(record: PersonRecord, blank: boolean, asOf: CalendarDate, role: JobRole, target: Jurisdiction): PlanContext {
  const held = new Map<string, { earnedOn: CalendarDate; active: boolean }>();
  for (const c of record.credentials ?? []) {
    const prev = held.get(c.credential);
    if (prev !== undefined && c.earnedOn < prev.earnedOn) continue;
    held.set(c.credential, { earnedOn: c.earnedOn, active: c.earnedOn <= asOf && c.status !== 'lapsed' && c.status !== 'retired' });
  }
  const cache = new Map<string, EligibilityEntry | undefined>();
  const eligibility = (code: string): EligibilityEntry | undefined => {
    if (!cache.has(code)) cache.set(code, evaluate(record, asOf, { target: code }).eligibility.find((e) => e.credential === code));
    return cache.get(code);
  };
  return {
    record,
    blank,
    asOf,
    role,
    target,
    holds: (code) => held.get(code)?.active === true,
    eligibility,
    missing: (code) => new Set((eligibility(code)?.missing ?? []).map((m) => m.rule)),
    needsVisa: !blank && record.person.country !== target.country,
  };
}

/** Clinical hours (not simulated) performed in the `years` before `asOf`. */
export function recentClinicalHours(ctx: PlanContext, years: number): number {
  const from = addToDate(addToDate(ctx.asOf, { years: -years }), { days: 1 });
  let hours = 0;
  for (const c of ctx.record.clinical ?? []) if (c.performedOn >= from && c.performedOn <= ctx.asOf && c.simulated !== true) hours += c.hours ?? 0;
  return hours;
}
