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
const BY_CREDENTIAL_KIND = new Map<string, AnyRule[]>();
const push = (m: Map<string, AnyRule[]>, key: string, r: AnyRule): void => {
  const list = m.get(key);
  if (list === undefined) m.set(key, [r]);
  else list.push(r);
};
for (const r of ALL_RULES) {
  push(BY_ID, r.id, r);
  for (const c of r.credentials) push(BY_CREDENTIAL_KIND, `${c}|${r.kind}`, r);
}

/** Whether a rule version is in force on `date`. */
export function inForce(r: AnyRule, date: CalendarDate): boolean {
  return r.effectiveFrom <= date && (r.effectiveTo === null || date <= r.effectiveTo);
}

/** All versions of the rule with this id (empty for an unknown id). */
export function ruleVersions(id: string): readonly AnyRule[] {
  return BY_ID.get(id) ?? [];
}

/** Look-ups are pure functions of (id or credential, kind, date): memoised per date, bounded. */
const FIND_CACHE = new Map<CalendarDate, Map<string, AnyRule | null>>();
const FOR_CACHE = new Map<CalendarDate, Map<string, Map<string, readonly AnyRule[]>>>();
const MAX_CACHED_DATES = 512;

function dateCache<V>(cache: Map<CalendarDate, V>, date: CalendarDate, make: () => V): V {
  let m = cache.get(date);
  if (m === undefined) {
    if (cache.size >= MAX_CACHED_DATES) cache.clear();
    m = make();
    cache.set(date, m);
  }
  return m;
}

/**
 * The version of rule `id` in force on `date`, checked to be of `kind`, or `undefined` when none is.
 *
 * @example
 * findRule('arrt.primary.eligibility-window', 'eligibility-window', calendarDate('2012-05-01'))?.params.years // 5
 */
export function findRule<K extends RuleKind>(id: string, kind: K, date: CalendarDate): Rule<K> | undefined {
  const m = dateCache(FIND_CACHE, date, () => new Map<string, AnyRule | null>());
  let r = m.get(id);
  if (r === undefined) {
    r = null;
    for (const v of BY_ID.get(id) ?? []) {
      if (inForce(v, date)) {
        r = v;
        break;
      }
    }
    m.set(id, r);
  }
  return r !== null && r.kind === kind ? (r as Rule<K>) : undefined;
}

/** Rules of `kind` that name `credential` and are in force on `date`, in pack order (indexed, memoised). */
export function rulesFor<K extends RuleKind>(credential: string, kind: K, date: CalendarDate): readonly Rule<K>[] {
  const byKind = dateCache(FOR_CACHE, date, () => new Map<string, Map<string, readonly AnyRule[]>>());
  let byCredential = byKind.get(kind);
  if (byCredential === undefined) {
    byCredential = new Map();
    byKind.set(kind, byCredential);
  }
  let list = byCredential.get(credential);
  if (list === undefined) {
    list = (BY_CREDENTIAL_KIND.get(`${credential}|${kind}`) ?? []).filter((r) => inForce(r, date));
    byCredential.set(credential, list);
  }
  return list as readonly Rule<K>[];
}
