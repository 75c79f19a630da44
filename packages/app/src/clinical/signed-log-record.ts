import type { CalendarDate, ClinicalEntry, ClinicalGrade, PersonRecord } from '@modality/domain';
import type { ClinicalEntryRow, CompetencyGrade, Store } from '../ports/index.js';
import { formOfGrade } from './competency-grade.js';

/**
 * A signed entry of the clinical log as a clinical entry of the person record: who signed, when, what the
 * student did and, for a competency attempt, its grade (`grades`, by entry id). A failed competency attempt
 * stays out: the eligibility rules count every exported entry the student performed as a competency shown.
 */
export function signedEntryAsRecordEntry(entry: ClinicalEntryRow, grades: ReadonlyMap<string, ClinicalGrade> = new Map()): ClinicalEntry | undefined {
  if (entry.signature === null || entry.grade?.passed === false) return undefined;
  const grade = grades.get(entry.id);
  return {
    procedure: entry.procedure,
    performedOn: entry.performedOn as CalendarDate,
    count: 1,
    verifiedBy: entry.signature.arrtNumber === null ? entry.signature.name : `${entry.signature.name} (ARRT ${entry.signature.arrtNumber})`,
    verifiedOn: entry.signature.signedAt.slice(0, 10) as CalendarDate,
    role: entry.role,
    simulated: entry.simulated,
    ...(grade === undefined ? {} : { grade }),
  };
}

// The grade is left out of the comparison: a record imported before grades were exported keeps its entry
// as it was, rather than gaining a second copy of the same signature.
const sameEntry = (a: ClinicalEntry, b: ClinicalEntry) =>
  a.procedure === b.procedure &&
  a.performedOn === b.performedOn &&
  a.verifiedBy === b.verifiedBy &&
  a.verifiedOn === b.verifiedOn &&
  a.role === b.role &&
  (a.simulated ?? false) === (b.simulated ?? false);

/**
 * The record with every SIGNED entry of the person's clinical log in its `clinical` section (unsigned ones
 * are the student's drafts and stay out). An entry already in the record — a record exported and imported
 * back, grade included — is not added twice. The log belongs to the person, not to a school: this does not
 * look at memberships, so a graduate who left the program still exports it.
 */
export function withSignedLog(record: PersonRecord, entries: readonly ClinicalEntryRow[], grades: ReadonlyMap<string, ClinicalGrade> = new Map()): PersonRecord {
  const kept = record.clinical ?? [];
  const added = entries.map((e) => signedEntryAsRecordEntry(e, grades)).filter((e): e is ClinicalEntry => e !== undefined && !kept.some((k) => sameEntry(k, e)));
  if (added.length === 0) return record;
  return { ...record, clinical: [...kept, ...added] };
}

/** A grade in the record's words: the form's name and version, each criterion's label, the outcome. */
export async function gradeForRecord(store: Pick<Store, 'gradeForms' | 'organisations'>, grade: CompetencyGrade): Promise<ClinicalGrade> {
  const form = await formOfGrade(store, grade.formId);
  const version = (await store.gradeForms.findById(grade.formId))?.version;
  return {
    form: form?.name ?? 'A grade form',
    ...(version === undefined ? {} : { formVersion: version }),
    passed: grade.passed,
    criteria: grade.criteria.map((c) => {
      const criterion = form?.criteria.find((f) => f.code === c.code);
      return { label: criterion?.label ?? c.code, required: criterion?.required ?? true, met: c.met };
    }),
    ...(grade.comments === null ? {} : { comments: grade.comments }),
  };
}

/** Reads the person's log (and the forms its grades were given on) and adds its signed entries to their record. */
export async function recordWithSignedLog(store: Pick<Store, 'clinical' | 'gradeForms' | 'organisations'>, personId: string, record: PersonRecord): Promise<PersonRecord> {
  const entries = await store.clinical.listEntriesForPerson(personId);
  const grades = new Map<string, ClinicalGrade>();
  for (const e of entries) if (e.signature !== null && e.grade !== null && e.grade.passed) grades.set(e.id, await gradeForRecord(store, e.grade));
  return withSignedLog(record, entries, grades);
}
