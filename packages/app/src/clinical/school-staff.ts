import { ForbiddenError, NotFoundError, type MembershipRole } from '@modality/domain';
import type { Principal } from '../auth/principal.js';
import type { Deps } from '../deps.js';
import type { OrganisationRow } from '../ports/index.js';

/** Who sees a school's cohort and its program effectiveness figures: the program's teaching staff. */
export const COHORT_READER_ROLES: readonly MembershipRole[] = ['program_director', 'instructor'];
/** Who records that a student left (graduated or withdrew). */
export const COHORT_WRITER_ROLES: readonly MembershipRole[] = ['program_director'];

/**
 * The school, when the principal holds one of `roles` in it. Someone with no membership of the school gets
 * "not found" (schools cannot be probed); a member without the role (a student) gets "forbidden"; an
 * organisation that is not a school is "not found" to its staff.
 */
export async function requireSchoolStaff(deps: Deps, principal: Principal, schoolId: string, roles: readonly MembershipRole[]): Promise<OrganisationRow> {
  const mine = principal.memberships.filter((m) => m.organisationId === schoolId);
  if (mine.length === 0) throw new NotFoundError('school', schoolId);
  if (!mine.some((m) => roles.includes(m.role))) throw new ForbiddenError(`Only the program's teaching staff can do this for ${mine[0]?.organisationName ?? 'this school'}`);
  const org = await deps.store.organisations.findById(schoolId);
  if (org === undefined || org.kind !== 'school') throw new NotFoundError('school', schoolId);
  return org;
}
