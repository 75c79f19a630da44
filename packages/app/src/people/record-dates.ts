import { ValidationError, type CalendarDate, type FieldIssue, type PersonRecord } from '@modality/domain';
import type { RecordEntry, RecordSection } from './record-sections.js';

/**
 * The checks of a stored record that need today's date, which the contract (pure, no clock) cannot make:
 * a day that has not come yet cannot be the day something already happened. A CE activity completed, an
 * exam sat (passed or failed), a credential earned, a procedure performed, a birth — none may be after
 * today. Dates that may lie ahead (an exam scheduled, a programme still running, a cycle's end) are not
 * checked. The import and every record form run these same checks, so the rules are one.
 */
export function entryDateIssues(change: RecordEntry, today: CalendarDate): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const past = (path: string, value: string | undefined, what: string) => {
    if (value !== undefined && value > today) issues.push({ path, message: `${JSON.stringify(value)} is after today (${today}): ${what} cannot be in the future` });
  };
  switch (change.section) {
    case 'ce':
      past('completedOn', change.entry.completedOn, 'the day an activity was completed');
      break;
    case 'credentials':
      past('earnedOn', change.entry.earnedOn, 'the day a credential was earned');
      break;
    case 'exams':
      if (change.entry.result === 'pass' || change.entry.result === 'fail') past('takenOn', change.entry.takenOn, 'the day an exam with a result was taken');
      break;
    case 'clinical':
      past('performedOn', change.entry.performedOn, 'the day a procedure was performed');
      break;
    case 'education':
      break;
  }
  return issues;
}

/** {@link entryDateIssues} for every entry of a record, with the record's paths (`ce[3].completedOn`). */
export function recordDateIssues(record: PersonRecord, today: CalendarDate): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (record.person.birthDate > today) issues.push({ path: 'person.birthDate', message: `${JSON.stringify(record.person.birthDate)} is after today (${today}): a birth date cannot be in the future` });
  const add = (section: RecordSection, index: number, found: FieldIssue[]) => {
    for (const i of found) issues.push({ path: `${section}[${index}].${i.path}`, message: i.message });
  };
  (record.ce ?? []).forEach((entry, i) => add('ce', i, entryDateIssues({ section: 'ce', entry }, today)));
  (record.credentials ?? []).forEach((entry, i) => add('credentials', i, entryDateIssues({ section: 'credentials', entry }, today)));
  (record.exams ?? []).forEach((entry, i) => add('exams', i, entryDateIssues({ section: 'exams', entry }, today)));
  (record.clinical ?? []).forEach((entry, i) => add('clinical', i, entryDateIssues({ section: 'clinical', entry }, today)));
  return issues;
}

/** Throws a {@link ValidationError} naming every impossible date of the record, if there is one. */
export function assertRecordDatesPossible(record: PersonRecord, today: CalendarDate): void {
  const issues = recordDateIssues(record, today);
  if (issues.length > 0) throw new ValidationError(issues, 'The record has dates that have not come yet');
}
