import { postingSideOf, RECORD_READER_ROLES, RECORD_SUBJECT_ROLES, RECORD_WRITER_ROLES, type MembershipRole, type PostingSide } from '@modality/domain';
import { CLINICAL_SIGNER_ROLES } from '../clinical/instructor-sign-off.js';
import { POSTING_WRITER_ROLES } from '../staffing/posting-access.js';
import { ORGANISATION_INVITER_ROLES } from '../organisations/organisation-access.js';
import { COHORT_READER_ROLES, COHORT_WRITER_ROLES } from '../clinical/school-staff.js';
import { organisationsWithRole, type Principal } from './principal.js';
import { PLACEMENT_MANAGER_ROLES } from '../placement/school-access.js';

/** What a signed-in user may do, as a client shows it (the use cases still check every request). */
export interface Abilities {
  /** Has a record, or is someone whose record the platform keeps (an individual, a student, a professional). */
  readonly ownRecord: boolean;
  /** May list and read the records of their organisations' students and professionals. */
  readonly readPeople: boolean;
  /** May also import (replace) those records. */
  readonly importForOthers: boolean;
  /** May run organisations: a platform admin, or an organisation admin. */
  readonly seeOrganisations: boolean;
  readonly createOrganisations: boolean;
  /** Platform admins invite into every organisation. */
  readonly inviteToAnyOrganisation: boolean;
  /** The organisations the user may invite into through a role there. */
  readonly inviteTo: readonly string[];
  /** Writes an employer's or agency's postings and ranks candidates for them: a recruiter or org admin there. */
  readonly searchCandidates: boolean;
  /**
   * The organisations the user writes postings and ranks candidates for (recruiter or org admin of an
   * employer or a staffing agency), by name, with the side each posts as; ordered by name.
   */
  readonly postFor: ReadonlyArray<{ readonly organisationId: string; readonly organisationName: string; readonly side: PostingSide }>;
  /** Keeps a clinical log: a student of a school. */
  readonly clinicalLog: boolean;
  /** Signs students' clinical entries in the app: a clinical instructor or program director of a school. */
  readonly signClinical: boolean;
  /** Schools whose cohort and program effectiveness figures the user sees (program director, instructor). */
  readonly cohortOf: readonly string[];
  /** Schools whose clinical sites, terms and placement the user keeps (program director or admin there). */
  readonly managePlacementAt: readonly string[];
  /** Schools whose requirement set, simulation cap and local requirements the user chooses (program director). */
  readonly editRequirementsAt: readonly string[];
  /** A student of a school: ranks its clinical sites and reads their rotations. */
  readonly rankClinicalSites: boolean;
  /** A student of a school: clocks in and out at clinical sites. */
  readonly clinicalTime: boolean;
  /** An instructor or program director of a school: decides time exceptions and sees hour warnings. */
  readonly reviewClinicalTime: boolean;
  /** Keeps a postprimary clinical experience log (CT, MR): someone who keeps a record and is not a student. */
  readonly postprimaryLog: boolean;
  /** May be asked to verify or review a technologist's postprimary procedure: anyone signed in but a student. */
  readonly signPostprimary: boolean;
}

/**
 * The abilities of a principal, from the same role lists the use cases check: record access
 * ({@link recordAccess}), organisation staff and inviters ({@link requireOrganisationRole}), and
 * administrators (who run organisations, not records).
 *
 * @example
 * abilitiesOf(orgAdminOfMercy).inviteTo // ['org_mercy']
 */
export function abilitiesOf(principal: Principal): Abilities {
  const admin = principal.user.isAdmin;
  const postFor = new Map<string, { organisationId: string; organisationName: string; side: PostingSide }>();
  for (const m of principal.memberships) {
    const side = postingSideOf(m.organisationKind);
    if (side !== null && POSTING_WRITER_ROLES.includes(m.role)) postFor.set(m.organisationId, { organisationId: m.organisationId, organisationName: m.organisationName, side });
  }
  const has = (roles: readonly MembershipRole[]) => organisationsWithRole(principal, roles).size > 0;
  const inviteTo = [...organisationsWithRole(principal, ORGANISATION_INVITER_ROLES)];
  const ownRecord = principal.personId !== null || has(RECORD_SUBJECT_ROLES) || (principal.memberships.length === 0 && !admin);
  return {
    ownRecord,
    readPeople: has(RECORD_READER_ROLES),
    importForOthers: has(RECORD_WRITER_ROLES),
    seeOrganisations: admin || inviteTo.length > 0,
    createOrganisations: admin,
    inviteToAnyOrganisation: admin,
    inviteTo,
    searchCandidates: postFor.size > 0,
    postFor: [...postFor.values()].sort((a, b) => a.organisationName.localeCompare(b.organisationName)),
    clinicalLog: has(['student']),
    signClinical: has(CLINICAL_SIGNER_ROLES),
    cohortOf: [...new Set(principal.memberships.filter((m) => m.organisationKind === 'school' && COHORT_READER_ROLES.includes(m.role)).map((m) => m.organisationId))],
    managePlacementAt: [...new Set(principal.memberships.filter((m) => m.organisationKind === 'school' && PLACEMENT_MANAGER_ROLES.includes(m.role)).map((m) => m.organisationId))],
    editRequirementsAt: [...new Set(principal.memberships.filter((m) => m.organisationKind === 'school' && COHORT_WRITER_ROLES.includes(m.role)).map((m) => m.organisationId))],
    rankClinicalSites: principal.memberships.some((m) => m.organisationKind === 'school' && m.role === 'student'),
    clinicalTime: has(['student']),
    reviewClinicalTime: has(['instructor', 'program_director']),
    postprimaryLog: ownRecord && !has(['student']),
    signPostprimary: !has(['student']),
  };
}
