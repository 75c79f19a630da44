import type { CalendarDate } from '@modality/domain';
import { ARDMS_PACK } from './ardms.rules.js';
import { ARRT_PACK } from './arrt.rules.js';
import { INTERNATIONAL_PACK } from './international.rules.js';
import { NMTCB_PACK } from './nmtcb.rules.js';
import type { AnyRule, Rule, RuleKind, RulePack } from './rule.js';
import { US_STATES_PACK } from './us-states.rules.js';

/**
 * Version of the rule packs as a whole. Bump it whenever a number, date or source changes, so a stored
 * verdict can say which rules it was computed with (`YYYY.MM.patch`).
 */
export const RULE_PACK_VERSION = '2026.11.1';

/** Every rule pack, one per body or group of jurisdictions. */
export const RULE_PACKS: readonly RulePack[] = [ARRT_PACK, ARDMS_PACK, NMTCB_PACK, US_STATES_PACK, INTERNATIONAL_PACK];

/** Every rule of every pack (all versions). */
export const ALL_RULES: readonly AnyRule[] = RULE_PACKS.flatMap((p) => p.rules);

const BY_ID = new Map<string, AnyRule[]>();
for (const r of ALL_RULES) {
  const list = BY_ID.get(r.id);
  if (list === undefined) BY_ID.set(r.id, [r]);
  else list.push(r);
}

/** Whether a rule version is in force on `date`. */
export function inForce(r: AnyRule, date: CalendarDate): boolean {
  return r.effectiveFrom <= date && (r.effectiveTo === null || date <= r.effectiveTo);
}

/** All versions of the rule with this id (empty for an unknown id). */
export function ruleVersions(id: string): readonly AnyRule[] {
  return BY_ID.get(id) ?? [];
}

/**
 * The version of rule `id` in force on `date`, checked to be of `kind`, or `undefined` when none is.
 *
 * @example
 * findRule('arrt.primary.eligibility-window', 'eligibility-window', calendarDate('2012-05-01'))?.params.years // 5
 */
export function findRule<K extends RuleKind>(id: string, kind: K, date: CalendarDate): Rule<K> | undefined {
  for (const r of BY_ID.get(id) ?? []) {
    if (r.kind === kind && inForce(r, date)) return r as Rule<K>;
  }
  return undefined;
}

/** Rules of `kind` that name `credential` and are in force on `date`. */
export function rulesFor<K extends RuleKind>(credential: string, kind: K, date: CalendarDate): Rule<K>[] {
  const out: Rule<K>[] = [];
  for (const r of ALL_RULES) {
    if (r.kind === kind && r.credentials.includes(credential) && inForce(r, date)) out.push(r as Rule<K>);
  }
  return out;
}
