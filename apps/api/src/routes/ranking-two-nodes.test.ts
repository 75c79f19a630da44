import { CandidateRanking } from '@modality/app';
import { followRankingFeed, type RankingFeed } from '@modality/runtime';
import { testDialects } from '@modality/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildServer } from '../server.js';
import { demo, startTestServer, type TestServer } from '../testing/test-server.js';

/**
 * Two API nodes over one database, each with its own in-memory ranking index (as two processes would
 * have): a change made through one node is in the other's next answer, with no message between them.
 */
for (const dialect of testDialects()) {
  describe(`the ranking index on two nodes [${dialect.name}]`, () => {
    let a: TestServer;
    let b: Awaited<ReturnType<typeof buildServer>>;
    const bRanking = new CandidateRanking();
    let bFeed: RankingFeed;
    beforeAll(async () => {
      a = await startTestServer(dialect, { demoStaffing: true });
      b = await buildServer({ deps: { ...a.deps, ranking: bRanking } });
      // As `modality serve` does: node B builds its index at start and, on PostgreSQL, listens for changes.
      bFeed = followRankingFeed({ ...a.deps, ranking: bRanking }, a.config);
      await bFeed.ready;
    });
    afterAll(async () => {
      await bFeed.stop();
      await b.close();
      await a.close();
    });

    /** Signs in on node B and returns a request function carrying the session. */
    async function onB(email: string) {
      const res = await b.inject({ method: 'POST', url: '/api/v1/auth/sign-in', payload: { email, password: 'modality-demo' } });
      const csrf = res.json<{ csrfToken: string }>().csrfToken;
      const cookie = res.cookies.find((c) => c.name === 'modality_session')?.value ?? '';
      return (method: 'GET' | 'PUT', url: string, body?: object) => b.inject({ method, url, cookies: { modality_session: cookie }, headers: { 'x-csrf-token': csrf }, ...(body === undefined ? {} : { payload: body }) });
    }

    it('node A answers with a change made through node B', async () => {
      const victorA = await a.signIn(demo('victor.huang'));
      const ct = (await a.app.inject({ method: 'GET', url: '/api/v1/postings?modality=ct' })).json<{ items: Array<{ id: string }> }>().items[0]?.id ?? '';
      const handles = async () => (await victorA.request('GET', `/api/v1/postings/${ct}/candidates`)).json<{ matches: Array<{ candidate: { handle: string } }> }>().matches.map((m) => m.candidate.handle);
      const anaB = await onB(demo('ana.reyes'));
      const handle = (await anaB('GET', '/api/v1/me/profile')).json<{ handle: string }>().handle;
      expect(await handles()).toContain(handle);
      // Ana switches her profile off through node B; node A has not heard of it, yet answers without her.
      expect((await anaB('PUT', '/api/v1/me/profile', { enabled: false })).statusCode).toBe(200);
      expect(await handles()).not.toContain(handle);
      expect((await anaB('PUT', '/api/v1/me/profile', { enabled: true })).statusCode).toBe(200);
      expect(await handles()).toContain(handle);
    });

    if (dialect.name === 'postgres') {
      it('node B takes in a change made through node A between queries, without being asked (LISTEN/NOTIFY)', async () => {
        const anaA = await a.signIn(demo('ana.reyes'));
        const ana = anaA.personId ?? '';
        // Nothing asks node B for a ranking below: only the notification can bring the change in.
        const untilOnB = async (inIndex: boolean) => {
          const deadline = Date.now() + 15_000;
          while (bRanking.includes(ana) !== inIndex && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
          return bRanking.includes(ana);
        };
        expect(await untilOnB(true)).toBe(true);
        expect((await anaA.request('PUT', '/api/v1/me/profile', { enabled: false })).statusCode).toBe(200);
        expect(await untilOnB(false)).toBe(false);
        expect((await anaA.request('PUT', '/api/v1/me/profile', { enabled: true })).statusCode).toBe(200);
        expect(await untilOnB(true)).toBe(true);
      });
    }
  });
}
