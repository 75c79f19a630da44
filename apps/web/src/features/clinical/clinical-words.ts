import type { ClinicalEntry } from '../../api/clinical-log-queries';

/** What the student did, in words. */
export const ROLE_WORDS = { observed: 'Observed', assisted: 'Assisted', performed: 'Performed' } as const;

/** How the student was supervised, in words. */
export const SUPERVISION_WORDS = { direct: 'Direct supervision', indirect: 'Indirect supervision' } as const;

/** "2026-11-30 14:05" from an ISO time, in the reader's own time zone. */
export function when(iso: string): string {
  return new Date(iso).toLocaleString();
}

/** Who signed an entry and when, in a sentence; null while it is unsigned. */
export function signedWords(entry: ClinicalEntry): string | null {
  const s = entry.signedBy;
  if (s === null) return null;
  const arrt = s.arrtNumber === null ? '' : ` (ARRT ${s.arrtNumber})`;
  return s.how === 'in-app' ? `Signed in the app by ${s.name}${arrt} on ${when(s.signedAt)}` : `Signed by ${s.name}${arrt} from a sign-off link on ${when(s.signedAt)}`;
}

/** A competency attempt's grade in a sentence: whether it passed and whether it counts. */
export function gradeWords(grade: NonNullable<ClinicalEntry['grade']>): string {
  return grade.passed
    ? `Competency passed on ${grade.formName}: it counts toward your progress.`
    : `Competency not passed on ${grade.formName}: it stays in your log but does not count toward your progress.`;
}

/** "3 of 51", or "3 (the number required is not confirmed)". */
export function ofRequired(done: number, required: number | null): string {
  return required === null ? `${done} (the number required is not confirmed, so this cannot say how many are left)` : `${done} of ${required}`;
}
