import { NotFoundError, type PersonRecord } from '@modality/domain';
import type { Principal } from '../auth/principal.js';
import type { Deps } from '../deps.js';
import { pageOf, pageRequest, type Page, type PageInput } from '../pagination/cursor.js';
import type { PersonRow } from '../ports/index.js';
import { recordAccess, visibleOwners } from './record-access.js';
import { withEntryIds } from './record-entry-ids.js';
import { recordWithSignedLog } from '../clinical/signed-log-record.js';

/**
 * Exports a person's record (v1) for someone allowed to read it. A person the caller may not read is
 * "not found", so ids cannot be probed. A read through a staff role goes to the audit log.
 */
export async function exportRecord(deps: Deps, principal: Principal, personId: string): Promise<PersonRecord> {
  return (await exportRecordWithVersion(deps, principal, personId)).record;
}

/**
 * `exportRecord`, with the record's version (the digest a change compares an `If-Match` with; empty for
 * a record never stored), from the same read.
 */
export async function exportRecordWithVersion(deps: Deps, principal: Principal, personId: string): Promise<{ readonly record: PersonRecord; readonly version: string }> {
  const found = await deps.store.people.findRecord(personId);
  const access = found ? await recordAccess(deps, principal, found.ownerUserId) : undefined;
  const record = found?.record;
  if (!access?.read || !record) throw new NotFoundError('person', personId);
  if (access.viaOrganisationId !== null) {
    await deps.store.audit.append({ at: deps.clock.now().toISOString(), actorUserId: principal.user.id, organisationId: access.viaOrganisationId, action: 'person.record.read', subjectPersonId: personId, details: {} });
  }
  // The signed clinical log is part of the record (issue 12): it exports with it, whoever the school.
  // Its entries carry no id: they are changed in the clinical log, not by the record forms.
  return { record: await recordWithSignedLog(deps.store, personId, withEntryIds(deps, record)), version: found?.recordHash ?? '' };
}

/** The operator's export (CLI): no access check, since the operator holds the database. */
export async function exportRecordAsOperator(deps: Deps, personId: string): Promise<PersonRecord> {
  const record = await deps.store.people.getRecord(personId);
  if (!record) throw new NotFoundError('person', personId);
  return recordWithSignedLog(deps.store, personId, withEntryIds(deps, record));
}

/** People the principal may see (themselves first in id order with the rest), a page at a time. */
export async function listVisiblePeople(deps: Deps, principal: Principal, page: PageInput): Promise<Page<PersonRow & { isSelf: boolean; canChange: boolean }>> {
  const owners = await visibleOwners(deps, principal);
  const rows = await deps.store.people.listByOwners([...owners.keys()], pageRequest(page));
  const { items, nextCursor } = pageOf(rows, page.limit);
  return {
    items: items.map((r) => ({
      ...r,
      isSelf: r.ownerUserId === principal.user.id,
      canChange: r.ownerUserId !== null && owners.get(r.ownerUserId)?.write === true,
    })),
    nextCursor,
  };
}
