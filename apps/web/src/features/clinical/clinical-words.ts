import type { ClinicalEntry, ClinicalProgress, ProcedureCatalogue } from '../../api/clinical-log-queries';

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

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** "3 of 51", or "3 (the number required is not confirmed)". */
export function ofRequired(done: number, required: number | null): string {
  return required === null ? `${done} (the number required is not confirmed, so this cannot say how many are left)` : `${done} of ${required}`;
}

/** What is still missing, one sentence each, with names for sections and procedures. */
export function missingWords(progress: ClinicalProgress['progress'], catalogue: ProcedureCatalogue | undefined): string[] {
  const sectionName = (code: string | undefined) => catalogue?.sections.find((s) => s.code === code)?.name ?? 'one body section';
  const procedureName = (code: string | undefined) => catalogue?.procedures.find((p) => p.code === code)?.name ?? 'a required procedure';
  return progress.missing.map((m) => {
    const count = m.count ?? 0;
    switch (m.code) {
      case 'patient-care':
        return `${plural(count, 'more patient-care activity', 'more patient-care activities')} to be signed.`;
      case 'imaging':
        return `${plural(count, 'more imaging procedure', 'more imaging procedures')} to be signed.`;
      case 'section':
        return `${plural(count, 'more procedure', 'more procedures')} in ${sectionName(m.section)}.`;
      case 'required-procedure':
        return `${procedureName(m.procedure)}, which your program requires.`;
      default:
        return 'Something else the requirement set asks for.';
    }
  });
}
