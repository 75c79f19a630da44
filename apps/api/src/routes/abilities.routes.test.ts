import { meSchema, type Me } from '@modality/contracts';
import { testDialects } from '@modality/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demo, startTestServer, type TestServer } from '../testing/test-server.js';

for (const dialect of testDialects()) {
  describe(`what the signed-in user may do, in GET /api/v1/auth/me [${dialect.name}]`, () => {
    let t: TestServer;
    beforeAll(async () => {
      t = await startTestServer(dialect);
    });
    afterAll(() => t.close());

    const me = async (who: string): Promise<Me> => {
      const client = await t.signIn(demo(who));
      const res = await client.request('GET', '/api/v1/auth/me');
      expect(res.statusCode).toBe(200);
      return meSchema.parse(res.json());
    };

    it('an org admin may read and import records and invite into their organisation, which the server then allows', async () => {
      const victor = await me('victor.huang');
      const stBrigid = victor.memberships[0]?.organisationId ?? '';
      expect(victor.can).toMatchObject({ readPeople: true, importForOthers: true, seeOrganisations: true, inviteTo: [stBrigid], inviteToAnyOrganisation: false, ownRecord: false });
      const client = await t.signIn(demo('victor.huang'));
      const invited = await client.request('POST', `/api/v1/organisations/${stBrigid}/invitations`, { email: 'new.hire@example.test', role: 'professional' });
      expect(invited.statusCode).toBe(201);
    });

    it('a professional may keep their own record only, and the server refuses what the abilities withhold', async () => {
      const ana = await me('ana.reyes');
      expect(ana.can).toMatchObject({ ownRecord: true, readPeople: false, importForOthers: false, seeOrganisations: false, inviteTo: [], createOrganisations: false });
      const client = await t.signIn(demo('ana.reyes'));
      const org = ana.memberships[0]?.organisationId ?? '';
      expect((await client.request('POST', `/api/v1/organisations/${org}/invitations`, { email: 'x@example.test', role: 'professional' })).statusCode).toBe(403);
      expect((await client.request('POST', '/api/v1/organisations', { name: 'Mine', kind: 'hospital' })).statusCode).toBe(403);
    });

    it('a platform admin creates organisations and invites anywhere; a recruiter searches candidates', async () => {
      expect((await me('admin')).can).toMatchObject({ createOrganisations: true, inviteToAnyOrganisation: true, seeOrganisations: true, readPeople: false });
      expect((await me('nina.cole')).can).toMatchObject({ searchCandidates: true, readPeople: false });
      expect((await me('henry.lambert')).can).toMatchObject({ readPeople: true, importForOthers: true, inviteTo: [] });
    });
  });
}
