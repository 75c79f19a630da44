import type { Me } from '@modality/contracts';
import { describe, expect, it } from 'vitest';
import { describeImport } from '../features/import/ImportPage';
import { canInviteTo, describeRoles, navigationFor, PUBLIC_NAVIGATION, type MembershipRole } from './access';

type Abilities = Me['can'];

const NOTHING: Abilities = {
  ownRecord: false,
  readPeople: false,
  importForOthers: false,
  seeOrganisations: false,
  createOrganisations: false,
  inviteToAnyOrganisation: false,
  inviteTo: [],
  searchCandidates: false,
  postFor: [],
  clinicalLog: false,
  signClinical: false,
  cohortOf: [],
  clinicalTime: false,
  reviewClinicalTime: false,
};

/** A signed-in user with these memberships and what the server says they may do. */
function me(
  can: Partial<Abilities>,
  roles: readonly MembershipRole[] = [],
  options: { isAdmin?: boolean } = {},
): Me {
  return {
    user: { id: 'usr_1', email: 'x@example.test', name: 'X', isAdmin: options.isAdmin ?? false, emailVerified: true },
    memberships: roles.map((role, i) => ({
      organisationId: `org_${i}`,
      organisationName: `Org ${i}`,
      organisationKind: 'hospital',
      role,
    })),
    personId: null,
    csrfToken: 't',
    can: { ...NOTHING, ...can },
  };
}

const labels = (m: Me) => navigationFor(m).map((i) => i.label);

describe('navigationFor (from the server’s abilities)', () => {
  it('gives someone with a record of their own their record, credentials, wallet and import', () => {
    expect(labels(me({ ownRecord: true }))).toEqual(['My record', 'My credentials', 'My wallet', 'My job search', 'Import record']);
  });

  it('gives a technologist who keeps a postprimary log its page', () => {
    expect(labels(me({ ownRecord: true, postprimaryLog: true }))).toContain('Postprimary log');
  });

  it('gives whoever may be asked to verify or review a postprimary procedure the page of those waiting', () => {
    expect(labels(me({ signPostprimary: true }))).toContain('Procedures to sign');
    expect(labels(me({ searchCandidates: true, signPostprimary: true }))).toEqual(['Candidates', 'Postings', 'Procedures to sign']);
    expect(labels(me({ ownRecord: true }))).not.toContain('Procedures to sign');
  });

  it('gives record-reading staff the People list, and import only to those who may import', () => {
    expect(labels(me({ readPeople: true }))).toEqual(['People']);
    expect(labels(me({ readPeople: true, importForOthers: true }))).toEqual(['People', 'Import record']);
    expect(labels(me({ ownRecord: true, readPeople: true }))).toEqual([
      'My record',
      'My credentials',
      'My wallet',
      'My job search',
      'People',
      'Import record',
    ]);
  });

  it('gives a student their clinical log and a clinical instructor the entries to sign', () => {
    expect(labels(me({ ownRecord: true, clinicalLog: true }))).toEqual(['My record', 'My credentials', 'My wallet', 'My job search', 'My clinical log', 'Import record']);
    expect(labels(me({ readPeople: true, signClinical: true }))).toEqual(['People', 'Sign clinical entries']);
  });

  it('gives candidates to a recruiter and organisations to those who run them', () => {
    expect(labels(me({ searchCandidates: true }))).toEqual(['Candidates', 'Postings']);
    expect(labels(me({ managePlacementAt: ['org_school'] }))).toEqual(['Clinical placement']);
    expect(labels(me({ rankClinicalSites: true }))).toEqual(['My rotations']);
    expect(labels(me({ cohortOf: ['org_school'] }))).toEqual(['Cohort', 'Requirements']);
    expect(labels(me({ seeOrganisations: true, createOrganisations: true }))).toEqual(['Organisations']);
  });

  it('gives Time to a student and the students’ time to instructors and program directors', () => {
    expect(labels(me({ ownRecord: true, clinicalTime: true }))).toEqual(['My record', 'My credentials', 'My wallet', 'My job search', 'Time', 'Import record']);
    expect(labels(me({ readPeople: true, reviewClinicalTime: true }))).toEqual(['People', 'Students’ time']);
  });

  it('offers nothing the server did not grant, whatever the memberships say', () => {
    expect(labels(me({}, ['org_admin', 'instructor', 'recruiter'], { isAdmin: true }))).toEqual([]);
  });

  it('keeps the public careers pages out of the ability-based list (the layout adds them for everyone)', () => {
    expect(PUBLIC_NAVIGATION.map((i) => i.label)).toEqual(['Careers', 'Plan a path', 'Programs', 'Verify a credential']);
    expect(labels(me({ searchCandidates: true }))).not.toContain('Careers');
  });
});

describe('canInviteTo and describeRoles', () => {
  it('allows inviting where the server says so, or everywhere for the platform admin', () => {
    const m = me({ inviteTo: ['org_1'] }, ['instructor', 'org_admin']);
    expect(canInviteTo(m, 'org_0')).toBe(false);
    expect(canInviteTo(m, 'org_1')).toBe(true);
    expect(canInviteTo(me({ inviteToAnyOrganisation: true }), 'org_9')).toBe(true);
    // A membership role alone grants nothing here.
    expect(canInviteTo(me({}, ['org_admin']), 'org_0')).toBe(false);
  });

  it('says who the user is, one line per membership', () => {
    const m = me({}, ['instructor', 'org_admin']);
    expect(describeRoles(m)).toEqual(['Clinical instructor at Org 0', 'Organisation admin at Org 1']);
    expect(describeRoles(me({}, [], { isAdmin: true }))).toEqual(['Platform admin']);
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
