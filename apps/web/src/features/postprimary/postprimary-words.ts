import type { PostprimaryEntry, PostprimaryProgress } from '../../api/postprimary-queries';

/** The disciplines by name. */
export const DISCIPLINE_WORDS = { ct: 'Computed Tomography (CT)', mr: 'Magnetic Resonance Imaging (MR)' } as const;

/** Where an entry stands, in words. */
export function statusWords(entry: PostprimaryEntry): string {
  if (entry.verifiedBy === null) return 'Waiting for a technologist to verify it';
  if (entry.reviewedBy === null) return `Verified by ${entry.verifiedBy.name}; waiting for the clinical supervisor's review`;
  return `Verified by ${entry.verifiedBy.name} and reviewed by ${entry.reviewedBy.name}: it counts`;
}

/** The headline of progress: counted of required, or counted alone when no total is known. */
export function progressWords(p: PostprimaryProgress['progress']): string {
  if (p.required === null) return `${String(p.counted)} procedures verified and reviewed (no confirmed total to count towards)`;
  return `${String(p.counted)} of ${String(p.required)} procedures verified and reviewed; ${String(p.missing ?? 0)} to go`;
}
