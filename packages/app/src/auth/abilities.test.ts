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
  it('a professional keeps their own record and nothing else', () => {
    expect(abilitiesOf(principal([['org_a', 'professional']]))).toEqual({
      ownRecord: true,
      readPeople: false,
      importForOthers: false,
      seeOrganisations: false,
      createOrganisations: false,
      inviteToAnyOrganisation: false,
      inviteTo: [],
      searchCandidates: false,
      clinicalTime: false,
      reviewClinicalTime: false,
    });
  });

  it('an org admin reads and imports records and invites into their own organisation only', () => {
    const can = abilitiesOf(principal([['org_a', 'org_admin'], ['org_b', 'instructor']]));
    expect(can).toMatchObject({ ownRecord: false, readPeople: true, importForOthers: true, seeOrganisations: true, inviteTo: ['org_a'], inviteToAnyOrganisation: false });
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
