import { ConflictError, NotFoundError, ValidationError, type PersonInfo, type PersonRecord } from '@modality/domain';
import type { RecordActor } from './record-access.js';
import type { Deps } from '../deps.js';
import { todayUtc } from '../verdicts/as-of.js';
import { entryDateIssues } from './record-dates.js';
import { editRecord, type ImportOutcome } from './record-import.js';

/** The sections of a person record that the record forms change one entry at a time. */
export type RecordSection = 'credentials' | 'education' | 'exams' | 'ce' | 'clinical';

/** One entry of one section, typed by its section. */
export type RecordEntry = { [S in RecordSection]: { readonly section: S; readonly entry: NonNullable<PersonRecord[S]>[number] } }[RecordSection];

/** What a form change did: the import outcome, and the id of the entry it added, changed or deleted. */
export interface RecordEntryOutcome extends ImportOutcome {
  readonly entryId: string;
}

/** A change made on a copy of the record read at `version` (an `If-Match`): refused if the record has moved on. */
export interface EntryEdit {
  readonly entryId: string;
  readonly expectedVersion?: string | undefined;
}

type Keyed = { readonly id?: string };

function entriesOf(record: PersonRecord, section: RecordSection): readonly Keyed[] {
  return record[section] ?? [];
}

/** The record with one section's list replaced; the list holds entries of that section only. */
function withSection(record: PersonRecord, section: RecordSection, list: readonly unknown[]): PersonRecord {
  return { ...record, [section]: list };
}

/** The entry's place; an entry that is not there (never was, or deleted since) is "not found". */
function requireEntry(record: PersonRecord, section: RecordSection, entryId: string): number {
  const at = entriesOf(record, section).findIndex((e) => e.id === entryId);
  if (at < 0) throw new NotFoundError(`${section} entry`, entryId);
  return at;
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
 * transaction, audited; the new entry is last in its section, with a new id (`deps.ids`) unless it brought
 * one that no other entry of the section has (an id already there is a conflict).
 *
 * @example
 * await addRecordEntry(deps, me, personId, { section: 'ce', entry: { title: 'Dose', completedOn, credits: 2 } }) // { entryId: 'ent_…', changed: true, … }
 */
export async function addRecordEntry(deps: Deps, principal: RecordActor, personId: string, change: RecordEntry): Promise<RecordEntryOutcome> {
  assertPossible(deps, change);
  const entryId = change.entry.id ?? deps.ids.newId('ent');
  const outcome = await editRecord(deps, principal, personId, (record) => {
    const list = entriesOf(record, change.section);
    if (list.some((e) => e.id === entryId)) throw new ConflictError(`${JSON.stringify(entryId)} is already the id of another entry of ${change.section}`);
    return withSection(record, change.section, [...list, { ...change.entry, id: entryId }]);
  });
  return { ...outcome, entryId };
}

/**
 * Replaces the entry with this id (the edit form), keeping its id and its place; an id that is not there is
 * "not found", a body naming another id is refused, and a change made on a stale copy (`expectedVersion`) is a conflict.
 */
export async function replaceRecordEntry(deps: Deps, principal: RecordActor, personId: string, at: EntryEdit, change: RecordEntry): Promise<RecordEntryOutcome> {
  assertPossible(deps, change);
  if (change.entry.id !== undefined && change.entry.id !== at.entryId) {
    throw new ValidationError([{ path: 'id', message: `${JSON.stringify(change.entry.id)} is not the id of the entry being changed (${JSON.stringify(at.entryId)}); leave it out` }]);
  }
  const outcome = await editRecord(
    deps,
    principal,
    personId,
    (record) => {
      const index = requireEntry(record, change.section, at.entryId);
      return withSection(record, change.section, entriesOf(record, change.section).map((e, i) => (i === index ? { ...change.entry, id: at.entryId } : e)));
    },
    at.expectedVersion,
  );
  return { ...outcome, entryId: at.entryId };
}

/** Deletes the entry with this id from a section; the others keep their ids. */
export async function deleteRecordEntry(deps: Deps, principal: RecordActor, personId: string, section: RecordSection, at: EntryEdit): Promise<RecordEntryOutcome> {
  const outcome = await editRecord(
    deps,
    principal,
    personId,
    (record) => {
      requireEntry(record, section, at.entryId);
      return withSection(record, section, entriesOf(record, section).filter((e) => e.id !== at.entryId));
    },
    at.expectedVersion,
  );
  return { ...outcome, entryId: at.entryId };
}

/**
 * Changes who the record is about — name, birth date, where they live — keeping the record's own id (an
 * import's or an export's). Same access rule and audit as every record form; a birth date after today is refused.
 */
export async function replacePersonInfo(deps: Deps, principal: RecordActor, personId: string, info: Omit<PersonInfo, 'id'>): Promise<ImportOutcome> {
  const today = todayUtc(deps);
  if (info.birthDate > today) throw new ValidationError([{ path: 'birthDate', message: `${JSON.stringify(info.birthDate)} is after today (${today}): a birth date cannot be in the future` }]);
  return editRecord(deps, principal, personId, (record) => ({ ...record, person: record.person.id === undefined ? info : { id: record.person.id, ...info } }));
}
