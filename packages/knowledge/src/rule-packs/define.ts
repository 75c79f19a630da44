import { calendarDate, type CalendarDate } from '@modality/domain';
import type { Rule, RuleKind } from './rule.js';

/** The day the rule packs were last checked against the reference notes (see each rule's `verifiedAt`). */
export const VERIFIED_2026_11_26: CalendarDate = calendarDate('2026-11-26');

/** A date literal in a rule pack (throws at load on a typo, so a bad date can never ship). */
export const d = (text: string): CalendarDate => calendarDate(text);

/** Identity with inference, so that `params` is checked against the rule's `kind`. */
export const rule = <K extends RuleKind>(r: Rule<K>): Rule<K> => r;
