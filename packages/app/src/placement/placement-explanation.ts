import type { PlacementMode } from './student-placement.js';

/** 1st, 2nd, 3rd, 4th, 11th, 21st … */
export function ordinal(n: number): string {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : n % 10 === 1 ? 'st' : n % 10 === 2 ? 'nd' : n % 10 === 3 ? 'rd' : 'th';
  return `${String(n)}${suffix}`;
}

const places = (n: number): string => `${String(n)} place${n === 1 ? '' : 's'}`;

/**
 * Why a student got what they got, in words. A site the student ranked higher was always full: in a stable
 * placement a free place there would be a blocking pair, and in an optimal one moving the student there
 * would lower the total rank. So the words name each higher choice and say who took its places.
 */
export function explainAssignment(input: {
  readonly mode: PlacementMode;
  /** The student's ranking: site names, first choice first. */
  readonly ranked: readonly string[];
  /** 1-based position of the site they got in their ranking, or null when unplaced. */
  readonly rank: number | null;
  /** Capacity of each site, by name. */
  readonly capacityOf: (siteName: string) => number;
}): string {
  const { mode, ranked, rank } = input;
  if (ranked.length === 0) return 'Not placed: ranked no sites for this term.';
  const higher = ranked.slice(0, rank === null ? ranked.length : rank - 1);
  const why = mode === 'stable' ? 'students ahead of them in the placement lottery' : 'other students, so that the most students are placed with the fewest low choices';
  const full = higher.map((name, i) => {
    const capacity = input.capacityOf(name);
    return capacity === 0 ? `${name} (ranked ${ordinal(i + 1)}) has no places this term` : `${name} (ranked ${ordinal(i + 1)}) was full: its ${places(capacity)} went to ${why}`;
  });
  if (rank === null) return `Not placed: every site they ranked was full. ${full.join('; ')}.`;
  if (rank === 1) return 'Ranked 1st; the site had room.';
  return `Ranked ${ordinal(rank)}; the site had room. ${full.join('; ')}.`;
}
