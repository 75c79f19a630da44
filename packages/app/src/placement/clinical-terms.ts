import { ValidationError } from '@modality/domain';
import type { Principal } from '../auth/principal.js';
import type { Deps } from '../deps.js';
import type { ClinicalTermRow } from '../ports/index.js';
import { PLACEMENT_MANAGER_ROLES, requireSchoolRole, requireTerm } from './school-access.js';

/** A term as people see it. */
export interface TermView {
  readonly id: string;
  readonly name: string;
  readonly startsOn: string;
  readonly endsOn: string;
}

export const termView = (t: ClinicalTermRow): TermView => ({ id: t.id, name: t.name, startsOn: t.startsOn, endsOn: t.endsOn });

/** The school's terms, earliest first (director and admins). */
export async function listTerms(deps: Deps, principal: Principal, schoolId: string): Promise<TermView[]> {
  await requireSchoolRole(deps, principal, schoolId, PLACEMENT_MANAGER_ROLES);
  return (await deps.store.clinicalPlacement.listTerms(schoolId)).map(termView);
}

/** Adds a term; it must end on or after the day it starts. */
export async function createTerm(deps: Deps, principal: Principal, schoolId: string, input: { readonly name: string; readonly startsOn: string; readonly endsOn: string }): Promise<TermView> {
  await requireSchoolRole(deps, principal, schoolId, PLACEMENT_MANAGER_ROLES);
  if (input.endsOn < input.startsOn) throw new ValidationError([{ path: 'endsOn', message: `"${input.endsOn}" is before the start, "${input.startsOn}"` }], 'The term was not added');
  const term: ClinicalTermRow = { id: deps.ids.newId('term'), schoolOrganisationId: schoolId, name: input.name, startsOn: input.startsOn, endsOn: input.endsOn };
  const now = deps.clock.now().toISOString();
  await deps.store.transaction(async (tx) => {
    await tx.clinicalPlacement.insertTerm(term, now);
    await tx.audit.append({ at: now, actorUserId: principal.user.id, organisationId: schoolId, action: 'clinical.term.created', subjectPersonId: null, details: { termId: term.id } });
  });
  return termView(term);
}

/** Removes a term with its capacities, rankings and runs (published rotations stay). */
export async function deleteTerm(deps: Deps, principal: Principal, schoolId: string, termId: string): Promise<{ deleted: true }> {
  await requireSchoolRole(deps, principal, schoolId, PLACEMENT_MANAGER_ROLES);
  await requireTerm(deps, schoolId, termId);
  const now = deps.clock.now().toISOString();
  await deps.store.transaction(async (tx) => {
    await tx.clinicalPlacement.deleteTerm(termId);
    await tx.audit.append({ at: now, actorUserId: principal.user.id, organisationId: schoolId, action: 'clinical.term.deleted', subjectPersonId: null, details: { termId } });
  });
  return { deleted: true };
}
