import { calendarDate, PERSON_RECORD_FORMAT, type CalendarDate, type EducationEntry, type PersonRecord } from '@modality/domain';

/** Small builders of person records for planner tests and the benchmark. */
export const AS_OF: CalendarDate = calendarDate('2026-11-26');

export interface Parts {
  readonly country?: string;
  readonly education?: ReadonlyArray<Omit<EducationEntry, 'completedOn' | 'startedOn'> & { completedOn?: string }>;
  readonly credentials?: ReadonlyArray<{ credential: string; earnedOn: string; status?: 'active' | 'lapsed' }>;
  readonly ce?: ReadonlyArray<{ title: string; completedOn: string; credits: number; kind?: 'structured-education'; forCredential?: string; contentCategory?: string; category?: 'A' }>;
  readonly clinical?: ReadonlyArray<{ procedure: string; performedOn: string; count?: number; hours?: number }>;
  readonly exams?: ReadonlyArray<{ exam: string; takenOn?: string; windowStart?: string; result?: 'pass' | 'fail' | 'scheduled' }>;
}

/** A valid person record from parts (dates checked on the way in). */
export function person(parts: Parts = {}): PersonRecord {
  const education = (e: NonNullable<Parts['education']>[number]): EducationEntry => {
    const { completedOn, ...rest } = e;
    return completedOn === undefined ? rest : { ...rest, completedOn: calendarDate(completedOn) };
  };
  return {
    format: PERSON_RECORD_FORMAT,
    person: { name: 'Test Person', birthDate: calendarDate('1990-05-17'), country: parts.country ?? 'US' },
    ...(parts.education === undefined ? {} : { education: parts.education.map(education) }),
    ...(parts.credentials === undefined ? {} : { credentials: parts.credentials.map((c) => ({ ...c, earnedOn: calendarDate(c.earnedOn) })) }),
    ...(parts.ce === undefined ? {} : { ce: parts.ce.map((a) => ({ ...a, completedOn: calendarDate(a.completedOn) })) }),
    ...(parts.clinical === undefined ? {} : { clinical: parts.clinical.map((c) => ({ ...c, performedOn: calendarDate(c.performedOn) })) }),
    ...(parts.exams === undefined
      ? {}
      : {
          exams: parts.exams.map((x) => ({
            exam: x.exam,
            ...(x.takenOn === undefined ? {} : { takenOn: calendarDate(x.takenOn) }),
            ...(x.windowStart === undefined ? {} : { windowStart: calendarDate(x.windowStart) }),
            ...(x.result === undefined ? {} : { result: x.result }),
          })),
        }),
  };
}

/** A US R.T.(R): ARRT-approved associate program (2016), ARRT(R) and a Texas licence. */
export const usRt = (extra: Parts = {}): PersonRecord =>
  person({
    country: 'US',
    education: [{ kind: 'program', discipline: 'radiography', award: 'associate', country: 'US', approvedBy: ['arrt', 'jrcert'], completedOn: '2016-05-10' }],
    credentials: [
      { credential: 'arrt:R', earnedOn: '2016-07-01' },
      { credential: 'us-tx:mrt', earnedOn: '2016-09-01' },
    ],
    ...extra,
  });

/** A radiographer educated abroad (bachelor's program in `country`), living there. */
export const abroadGraduate = (country: string, approvedBy: EducationEntry['approvedBy'] = ['other']): PersonRecord =>
  person({ country, education: [{ kind: 'program', discipline: 'radiography', award: 'bachelor', country, approvedBy: approvedBy ?? [], completedOn: '2014-04-30' }] });
