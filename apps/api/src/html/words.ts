import type { WorkShift } from '@modality/domain';

export { EMPLOYMENT_WORDS, MODALITY_WORDS, PAY_UNIT_WORDS, payWords } from '@modality/domain';

export const SHIFT_WORDS: Readonly<Record<WorkShift, string>> = { day: 'days', evening: 'evenings', night: 'nights', weekend: 'weekends', 'on-call': 'on call' };

/** `2026-12-31` as "31 December 2026". */
export function dateWords(date: string): string {
  const d = new Date(`${date.slice(0, 10)}T00:00:00Z`);
  return d.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}

/** `us-tx` as "TX". */
