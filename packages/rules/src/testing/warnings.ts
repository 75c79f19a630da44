import { ALL_RULES } from '@modality/knowledge';
import { confidenceWarning } from '../context.js';

/** The warning a rule puts on a verdict (rules are named by their summary, never by id), for assertions. */
export function warningOf(id: string): string {
  const rule = ALL_RULES.find((r) => r.id === id);
  const warning = rule === undefined ? undefined : confidenceWarning(rule);
  if (warning === undefined) throw new Error(`rule ${id} is missing or official`);
  return warning;
}
