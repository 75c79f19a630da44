import { RECORD_READER_ROLES, RECORD_SUBJECT_ROLES, RECORD_WRITER_ROLES, type MembershipRole } from '@modality/domain';
import { ORGANISATION_INVITER_ROLES } from '../organisations/organisation-access.js';
import { organisationsWithRole, type Principal } from './principal.js';

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
  readonly searchCandidates: boolean;
  /** A student of a school: clocks in and out at clinical sites. */
  readonly clinicalTime: boolean;
  /** An instructor or program director of a school: decides time exceptions and sees hour warnings. */
  readonly reviewClinicalTime: boolean;
}

const RECRUITER_ROLES: readonly MembershipRole[] = ['recruiter'];

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
  const has = (roles: readonly MembershipRole[]) => organisationsWithRole(principal, roles).size > 0;
  const inviteTo = [...organisationsWithRole(principal, ORGANISATION_INVITER_ROLES)];
  return {
    ownRecord: principal.personId !== null || has(RECORD_SUBJECT_ROLES) || (principal.memberships.length === 0 && !admin),
    readPeople: has(RECORD_READER_ROLES),
    importForOthers: has(RECORD_WRITER_ROLES),
    seeOrganisations: admin || inviteTo.length > 0,
    createOrganisations: admin,
    inviteToAnyOrganisation: admin,
    inviteTo,
    searchCandidates: has(RECRUITER_ROLES),
    clinicalTime: has(['student']),
    reviewClinicalTime: has(['instructor', 'program_director']),
  };
}
