/** The roles an account can have. All but `admin` are held within an organisation (a membership). */
export const ACCOUNT_ROLES = [
  'student',
  'professional',
  'instructor',
  'program_director',
  'recruiter',
  'org_admin',
  'admin',
] as const;
export type AccountRole = (typeof ACCOUNT_ROLES)[number];

/** Roles that can be held inside an organisation (`admin` is platform-wide). */
export const MEMBERSHIP_ROLES = ACCOUNT_ROLES.filter((r): r is Exclude<AccountRole, 'admin'> => r !== 'admin');
export type MembershipRole = Exclude<AccountRole, 'admin'>;

/** Members whose own records the organisation looks after (learners and employees). */
export const RECORD_SUBJECT_ROLES: readonly MembershipRole[] = ['student', 'professional'];

/** Staff who may read the records of the organisation's students and professionals. */
export const RECORD_READER_ROLES: readonly MembershipRole[] = ['instructor', 'program_director', 'org_admin'];

/** Staff who may also import (change) those records. */
export const RECORD_WRITER_ROLES: readonly MembershipRole[] = ['program_director', 'org_admin'];

export const ORGANISATION_KINDS = ['hospital', 'imaging-centre', 'school', 'staffing-agency', 'other'] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];
