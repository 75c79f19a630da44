import type { CeActivity, CredentialEntry, EducationEntry, ExamEntry, ClinicalEntry, PersonRecord } from '@modality/domain';
import { calendarDate } from '@modality/domain';

/** Test helpers: small builders of person records (dates as plain strings, checked on the way in). */

type Loose<T> = { [K in keyof T]: T[K] extends string ? string : T[K] extends string | undefined ? string | undefined : T[K] };

const dates = <T extends object>(o: T): T => {
  const out: Record<string, unknown> = { ...(o as Record<string, unknown>) };
  for (const [k, v] of Object.entries(out)) {
    if (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v)) out[k] = calendarDate(v);
    if (typeof v === 'object' && v !== null && !Array.isArray(v)) out[k] = dates(v);
  }
  return out as T;
};

export interface RecordParts {
  readonly birthDate?: string;
  readonly country?: string;
  readonly education?: readonly Loose<EducationEntry>[];
  readonly credentials?: readonly (Omit<CredentialEntry, 'earnedOn' | 'cycle' | 'expiresOn'> & { earnedOn: string; cycle?: { start: string; end: string }; expiresOn?: string })[];
  readonly ce?: readonly (Omit<CeActivity, 'completedOn' | 'title'> & { completedOn: string; title?: string })[];
  readonly clinical?: readonly (Omit<ClinicalEntry, 'performedOn'> & { performedOn: string })[];
  readonly exams?: readonly (Omit<ExamEntry, 'windowStart' | 'takenOn'> & { windowStart?: string; takenOn?: string })[];
}

/** A valid person record from parts (birth date 1994-05-17 unless given). */
export function record(parts: RecordParts = {}): PersonRecord {
  const r: Record<string, unknown> = {
    format: 'modality/person-record@1',
    person: { name: 'Test Person', birthDate: calendarDate(parts.birthDate ?? '1994-05-17'), country: parts.country ?? 'US' },
  };
  if (parts.education !== undefined) r.education = parts.education.map(dates);
  if (parts.credentials !== undefined) r.credentials = parts.credentials.map(dates);
  if (parts.ce !== undefined) r.ce = parts.ce.map((a, i) => dates({ title: `activity ${i + 1}`, ...a }));
  if (parts.clinical !== undefined) r.clinical = parts.clinical.map(dates);
  if (parts.exams !== undefined) r.exams = parts.exams.map(dates);
  return r as unknown as PersonRecord;
}

/** An ARRT Category A activity. */
export const catA = (completedOn: string, credits: number, topics?: readonly string[]) => ({
  completedOn,
  credits,
  category: 'A' as const,
  kind: 'activity' as const,
  ...(topics === undefined ? {} : { topics }),
});
