import type { Me } from '@modality/contracts';
import { describe, expect, it } from 'vitest';
import { describeImport } from '../features/import/ImportPage';
import {
  accessOf,
  canInviteTo,
  describeRoles,
  navigationFor,
  PUBLIC_NAVIGATION,
  type MembershipRole,
} from './access';

function me(
  roles: readonly MembershipRole[],
  options: { isAdmin?: boolean; personId?: string | null } = {},
): Me {
  return {
    user: { id: 'usr_1', email: 'x@example.test', name: 'X', isAdmin: options.isAdmin ?? false },
    memberships: roles.map((role, i) => ({
      organisationId: `org_${i}`,
      organisationName: `Org ${i}`,
      organisationKind: 'hospital',
      role,
    })),
    personId: options.personId === undefined ? null : options.personId,
    csrfToken: 't',
  };
}

const labels = (m: Me) => navigationFor(m).map((i) => i.label);

describe('navigationFor', () => {
  it('gives a professional their record and import, nothing about other people', () => {
    expect(labels(me(['professional'], { personId: 'psn_1' }))).toEqual([
      'My record',
      'My credentials',
      'My wallet',
      'Import record',
    ]);
    expect(labels(me(['student']))).toEqual(['My record', 'My credentials', 'My wallet', 'Import record']);
  });

  it('gives record-reading staff the People list', () => {
    expect(labels(me(['instructor']))).toEqual(['People']);
    expect(labels(me(['instructor'], { personId: 'psn_2' }))).toEqual([
      'My record',
      'My credentials',
      'My wallet',
      'People',
      'Import record',
    ]);
    expect(labels(me(['program_director']))).toEqual(['People', 'Import record']);
    expect(labels(me(['org_admin']))).toEqual(['People', 'Import record', 'Organisations']);
  });

  it('gives a recruiter the candidates placeholder only', () => {
    expect(labels(me(['recruiter']))).toEqual(['Candidates']);
  });

  it('gives the platform admin organisations, and no access to records from that role alone', () => {
    const admin = me([], { isAdmin: true });
    expect(labels(admin)).toEqual(['Organisations']);
    expect(labels(me([], { isAdmin: true, personId: 'psn_3' }))).toEqual([
      'My record',
      'My credentials',
      'My wallet',
      'Import record',
      'Organisations',
    ]);
    expect(accessOf(admin).createOrganisations).toBe(true);
  });

  it('keeps the public careers pages out of the role-aware list (the layout adds them for everyone)', () => {
    expect(PUBLIC_NAVIGATION.map((i) => i.label)).toEqual(['Careers', 'Plan a path', 'Programs', 'Verify a credential']);
    expect(labels(me(['recruiter']))).not.toContain('Careers');
  });

  it('lets a new individual with no organisation keep a record', () => {
    expect(labels(me([]))).toEqual(['My record', 'My credentials', 'My wallet', 'Import record']);
  });
});

describe('canInviteTo and describeRoles', () => {
  it('allows inviting only where the user is org admin, or everywhere for the platform admin', () => {
    const m = me(['instructor', 'org_admin']);
    expect(canInviteTo(m, 'org_0')).toBe(false);
    expect(canInviteTo(m, 'org_1')).toBe(true);
    expect(canInviteTo(me([], { isAdmin: true }), 'org_9')).toBe(true);
    expect(describeRoles(m)).toEqual(['Clinical instructor at Org 0', 'Organisation admin at Org 1']);
    expect(describeRoles(me([], { isAdmin: true }))).toEqual(['Platform admin']);
  });
});

describe('describeImport', () => {
  it('counts what was imported, or says nothing changed', () => {
    const counts = { education: 1, credentials: 3, ce: 12, clinical: 0, exams: 1 };
    expect(describeImport({ personId: 'p', changed: true, counts })).toBe(
      'Imported: 3 credentials, 12 CE activities, 0 clinical log entries, 1 exam, 1 education entry.',
    );
    expect(describeImport({ personId: 'p', changed: false, counts })).toBe(
      'No change: this record was already stored.',
    );
  });
});
