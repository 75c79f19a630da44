import type { CalendarDate, PersonRecord } from '@modality/domain';
import { ALL_RULES, inForce, type Rule } from '@modality/knowledge';
import type { Principal } from '../auth/principal.js';
import { credentialNames } from '../catalogue/credential-names.js';
import type { Deps } from '../deps.js';
import { exportRecord } from '../people/record-read.js';
import { asOfOrToday } from './as-of.js';

/** One question the CE form asks about an activity, because a rule of a credential the person holds needs the answer. */
export interface CeQuestion {
  /** In the body's words, e.g. "Does it cover ionizing radiation directly …?". */
  readonly question: string;
  /** The topic a "yes" adds to the activity (what the rule counts). */
  readonly topic: string;
  /** Every topic that already answers "yes" (an activity tagged with any of them shows as answered). */
  readonly matches: readonly string[];
  /** The display names of the credentials held that the answer counts for. */
  readonly credentials: readonly string[];
}

function heldOn(record: PersonRecord, asOf: CalendarDate): Set<string> {
  return new Set((record.credentials ?? []).filter((c) => c.earnedOn <= asOf && c.status !== 'retired').map((c) => c.credential));
}

/**
 * The questions the CE form asks for a record: one for each topic minimum in force on `asOf` that applies
 * to a credential the person holds (and to what else they hold, where the rule says so) and that one
 * activity's answer can meet. Read from the rule packs, so the person is asked what their own rules count
 * instead of having to guess a topic code. Pure.
 *
 * @example
 * ceQuestions(anaRecord, calendarDate('2026-11-30'))[0]?.question // 'Does it cover ionizing radiation directly (a "direct" hour for the Texas MRT licence)?'
 */
export function ceQuestions(record: PersonRecord, asOf: CalendarDate): CeQuestion[] {
  const held = heldOn(record, asOf);
  const byQuestion = new Map<string, { rule: Rule<'topic-minimum'>; credentials: Set<string> }>();
  for (const r of ALL_RULES) {
    if (r.kind !== 'topic-minimum' || !inForce(r, asOf)) continue;
    const rule = r;
    const { question, match, whenHolding } = rule.params;
    if (question === undefined || match.type === 'category' || match.topics.length === 0) continue;
    const applies = rule.credentials.filter((c) => held.has(c));
    if (applies.length === 0 || (whenHolding !== undefined && !whenHolding.some((c) => held.has(c)))) continue;
    const seen = byQuestion.get(question) ?? { rule, credentials: new Set<string>() };
    for (const c of whenHolding?.filter((w) => held.has(w)) ?? applies) seen.credentials.add(c);
    byQuestion.set(question, seen);
  }
  return [...byQuestion.entries()].map(([question, { rule, credentials }]) => {
    const match = rule.params.match;
    const topics = match.type === 'category' ? [] : [...match.topics];
    const names = credentialNames([...credentials]);
    return { question, topic: topics[0] ?? rule.params.topic, matches: topics, credentials: [...credentials].map((c) => names[c] ?? c) };
  });
}

/** {@link ceQuestions} for a stored person, for whoever may read their record (a staff read is audited). */
export async function ceQuestionsForPerson(deps: Deps, principal: Principal, personId: string, asOf?: CalendarDate): Promise<CeQuestion[]> {
  return ceQuestions(await exportRecord(deps, principal, personId), asOfOrToday(deps, asOf));
}
