import { NotFoundError, ValidationError, type PersonInfo, type PersonRecord } from '@modality/domain';
import type { Principal } from '../auth/principal.js';
import type { Deps } from '../deps.js';
import { todayUtc } from '../verdicts/as-of.js';
import { entryDateIssues } from './record-dates.js';
import { editRecord, type ImportOutcome } from './record-import.js';

/** The sections of a person record that the record forms change one entry at a time. */
export type RecordSection = 'credentials' | 'education' | 'exams' | 'ce' | 'clinical';

/** One entry of one section, typed by its section. */
export type RecordEntry = { [S in RecordSection]: { readonly section: S; readonly entry: NonNullable<PersonRecord[S]>[number] } }[RecordSection];

/** What a form change did: the import outcome, and where the entry now is in its section. */
export interface RecordEntryOutcome extends ImportOutcome {
  readonly index: number;
}

function entriesOf(record: PersonRecord, section: RecordSection): readonly unknown[] {
  return record[section] ?? [];
}

/** The record with one section's list replaced; the list holds entries of that section only. */
function withSection(record: PersonRecord, section: RecordSection, list: readonly unknown[]): PersonRecord {
  return { ...record, [section]: list };
}

function requireIndex(record: PersonRecord, section: RecordSection, index: number): void {
  if (!Number.isInteger(index) || index < 0 || index >= entriesOf(record, section).length) throw new NotFoundError(`${section} entry`, String(index));
}

/** The checks the contract cannot make (they need today's date), on the entry as the form sent it. */
function assertPossible(deps: Deps, change: RecordEntry): void {
  const issues = entryDateIssues(change, todayUtc(deps));
  if (issues.length > 0) throw new ValidationError(issues);
}

/**
 * Adds one entry (a credential or licence, a programme or degree, an exam, a CE activity, a clinical
 * log entry) to a person's record, as its owner or permitted staff. The entry has passed the same contract
 * as an import; the dates that cannot be in the future are checked here, as the import checks them. One
 * transaction, audited; the new entry is last in its section.
 *
 * @example
 * await addRecordEntry(deps, me, personId, { section: 'ce', entry: { title: 'Dose', completedOn, credits: 2 } }) // { index: 4, changed: true, … }
 */
export async function addRecordEntry(deps: Deps, principal: Principal, personId: string, change: RecordEntry): Promise<RecordEntryOutcome> {
  assertPossible(deps, change);
  let index = 0;
  const outcome = await editRecord(deps, principal, personId, (record) => {
    const list = entriesOf(record, change.section);
    index = list.length;
    return withSection(record, change.section, [...list, change.entry]);
  });
  return { ...outcome, index };
}

/** Replaces the entry at `index` of its section (the edit form); an index that is not there is "not found". */
export async function replaceRecordEntry(deps: Deps, principal: Principal, personId: string, index: number, change: RecordEntry): Promise<RecordEntryOutcome> {
  assertPossible(deps, change);
  const outcome = await editRecord(deps, principal, personId, (record) => {
    requireIndex(record, change.section, index);
    return withSection(record, change.section, entriesOf(record, change.section).map((e, i) => (i === index ? change.entry : e)));
  });
  return { ...outcome, index };
}

/** Deletes the entry at `index` of a section; later entries move up by one. */
export async function deleteRecordEntry(deps: Deps, principal: Principal, personId: string, section: RecordSection, index: number): Promise<ImportOutcome> {
  return editRecord(deps, principal, personId, (record) => {
    requireIndex(record, section, index);
    return withSection(record, section, entriesOf(record, section).filter((_, i) => i !== index));
  });
}

/**
 * Changes who the record is about — name, birth date, where they live — keeping the record's own id (an
 * import's or an export's). Same access rule and audit as every record form; a birth date after today is refused.
 */
export async function replacePersonInfo(deps: Deps, principal: Principal, personId: string, info: Omit<PersonInfo, 'id'>): Promise<ImportOutcome> {
  const today = todayUtc(deps);
  if (info.birthDate > today) throw new ValidationError([{ path: 'birthDate', message: `${JSON.stringify(info.birthDate)} is after today (${today}): a birth date cannot be in the future` }]);
  return editRecord(deps, principal, personId, (record) => ({ ...record, person: record.person.id === undefined ? info : { id: record.person.id, ...info } }));
}
