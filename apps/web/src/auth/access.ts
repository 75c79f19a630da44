import type { Me } from '@modality/contracts';

export type MembershipRole = Me['memberships'][number]['role'];

/** Roles whose own record the platform keeps (learners and employees). */
const RECORD_SUBJECT_ROLES: readonly MembershipRole[] = ['student', 'professional'];
/** Staff who read the records of their organisations' students and professionals. */
const RECORD_READER_ROLES: readonly MembershipRole[] = ['instructor', 'program_director', 'org_admin'];
/** Staff who may also import (replace) those records. */
const RECORD_WRITER_ROLES: readonly MembershipRole[] = ['program_director', 'org_admin'];

export const ROLE_LABELS: Readonly<Record<MembershipRole, string>> = {
  student: 'Student',
  professional: 'Professional',
  instructor: 'Clinical instructor',
  program_director: 'Program director',
  recruiter: 'Recruiter',
  org_admin: 'Organisation admin',
};

function hasRole(me: Me, roles: readonly MembershipRole[]): boolean {
  return me.memberships.some((m) => roles.includes(m.role));
}

/**
 * What the signed-in user may see and do, derived from `Me`. The server enforces every rule; this only
 * decides which pages the navigation offers.
 */
export interface Access {
  /** Has a record, or is someone whose record the platform keeps (an individual, a student, a professional). */
  readonly ownRecord: boolean;
  /** May list and read other people's records. */
  readonly people: boolean;
  /** May import records for other people. */
  readonly importForOthers: boolean;
  readonly organisations: boolean;
  readonly createOrganisations: boolean;
  readonly candidates: boolean;
}

export function accessOf(me: Me): Access {
  const admin = me.user.isAdmin;
  return {
    ownRecord:
      me.personId !== null || hasRole(me, RECORD_SUBJECT_ROLES) || (me.memberships.length === 0 && !admin),
    // Platform admins run organisations, not records: they get no record access from that role alone.
    people: hasRole(me, RECORD_READER_ROLES),
    importForOthers: hasRole(me, RECORD_WRITER_ROLES),
    organisations: admin || hasRole(me, ['org_admin']),
    createOrganisations: admin,
    candidates: hasRole(me, ['recruiter']),
  };
}

/** Organisations in which the user may invite members (every one for a platform admin). */
export function canInviteTo(me: Me, organisationId: string): boolean {
  return (
    me.user.isAdmin ||
    me.memberships.some((m) => m.organisationId === organisationId && m.role === 'org_admin')
  );
}

export interface NavItem {
  readonly to: '/record' | '/credentials' | '/wallet' | '/import' | '/people' | '/organisations' | '/candidates';
  readonly label: string;
}

export interface PublicNavItem {
  readonly to: '/careers' | '/plan' | '/programs' | '/verify';
  readonly label: string;
}

/** Pages for everyone, signed in or not (after the signed-in user's own pages). */
export const PUBLIC_NAVIGATION: readonly PublicNavItem[] = [
  { to: '/careers', label: 'Careers' },
  { to: '/plan', label: 'Plan a path' },
  { to: '/programs', label: 'Programs' },
  { to: '/verify', label: 'Verify a credential' },
];

/** The navigation for this user, in order; the first item is their home page. */
export function navigationFor(me: Me): NavItem[] {
  const access = accessOf(me);
  const items: NavItem[] = [];
  if (access.ownRecord) {
    items.push({ to: '/record', label: 'My record' });
    items.push({ to: '/credentials', label: 'My credentials' });
    items.push({ to: '/wallet', label: 'My wallet' });
  }
  if (access.people) items.push({ to: '/people', label: 'People' });
  if (access.ownRecord || access.importForOthers) items.push({ to: '/import', label: 'Import record' });
  if (access.candidates) items.push({ to: '/candidates', label: 'Candidates' });
  if (access.organisations) items.push({ to: '/organisations', label: 'Organisations' });
  return items;
}

/** "Professional at St. Mary's Hospital", one line per membership, plus "Platform admin". */
export function describeRoles(me: Me): string[] {
  const lines = me.memberships.map((m) => `${ROLE_LABELS[m.role]} at ${m.organisationName}`);
  if (me.user.isAdmin) lines.unshift('Platform admin');
  return lines;
}
