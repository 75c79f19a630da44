import type {
  CalendarDate,
  CeActivity,
  ClinicalEntry,
  ClinicalGrade,
  JsonObject,
  CredentialEntry,
  EducationEntry,
  ExamEntry,
  PersonRecord,
  VerifiableCredentialDocument,
} from '@modality/domain';
import type { Database } from '../database.js';

/**
 * Record ↔ rows. Every optional field maps to a nullable column and back to an absent key, so that an
 * exported record is the imported document again.
 */
type Row<T extends keyof Database> = Database[T];
type Child<T extends keyof Database> = Omit<Row<T>, 'person_id' | 'position'>;

export const SECTIONS = ['education', 'credentials', 'ce', 'clinical', 'exams', 'verifiableCredentials'] as const;
export type Section = (typeof SECTIONS)[number];

/** Builds an object from `[key, value]` pairs, leaving out the nulls. */
function defined(pairs: ReadonlyArray<readonly [string, unknown]>): unknown {
  const out: Record<string, unknown> = {};
  for (const [k, v] of pairs) if (v !== null && v !== undefined) out[k] = v;
  return out;
}

const json = (v: readonly string[] | undefined): string | null => (v === undefined ? null : JSON.stringify(v));
const parseList = (v: string | null): string[] | null => (v === null ? null : (JSON.parse(v) as string[]));
const date = (v: string | null): CalendarDate | null => v as CalendarDate | null;

export const educationToRow = (e: EducationEntry): Child<'education'> => ({
  kind: e.kind,
  discipline: e.discipline,
  award: e.award,
  country: e.country,
  approved_by: json(e.approvedBy),
  started_on: e.startedOn ?? null,
  completed_on: e.completedOn ?? null,
});
export const rowToEducation = (r: Child<'education'>): EducationEntry =>
  defined([
    ['kind', r.kind],
    ['discipline', r.discipline],
    ['award', r.award],
    ['country', r.country],
    ['approvedBy', parseList(r.approved_by)],
    ['startedOn', date(r.started_on)],
    ['completedOn', date(r.completed_on)],
  ]) as EducationEntry;

export const credentialToRow = (c: CredentialEntry): Child<'credentials'> => ({
  credential: c.credential,
  earned_on: c.earnedOn,
  number: c.number ?? null,
  cycle_start: c.cycle?.start ?? null,
  cycle_end: c.cycle?.end ?? null,
  expires_on: c.expiresOn ?? null,
  status: c.status ?? null,
});
export const rowToCredential = (r: Child<'credentials'>): CredentialEntry =>
  defined([
    ['credential', r.credential],
    ['earnedOn', r.earned_on],
    ['number', r.number],
    ['cycle', r.cycle_start !== null && r.cycle_end !== null ? { start: r.cycle_start, end: r.cycle_end } : null],
    ['expiresOn', r.expires_on],
    ['status', r.status],
  ]) as CredentialEntry;

export const ceToRow = (a: CeActivity): Child<'ce_activities'> => ({
  title: a.title,
  completed_on: a.completedOn,
  credits: a.credits ?? null,
  category: a.category ?? null,
  kind: a.kind ?? null,
  semester_credits: a.semesterCredits ?? null,
  quarter_credits: a.quarterCredits ?? null,
  topics: json(a.topics),
  content_category: a.contentCategory ?? null,
  for_credential: a.forCredential ?? null,
});
export const rowToCe = (r: Child<'ce_activities'>): CeActivity =>
  defined([
    ['title', r.title],
    ['completedOn', r.completed_on],
    ['credits', r.credits],
    ['category', r.category],
    ['kind', r.kind],
    ['semesterCredits', r.semester_credits],
    ['quarterCredits', r.quarter_credits],
    ['topics', parseList(r.topics)],
    ['contentCategory', r.content_category],
    ['forCredential', r.for_credential],
  ]) as CeActivity;

export const clinicalToRow = (c: ClinicalEntry): Child<'clinical_entries'> => ({
  procedure: c.procedure,
  performed_on: c.performedOn,
  count: c.count ?? null,
  hours: c.hours ?? null,
  verified_by: c.verifiedBy ?? null,
  verified_on: c.verifiedOn ?? null,
  role: c.role ?? null,
  simulated: c.simulated === undefined ? null : c.simulated ? 1 : 0,
  grade: c.grade === undefined ? null : JSON.stringify(c.grade),
});
export const rowToClinical = (r: Child<'clinical_entries'>): ClinicalEntry =>
  defined([
    ['procedure', r.procedure],
    ['performedOn', r.performed_on],
    ['count', r.count],
    ['hours', r.hours],
    ['verifiedBy', r.verified_by],
    ['verifiedOn', r.verified_on],
    ['role', r.role],
    ['simulated', r.simulated === null ? null : r.simulated === 1],
    // Only `clinicalToRow` writes this column, from a record the contract validated.
    ['grade', r.grade === null ? null : (JSON.parse(r.grade) as ClinicalGrade)],
  ]) as ClinicalEntry;

export const examToRow = (e: ExamEntry): Child<'exams'> => ({
  exam: e.exam,
  window_start: e.windowStart ?? null,
  taken_on: e.takenOn ?? null,
  result: e.result ?? null,
});
export const rowToExam = (r: Child<'exams'>): ExamEntry =>
  defined([
    ['exam', r.exam],
    ['windowStart', r.window_start],
    ['takenOn', r.taken_on],
    ['result', r.result],
  ]) as ExamEntry;

/** A received credential is kept verbatim (its proof covers it); its id and issuer are copied out for queries. */
export const verifiableCredentialToRow = (vc: VerifiableCredentialDocument): Child<'verifiable_credentials'> => {
  const issuer = vc.issuer;
  const issuerId = typeof issuer === 'string' ? issuer : typeof issuer === 'object' && issuer !== null && !Array.isArray(issuer) ? (issuer as JsonObject).id : undefined;
  return { credential_id: typeof vc.id === 'string' ? vc.id : null, issuer: typeof issuerId === 'string' ? issuerId : null, document: JSON.stringify(vc) };
};
export const rowToVerifiableCredential = (r: Child<'verifiable_credentials'>): VerifiableCredentialDocument => JSON.parse(r.document) as VerifiableCredentialDocument;

/** Which optional lists a record carries, as stored in `people.record_sections`. */
export function sectionsOf(record: PersonRecord): string {
  return SECTIONS.filter((s) => record[s] !== undefined).join(',');
}
