import { PERSON_RECORD_FORMAT, calendarDate, type CalendarDate, type PersonRecord } from '@modality/domain';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { entryDateIssues, recordDateIssues } from './record-dates.js';

const today = calendarDate('2026-11-30');
const day = fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2040-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10) as CalendarDate);

describe('dates that cannot be in the future', () => {
  it('a CE completion, a credential earned, a procedure performed: refused exactly when after today', () => {
    fc.assert(
      fc.property(day, (d) => {
        const after = d > today;
        expect(entryDateIssues({ section: 'ce', entry: { title: 'x', completedOn: d, credits: 1 } }, today).length > 0).toBe(after);
        expect(entryDateIssues({ section: 'credentials', entry: { credential: 'arrt:R', earnedOn: d } }, today).length > 0).toBe(after);
        expect(entryDateIssues({ section: 'clinical', entry: { procedure: 'xr:chest', performedOn: d } }, today).length > 0).toBe(after);
      }),
    );
  });

  it('an exam with a result is in the past; a scheduled one and a programme may lie ahead', () => {
    const later = calendarDate('2031-01-01');
    expect(entryDateIssues({ section: 'exams', entry: { exam: 'arrt:R', takenOn: later, result: 'pass' } }, today)).toEqual([
      { path: 'takenOn', message: '"2031-01-01" is after today (2026-11-30): the day an exam with a result was taken cannot be in the future' },
    ]);
    expect(entryDateIssues({ section: 'exams', entry: { exam: 'arrt:R', takenOn: later, result: 'scheduled' } }, today)).toEqual([]);
    expect(entryDateIssues({ section: 'education', entry: { kind: 'program', discipline: 'ct', award: 'certificate', country: 'US', completedOn: later } }, today)).toEqual([]);
  });

  it('names each impossible date of a whole record by its place', () => {
    const record: PersonRecord = {
      format: PERSON_RECORD_FORMAT,
      person: { name: 'A', birthDate: calendarDate('2030-01-01'), country: 'US' },
      ce: [
        { title: 'ok', completedOn: calendarDate('2026-01-01'), credits: 1 },
        { title: 'later', completedOn: calendarDate('2031-01-01'), credits: 2 },
      ],
    };
    expect(recordDateIssues(record, today).map((i) => i.path)).toEqual(['person.birthDate', 'ce[1].completedOn']);
  });
});
