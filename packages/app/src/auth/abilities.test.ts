import type { MembershipRole } from '@modality/domain';
import { describe, expect, it } from 'vitest';
import { abilitiesOf } from './abilities.js';
import type { Principal } from './principal.js';

const principal = (roles: ReadonlyArray<readonly [string, MembershipRole]>, over: Partial<Pick<Principal, 'personId'>> & { isAdmin?: boolean } = {}): Principal => ({
  user: { id: 'usr_1', email: 'a@example.test', name: 'A', isAdmin: over.isAdmin ?? false, emailVerified: true },
  memberships: roles.map(([organisationId, role]) => ({ userId: 'usr_1', organisationId, organisationName: organisationId, organisationKind: 'hospital', role })),
  csrfToken: 'csrf',
  personId: over.personId ?? null,
});

describe('abilitiesOf', () => {
  it('a professional keeps their own record and a postprimary log, and nothing else', () => {
    expect(abilitiesOf(principal([['org_a', 'professional']]))).toEqual({
      ownRecord: true,
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
      managePlacementAt: [],
      editRequirementsAt: [],
      rankClinicalSites: false,
      clinicalTime: false,
      reviewClinicalTime: false,
      postprimaryLog: true,
      signPostprimary: true,
    });
  });

  it('a student keeps a clinical log; a clinical instructor and a program director sign entries', () => {
    expect(abilitiesOf(principal([['org_s', 'student']]))).toMatchObject({ clinicalLog: true, signClinical: false, postprimaryLog: false, signPostprimary: false });
    expect(abilitiesOf(principal([['org_s', 'instructor']]))).toMatchObject({ clinicalLog: false, signClinical: true });
    expect(abilitiesOf(principal([['org_s', 'program_director']]))).toMatchObject({ clinicalLog: false, signClinical: true });
    expect(abilitiesOf(principal([['org_s', 'org_admin']]))).toMatchObject({ clinicalLog: false, signClinical: false });
  });

  it("only a school's program director chooses its requirement set (organisationKind school)", () => {
    expect(abilitiesOf(principal([['org_s', 'program_director']])).editRequirementsAt).toEqual(abilitiesOf(principal([['org_s', 'program_director']])).cohortOf);
    expect(abilitiesOf(principal([['org_s', 'instructor']])).editRequirementsAt).toEqual([]);
    expect(abilitiesOf(principal([['org_s', 'student']])).editRequirementsAt).toEqual([]);
  });

  it('a program director or instructor of a school sees its cohort; of a hospital, or a student, does not', () => {
    const school = (roles: ReadonlyArray<readonly [string, MembershipRole]>): Principal => {
      const p = principal(roles);
      return { ...p, memberships: p.memberships.map((m) => ({ ...m, organisationKind: 'school' as const })) };
    };
    expect(abilitiesOf(school([['org_s', 'program_director'], ['org_t', 'instructor'], ['org_u', 'student']])).cohortOf).toEqual(['org_s', 'org_t']);
    expect(abilitiesOf(principal([['org_a', 'instructor']])).cohortOf).toEqual([]);
  });

  it('an org admin reads and imports records and invites into their own organisation only', () => {
    const can = abilitiesOf(principal([['org_a', 'org_admin'], ['org_b', 'instructor']]));
    expect(can).toMatchObject({ ownRecord: false, readPeople: true, importForOthers: true, seeOrganisations: true, inviteTo: ['org_a'], inviteToAnyOrganisation: false });
  });

  it("an org admin of an employer or agency writes its postings and ranks candidates; a school's does not", () => {
    expect(abilitiesOf(principal([['org_a', 'org_admin']])).searchCandidates).toBe(true);
    const school: Principal = { ...principal([]), memberships: [{ userId: 'usr_1', organisationId: 'org_s', organisationName: 'School', organisationKind: 'school', role: 'org_admin' }] };
    expect(abilitiesOf(school).searchCandidates).toBe(false);
  });

  it('lists the organisations one posts for by name, with their side, never a school or a role that does not post', () => {
    const p: Principal = {
      ...principal([]),
      memberships: [
        { userId: 'usr_1', organisationId: 'org_z', organisationName: 'Zenith Hospital', organisationKind: 'hospital', role: 'recruiter' },
        { userId: 'usr_1', organisationId: 'org_z', organisationName: 'Zenith Hospital', organisationKind: 'hospital', role: 'org_admin' },
        { userId: 'usr_1', organisationId: 'org_n', organisationName: 'Northstar Staffing', organisationKind: 'staffing-agency', role: 'recruiter' },
        { userId: 'usr_1', organisationId: 'org_s', organisationName: 'A School', organisationKind: 'school', role: 'org_admin' },
        { userId: 'usr_1', organisationId: 'org_c', organisationName: 'City Imaging', organisationKind: 'imaging-centre', role: 'professional' },
      ],
    };
    expect(abilitiesOf(p).postFor).toEqual([
      { organisationId: 'org_n', organisationName: 'Northstar Staffing', side: 'agency' },
      { organisationId: 'org_z', organisationName: 'Zenith Hospital', side: 'employer' },
    ]);
    expect(abilitiesOf(principal([['org_a', 'professional']])).postFor).toEqual([]);
  });

  it('an instructor reads but does not import; a program director does both; neither invites', () => {
    expect(abilitiesOf(principal([['org_a', 'instructor']]))).toMatchObject({ readPeople: true, importForOthers: false, inviteTo: [], seeOrganisations: false });
    expect(abilitiesOf(principal([['org_a', 'program_director']]))).toMatchObject({ readPeople: true, importForOthers: true, inviteTo: [] });
  });

  it('a student clocks time; an instructor or program director reviews it', () => {
    expect(abilitiesOf(principal([['org_a', 'student']]))).toMatchObject({ clinicalTime: true, reviewClinicalTime: false });
    expect(abilitiesOf(principal([['org_a', 'instructor']]))).toMatchObject({ clinicalTime: false, reviewClinicalTime: true });
    expect(abilitiesOf(principal([['org_a', 'program_director']]))).toMatchObject({ reviewClinicalTime: true });
    expect(abilitiesOf(principal([['org_a', 'recruiter']]))).toMatchObject({ clinicalTime: false, reviewClinicalTime: false });
  });

  it('a platform admin runs organisations, not records', () => {
    expect(abilitiesOf(principal([], { isAdmin: true }))).toMatchObject({ ownRecord: false, readPeople: false, importForOthers: false, seeOrganisations: true, createOrganisations: true, inviteToAnyOrganisation: true });
  });

  it('someone with no membership may keep a record; a recruiter searches candidates', () => {
    expect(abilitiesOf(principal([])).ownRecord).toBe(true);
    expect(abilitiesOf(principal([['org_s', 'recruiter']]))).toMatchObject({ ownRecord: false, searchCandidates: true, readPeople: false });
    expect(abilitiesOf(principal([['org_s', 'recruiter']], { personId: 'psn_1' })).ownRecord).toBe(true);
  });
});
