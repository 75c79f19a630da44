import { NotFoundError, type CeActivity } from '@modality/domain';
import type { Principal } from '../auth/principal.js';
import type { Deps } from '../deps.js';
import { importRecord, type ImportOutcome } from './record-import.js';

/**
 * Adds one CE activity to a person's record (the "add CE activity" form). It is an import of the record
 * with the activity appended, so it obeys the same access rule, is one transaction and is audited.
 */
export async function addCeActivity(deps: Deps, principal: Principal, personId: string, activity: CeActivity): Promise<ImportOutcome> {
  const record = await deps.store.people.getRecord(personId);
  if (record === undefined) throw new NotFoundError('person', personId);
  return importRecord(deps, principal, { kind: 'person', personId }, { ...record, ce: [...(record.ce ?? []), activity] });
}
