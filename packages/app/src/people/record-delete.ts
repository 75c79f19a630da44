import { NotFoundError } from '@modality/domain';
import type { Principal } from '../auth/principal.js';
import type { Deps } from '../deps.js';

/**
 * Deletes a person and their whole record, at the owner's request (docs/design.md §6: person data can be deleted by
 * its owner). Staff cannot delete someone else's record. The audit log keeps the fact of the deletion, not
 * the data.
 */
export async function deleteOwnRecord(deps: Deps, principal: Principal, personId: string): Promise<void> {
  await deps.store.transaction(async (tx) => {
    const person = await tx.people.findById(personId);
    if (!person || person.ownerUserId !== principal.user.id) throw new NotFoundError('person', personId);
    await tx.people.delete(personId);
    await tx.audit.append({ at: deps.clock.now().toISOString(), actorUserId: principal.user.id, organisationId: null, action: 'person.deleted', subjectPersonId: personId, details: {} });
  });
}
