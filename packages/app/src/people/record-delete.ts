import { NotFoundError } from '@modality/domain';
import type { Principal } from '../auth/principal.js';
import type { FileDeps } from '../deps.js';

/**
 * Deletes a person and their whole record, at the owner's request (docs/design.md §6: person data can be deleted by
 * its owner), with the files kept on it. Staff cannot delete someone else's record. The audit log keeps the
 * fact of the deletion, not the data. The rows go in one transaction (the file rows with the person); the
 * files' bytes are removed after it commits.
 */
export async function deleteOwnRecord(deps: FileDeps, principal: Principal, personId: string): Promise<void> {
  const files = await deps.store.transaction(async (tx) => {
    const person = await tx.people.findById(personId);
    if (!person || person.ownerUserId !== principal.user.id) throw new NotFoundError('person', personId);
    const kept = await tx.recordFiles.listForPerson(personId);
    await tx.people.delete(personId);
    await tx.audit.append({ at: deps.clock.now().toISOString(), actorUserId: principal.user.id, organisationId: null, action: 'person.deleted', subjectPersonId: personId, details: { files: kept.length } });
    return kept;
  });
  for (const file of files) await deps.blobs.delete(file.blobKey);
}
