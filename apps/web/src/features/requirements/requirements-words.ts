import type { ProgramRequirements } from '../../api/requirements-queries';

type SetChoice = ProgramRequirements['sets'][number];

/** The disciplines of the requirement sets, in words (for grouping the choice). */
export const SET_DISCIPLINE_WORDS: Readonly<Record<string, string>> = {
  radiography: 'Radiography',
  sonography: 'Sonography',
  mri: 'Magnetic resonance imaging',
  'nuclear-medicine': 'Nuclear medicine',
};

/** "In force from 1 January 2024", or that the source gives no date. */
export function effectiveWords(set: SetChoice): string {
  if (set.effectiveFrom === null) return 'The source gives no date for this version.';
  const date = new Date(`${set.effectiveFrom}T00:00:00Z`).toLocaleDateString('en-US', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  return `In force from ${date}.`;
}

/** What the set says about simulations, and what the program may set. */
export function capWords(set: SetChoice): string {
  return set.largestProgramCap === null
    ? `The set gives no confirmed cap on simulated competencies (${set.document.body}’s own limit is not confirmed here), so your program sets its own.`
    : `The set allows at most ${String(set.largestProgramCap)} simulated competencies; your program may set a lower cap.`;
}

/** The cap field's value as the API takes it: empty = the set's cap; otherwise a whole number. */
export function parseCap(text: string): number | null | 'invalid' {
  const t = text.trim();
  if (t === '') return null;
  return /^\d+$/.test(t) ? Number(t) : 'invalid';
}
