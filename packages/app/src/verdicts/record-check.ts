import type { CalendarDate, PersonRecord } from '@modality/domain';
import { evaluate, hasEligibilityRules, type Verdict } from '@modality/rules';
import { credentialNames } from '../catalogue/credential-names.js';
import type { Deps } from '../deps.js';
import { asOfOrToday } from './as-of.js';
import { requireKnownTarget } from './target-code.js';

/**
 * Whether eligibility for a target can be asserted: `held` (earned by asOf, neither lapsed nor retired) and
 * `eligible` can; `not-eligible` (with how many requirements are missing), `lapsed` (held, but lapsed or
 * retired) and `no-rules` (no eligibility rules are encoded for it) cannot.
 */
export type TargetAssertion =
  | { readonly outcome: 'held' | 'eligible' | 'lapsed' | 'no-rules' }
  | { readonly outcome: 'not-eligible'; readonly missing: number };

export interface RecordCheck {
  readonly verdict: Verdict;
  /** The display name of every credential the verdict names. */
  readonly names: Readonly<Record<string, string>>;
  /** Given a target: whether eligibility for it can be asserted. */
  readonly target?: { readonly code: string; readonly assertion: TargetAssertion };
}

function assertTarget(record: PersonRecord, asOf: CalendarDate, verdict: Verdict, target: string): TargetAssertion {
  const held = (record.credentials ?? []).some((c) => c.credential === target && c.earnedOn <= asOf && c.status !== 'lapsed' && c.status !== 'retired');
  if (held) return { outcome: 'held' };
  const entry = verdict.eligibility.find((e) => e.credential === target);
  if (entry === undefined) return { outcome: hasEligibilityRules(target) ? 'lapsed' : 'no-rules' };
  return entry.eligible ? { outcome: 'eligible' } : { outcome: 'not-eligible', missing: entry.missing.length };
}

/**
 * The verdict of a record given in the request (nothing is stored): compliance of every credential held
 * and eligibility for further ones — only for `target` when one is given, with whether it can be asserted.
 * `asOf` defaults to today (UTC); an unknown target is a validation error on `target`.
 *
 * @example
 * checkRecord(deps, { record, asOf: calendarDate('2026-11-26'), target: 'arrt:CT' }).target?.assertion // { outcome: 'not-eligible', missing: 2 }
 */
export function checkRecord(
  deps: Pick<Deps, 'clock'>,
  input: { readonly record: PersonRecord; readonly asOf?: CalendarDate | undefined; readonly target?: string | undefined },
): RecordCheck {
  requireKnownTarget(input.target);
  const asOf = asOfOrToday(deps, input.asOf);
  const target = input.target;
  const verdict = evaluate(input.record, asOf, target === undefined ? {} : { target });
  const names = credentialNames([...verdict.compliance.map((c) => c.credential), ...verdict.eligibility.map((e) => e.credential)]);
  if (target === undefined) return { verdict, names };
  return { verdict, names, target: { code: target, assertion: assertTarget(input.record, asOf, verdict, target) } };
}
