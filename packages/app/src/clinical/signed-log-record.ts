import type { CalendarDate, ClinicalEntry, PersonRecord } from '@modality/domain';
import type { ClinicalEntryRow, Store } from '../ports/index.js';

/**
 * A signed entry of the clinical log as a clinical entry of the person record: who signed, when, and what the
 * student did. A failed competency attempt stays out: record v1 has no field for a grade, and the rules count
 * every exported entry the student performed as a competency shown.
 */
export function signedEntryAsRecordEntry(entry: ClinicalEntryRow): ClinicalEntry | undefined {
  if (entry.signature === null || entry.grade?.passed === false) return undefined;
  return {
    procedure: entry.procedure,
    performedOn: entry.performedOn as CalendarDate,
    count: 1,
    verifiedBy: entry.signature.arrtNumber === null ? entry.signature.name : `${entry.signature.name} (ARRT ${entry.signature.arrtNumber})`,
    verifiedOn: entry.signature.signedAt.slice(0, 10) as CalendarDate,
    role: entry.role,
    simulated: entry.simulated,
  };
}

const sameEntry = (a: ClinicalEntry, b: ClinicalEntry) =>
  a.procedure === b.procedure && a.performedOn === b.performedOn && a.verifiedBy === b.verifiedBy && a.verifiedOn === b.verifiedOn && a.role === b.role && (a.simulated ?? false) === (b.simulated ?? false);

/**
 * The record with every SIGNED entry of the person's clinical log in its `clinical` section (unsigned ones
 * are the student's drafts and stay out). An entry already in the record — a record exported and imported
 * back — is not added twice. The log belongs to the person, not to a school: this does not look at
 * memberships, so a graduate who left the program still exports it.
 */
export function withSignedLog(record: PersonRecord, entries: readonly ClinicalEntryRow[]): PersonRecord {
  const kept = record.clinical ?? [];
  const added = entries.map(signedEntryAsRecordEntry).filter((e): e is ClinicalEntry => e !== undefined && !kept.some((k) => sameEntry(k, e)));
  if (added.length === 0) return record;
  return { ...record, clinical: [...kept, ...added] };
}

/** Reads the person's log and adds its signed entries to their record. */
export async function recordWithSignedLog(store: Pick<Store, 'clinical'>, personId: string, record: PersonRecord): Promise<PersonRecord> {
  return withSignedLog(record, await store.clinical.listEntriesForPerson(personId));
}
