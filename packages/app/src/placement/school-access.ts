import { ForbiddenError, NotFoundError } from '@modality/domain';
import type { MembershipRole } from '@modality/domain';
import type { Principal } from '../auth/principal.js';
import type { Deps } from '../deps.js';
import type { ClinicalTermRow, OrganisationRow } from '../ports/index.js';

/** Who keeps a school's clinical sites, terms and placements. */
export const PLACEMENT_MANAGER_ROLES: readonly MembershipRole[] = ['program_director', 'org_admin'];

/**
 * The school, if the principal holds one of `roles` in it. A member with another role is refused (403);
 * to anyone else the school's placement does not exist (404).
 */
export async function requireSchoolRole(deps: Deps, principal: Principal, schoolId: string, roles: readonly MembershipRole[]): Promise<OrganisationRow> {
  const mine = principal.memberships.filter((m) => m.organisationId === schoolId);
  if (mine.length === 0) throw new NotFoundError('school', schoolId);
  if (!mine.some((m) => roles.includes(m.role))) throw new ForbiddenError('Only the program director or an administrator of the school may do this');
  const school = await deps.store.organisations.findById(schoolId);
  if (school === undefined) throw new NotFoundError('school', schoolId);
  return school;
}

/** A term of the school (404 when the term is another school's). */
export async function requireTerm(deps: Deps, schoolId: string, termId: string): Promise<ClinicalTermRow> {
  const term = await deps.store.clinicalPlacement.findTerm(termId);
  if (term === undefined || term.schoolOrganisationId !== schoolId) throw new NotFoundError('term', termId);
  return term;
}
