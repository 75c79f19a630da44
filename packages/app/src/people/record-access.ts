import { RECORD_READER_ROLES, RECORD_SUBJECT_ROLES, RECORD_WRITER_ROLES } from '@modality/domain';
import { organisationsWithRole, type Principal } from '../auth/principal.js';
import type { Deps } from '../deps.js';

/** What a principal may do with one person's record, and through which organisation. */
export interface RecordAccess {
  readonly read: boolean;
  readonly write: boolean;
  /** Set when access comes from a staff role, not from owning the record: such reads are audited. */
  readonly viaOrganisationId: string | null;
}

const NONE: RecordAccess = { read: false, write: false, viaOrganisationId: null };

/**
 * The access rule (docs/design.md §6): you may read and change your own record; staff (instructor,
 * program_director, org_admin) may read the records of their organisation's students and professionals,
 * and program directors and org admins may also change them; nobody else may do either. Platform admins
 * run organisations, not records, and get no access from that alone.
 */
export async function recordAccess(deps: Deps, principal: Principal, ownerUserId: string | null): Promise<RecordAccess> {
  if (ownerUserId === null) return NONE;
  if (ownerUserId === principal.user.id) return { read: true, write: true, viaOrganisationId: null };
  const readerOrgs = organisationsWithRole(principal, RECORD_READER_ROLES);
  if (readerOrgs.size === 0) return NONE;
  const writerOrgs = organisationsWithRole(principal, RECORD_WRITER_ROLES);
  const subjectOrgs = (await deps.store.memberships.rolesOfUser(ownerUserId))
    .filter((m) => RECORD_SUBJECT_ROLES.includes(m.role))
    .map((m) => m.organisationId);
  const writeVia = subjectOrgs.find((o) => writerOrgs.has(o));
  if (writeVia !== undefined) return { read: true, write: true, viaOrganisationId: writeVia };
  const readVia = subjectOrgs.find((o) => readerOrgs.has(o));
  if (readVia !== undefined) return { read: true, write: false, viaOrganisationId: readVia };
  return NONE;
}

/**
 * Who changes or reads a record through the record forms' and files' use cases: a signed-in principal, or
 * the operator at the command line (who holds the database, so every record is theirs to change; audited
 * with no actor user, like the operator's import).
 */
export const OPERATOR = 'operator' as const;
export type RecordActor = Principal | typeof OPERATOR;

/** {@link recordAccess} for a principal; everything, with no organisation, for the operator. */
export async function recordAccessOf(deps: Deps, actor: RecordActor, ownerUserId: string | null): Promise<RecordAccess> {
  return actor === OPERATOR ? { read: true, write: true, viaOrganisationId: null } : recordAccess(deps, actor, ownerUserId);
}

/** The user an audit entry names as the actor: none for the operator. */
export function actorUserIdOf(actor: RecordActor): string | null {
  return actor === OPERATOR ? null : actor.user.id;
}

/**
 * The users whose records the principal may see — themselves, and through a staff role the students and
 * professionals of their organisations — each with whether the principal may also change that record.
 * The same rule as {@link recordAccess}, computed for everyone at once.
 */
export async function visibleOwners(deps: Deps, principal: Principal): Promise<Map<string, { readonly write: boolean }>> {
  const owners = new Map<string, { write: boolean }>([[principal.user.id, { write: true }]]);
  const writerOrgs = organisationsWithRole(principal, RECORD_WRITER_ROLES);
  const readerOrgs = organisationsWithRole(principal, RECORD_READER_ROLES);
  for (const m of await deps.store.memberships.holdersOf([...readerOrgs], RECORD_SUBJECT_ROLES)) {
    const seen = owners.get(m.userId);
    owners.set(m.userId, { write: (seen?.write ?? false) || writerOrgs.has(m.organisationId) });
  }
  return owners;
}
