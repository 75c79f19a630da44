import { ValidationError, type CalendarDate, type PersonRecord } from '@modality/domain';
import { plan, type Plan } from '@modality/planner';
import type { Deps } from '../deps.js';
import { asOfOrToday } from '../verdicts/as-of.js';

/**
 * A sourced step-by-step plan to a role (`target`) in a jurisdiction (`in`), from a person record or a
 * blank start, on `asOf` (default today, UTC). An unknown role or jurisdiction is a validation error naming
 * each bad field (`target`, `in`), quoting the value and listing the valid ones.
 *
 * @example
 * planPathway(deps, { target: 'radiographer', in: 'gb', record, asOf: calendarDate('2026-11-26') }).steps.map((s) => s.id)
 * // ['english-test', 'hcpc-international', 'visa-gb']
 */
export function planPathway(
  deps: Pick<Deps, 'clock'>,
  input: { readonly target: string; readonly in: string; readonly record?: PersonRecord | undefined; readonly asOf?: CalendarDate | undefined },
): Plan {
  const { record } = input;
  const result = plan({ target: input.target, in: input.in, asOf: asOfOrToday(deps, input.asOf), ...(record === undefined ? {} : { record }) });
  if (!result.ok) throw new ValidationError(result.error.map((e) => ({ path: e.field, message: e.message })), 'Unknown target role or jurisdiction');
  return result.value;
}
