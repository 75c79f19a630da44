import type { Me } from '@modality/contracts';

export type MembershipRole = Me['memberships'][number]['role'];

/** The membership roles in words ("Clinical instructor"). */
export const ROLE_LABELS: Readonly<Record<MembershipRole, string>> = {
  student: 'Student',
  professional: 'Professional',
  instructor: 'Clinical instructor',
  program_director: 'Program director',
  recruiter: 'Recruiter',
  org_admin: 'Organisation admin',
};

/**
 * Organisations in which the user may invite members, from the server's abilities (`me.can`): every one
 * for a platform admin.
 */
export function canInviteTo(me: Me, organisationId: string): boolean {
  return me.can.inviteToAnyOrganisation || me.can.inviteTo.includes(organisationId);
}

export interface NavItem {
  readonly to:
    | '/record'
    | '/credentials'
    | '/wallet'
    | '/job-search'
    | '/clinical'
    | '/time'
    | '/postprimary'
    | '/postprimary/waiting'
    | '/import'
    | '/people'
    | '/clinical/sign-off'
    | '/time/review'
    | '/organisations'
    | '/candidates'
    | '/postings'
    | '/cohort'
    | '/placement'
    | '/my-placement'
    | '/requirements';
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

/**
 * The navigation for this user, in order (the first item is their home page): the pages of what the
 * server says they may do (`me.can`). The web derives nothing from roles; the server enforces every rule.
 */
export function navigationFor(me: Me): NavItem[] {
  const { can } = me;
  const items: NavItem[] = [];
  if (can.ownRecord) {
    items.push({ to: '/record', label: 'My record' });
    items.push({ to: '/credentials', label: 'My credentials' });
    items.push({ to: '/wallet', label: 'My wallet' });
    items.push({ to: '/job-search', label: 'My job search' });
  }
  if (can.clinicalLog) items.push({ to: '/clinical', label: 'My clinical log' });
  if (can.clinicalTime) items.push({ to: '/time', label: 'Time' });
  if (can.postprimaryLog === true) items.push({ to: '/postprimary', label: 'Postprimary log' });
  if (can.readPeople) items.push({ to: '/people', label: 'People' });
  if (can.signClinical) items.push({ to: '/clinical/sign-off', label: 'Sign clinical entries' });
  if (can.reviewClinicalTime) items.push({ to: '/time/review', label: 'Students’ time' });
  if (can.ownRecord || can.importForOthers) items.push({ to: '/import', label: 'Import record' });
  if (can.searchCandidates) items.push({ to: '/candidates', label: 'Candidates' }, { to: '/postings', label: 'Postings' });
  if (can.cohortOf.length > 0) items.push({ to: '/cohort', label: 'Cohort' }, { to: '/requirements', label: 'Requirements' });
  if (can.seeOrganisations) items.push({ to: '/organisations', label: 'Organisations' });
  if ((can.managePlacementAt ?? []).length > 0) items.push({ to: '/placement', label: 'Clinical placement' });
  if (can.rankClinicalSites === true) items.push({ to: '/my-placement', label: 'My rotations' });
  // Last, and never a home page: most people are asked to sign a procedure now and then, not every day.
  if (can.signPostprimary === true) items.push({ to: '/postprimary/waiting', label: 'Procedures to sign' });
  return items;
}

/** "Professional at St. Mary's Hospital", one line per membership, plus "Platform admin". */
export function describeRoles(me: Me): string[] {
  const lines = me.memberships.map((m) => `${ROLE_LABELS[m.role]} at ${m.organisationName}`);
  if (me.user.isAdmin) lines.unshift('Platform admin');
  return lines;
}
