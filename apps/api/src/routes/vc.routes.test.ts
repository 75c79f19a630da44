import { signingKey } from '@modality/app';
import { dataIntegrityProofs } from '@modality/runtime';
import type { JsonObject } from '@modality/domain';
import { testDialects } from '@modality/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demo, startTestServer, TEST_PUBLIC_URL, type Client, type TestServer } from '../testing/test-server.js';

const text = (v: unknown): string => (typeof v === 'string' ? v : '');

interface Report {
  verified: boolean;
  reasons: string[];
  signature: { ok: boolean; reason: string | null };
  issuer: { ok: boolean; reason: string | null; name: string | null; did: string | null };
  status: { ok: boolean; reason: string | null; state: string };
  validity: { ok: boolean; reason: string | null };
  credential: { name: string | null; subjectName: string | null; description: string | null } | null;
}

for (const dialect of testDialects()) {
  describe(`verifiable credentials over HTTP [${dialect.name}]`, () => {
    let t: TestServer;
    let sam: Client;
    let henry: Client;
    let olivia: Client;
    let samWallet: JsonObject[];
    const verify = async (body: unknown): Promise<Report> => {
      const res = await t.app.inject({ method: 'POST', url: '/api/v1/vc/verify', payload: body as object });
      expect(res.statusCode).toBe(200);
      return res.json<Report>();
    };

    beforeAll(async () => {
      t = await startTestServer(dialect, { demoCredentials: true });
      sam = await t.signIn(demo('sam.patel'));
      henry = await t.signIn(demo('henry.lambert'));
      olivia = await t.signIn(demo('olivia.bennett'));
      const record = (await sam.request('GET', `/api/v1/people/${sam.personId ?? ''}/record`)).json<{ verifiableCredentials?: JsonObject[]; clinical: unknown[] }>();
      samWallet = record.verifiableCredentials ?? [];
    });
    afterAll(() => t.close());

    it("the demo school issued each of Sam's signed competencies into his record, and each verifies", async () => {
      expect(samWallet).toHaveLength(6);
      for (const vc of samWallet) {
        expect(vc.type).toEqual(['VerifiableCredential', 'OpenBadgeCredential']);
        expect((vc.proof as JsonObject).cryptosuite).toBe('eddsa-rdfc-2022');
        const report = await verify(vc);
        expect(report.reasons).toEqual([]);
        expect(report.verified).toBe(true);
        expect(report.issuer.name).toBe('Harbor Valley College School of Radiologic Sciences (fictitious)');
        expect(report.issuer.did).toMatch(/^did:web:modality\.test:issuers:/);
        expect(report.status.state).toBe('active');
      }
      expect(samWallet.map((vc) => vc.name)).toContain('Competency: Radiography: chest');
    });

    it('serves the issuer DID document at the did:web path, and the status list, without a session', async () => {
      const did = text((samWallet[0]?.issuer as JsonObject).id);
      const path = `/${did.split(':').slice(3).join('/')}/did.json`;
      const doc = (await t.app.inject({ method: 'GET', url: path })).json<{ id: string; verificationMethod: Array<{ type: string }>; assertionMethod: string[] }>();
      expect(doc.id).toBe(did);
      expect(doc.verificationMethod[0]?.type).toBe('Multikey');
      expect(doc.assertionMethod).toEqual([`${did}#key-1`]);
      const listUrl = text((samWallet[0]?.credentialStatus as JsonObject).statusListCredential);
      expect(listUrl.startsWith(`${TEST_PUBLIC_URL}/api/v1/status-lists/`)).toBe(true);
      const list = await t.app.inject({ method: 'GET', url: listUrl.slice(TEST_PUBLIC_URL.length) });
      expect(list.statusCode).toBe(200);
      expect(list.json<{ type: string[] }>().type).toEqual(['VerifiableCredential', 'BitstringStatusListCredential']);
      expect((await t.app.inject({ method: 'GET', url: '/.well-known/did.json' })).statusCode).toBe(404);
    });

    it('a changed byte fails with "bad signature", and only that', async () => {
      const text = JSON.stringify(samWallet[1]);
      const changed = JSON.parse(text.replace('"Sam Patel"', '"Sam Petel"')) as JsonObject;
      expect(JSON.stringify(changed)).not.toBe(text);
      const report = await verify(changed);
      expect(report.verified).toBe(false);
      expect(report.reasons).toEqual(['bad signature']);
      expect(report.issuer.ok && report.status.ok && report.validity.ok).toBe(true);
    });

    it('reports an unknown issuer, a missing proof, something that is not a credential, and an expired one, each for what it is', async () => {
      const foreignKey = await dataIntegrityProofs.generateKey();
      const { proof: _p, ...unsigned } = samWallet[0] as JsonObject & { proof: unknown };
      const foreign = await dataIntegrityProofs.sign({ ...unsigned, issuer: { id: 'did:web:elsewhere.example', type: ['Profile'], name: 'Elsewhere' } }, { ...foreignKey, verificationMethod: 'did:web:elsewhere.example#key-1' }, new Date());
      const foreignReport = await verify(foreign);
      expect(foreignReport.issuer.reason).toBe('unknown issuer');
      expect(foreignReport.signature.reason).toBe('unknown issuer');
      expect((await verify(unsigned)).reasons).toContain('not signed');
      expect((await verify({ hello: 'world' })).reasons).toEqual(['not a credential']);

      const issuer = await t.deps.store.issuers.findByDid(text((samWallet[0]?.issuer as JsonObject).id));
      if (issuer === undefined) throw new Error('no issuer');
      const { proof: _q, ...base } = samWallet[0] as JsonObject & { proof: unknown };
      const expired = await dataIntegrityProofs.sign({ ...base, validFrom: '2025-01-01T00:00:00Z', validUntil: '2025-12-31T00:00:00Z' }, signingKey(t.deps, issuer), new Date());
      const report = await verify(expired);
      expect(report.reasons).toEqual(['expired']);
      expect(report.signature.ok).toBe(true);
    });

    it('staff of the school issue: the instructor a competency, the program director a snapshot is not theirs to make; others may not', async () => {
      const schoolId = (await t.deps.store.organisations.listAll()).find((o) => o.name.startsWith('Harbor Valley'))?.id ?? '';
      const ok = await olivia.request('POST', `/api/v1/people/${sam.personId ?? ''}/vc`, { kind: 'competency', organisationId: schoolId, entry: 0 });
      expect(ok.statusCode).toBe(201);
      expect((await verify(ok.json<{ credential: unknown }>().credential)).verified).toBe(true);
      const program = await olivia.request('POST', `/api/v1/people/${sam.personId ?? ''}/vc`, { kind: 'program', organisationId: schoolId, entry: 0 });
      expect(program.statusCode).toBe(403);
      const ana = await t.signIn(demo('ana.reyes'));
      const notStudent = await olivia.request('POST', `/api/v1/people/${ana.personId ?? ''}/vc`, { kind: 'competency', organisationId: schoolId, entry: 0 });
      expect(notStudent.statusCode).toBe(403);
      const notCompleted = await henry.request('POST', `/api/v1/people/${sam.personId ?? ''}/vc`, { kind: 'program', organisationId: schoolId, entry: 0 });
      expect(notCompleted.statusCode).toBe(400);
      expect(notCompleted.json<{ detail: string }>().detail).toContain('not completed');
      const admin = await t.signIn(demo('admin'));
      expect((await admin.request('POST', `/api/v1/people/${sam.personId ?? ''}/vc`, { kind: 'competency', organisationId: schoolId, entry: 0 })).statusCode).toBe(404);
      const badBody = await olivia.request('POST', `/api/v1/people/${sam.personId ?? ''}/vc`, { kind: 'diploma', organisationId: schoolId, entry: 0 });
      expect(badBody.statusCode).toBe(400);
    });

    it('a record snapshot is issued by the install, worded as Modality\'s finding, and verifies', async () => {
      const ana = await t.signIn(demo('ana.reyes'));
      const res = await ana.request('POST', `/api/v1/people/${ana.personId ?? ''}/vc`, { kind: 'snapshot', asOf: '2026-11-26' });
      expect(res.statusCode).toBe(201);
      const vc = res.json<{ credential: JsonObject }>().credential;
      const report = await verify(vc);
      expect(report.verified).toBe(true);
      expect(report.issuer.name).toBe('Modality at modality.test');
      expect(report.credential?.name).toBe("Record snapshot on 2026-11-26: Modality's finding");
      expect(report.credential?.description).toContain('not a statement by any registry');
      expect((await t.app.inject({ method: 'GET', url: '/.well-known/did.json' })).json<{ id: string }>().id).toBe('did:web:modality.test');
      const wallet = (await ana.request('GET', `/api/v1/people/${ana.personId ?? ''}/wallet`)).json<{ items: Array<{ report: Report }> }>();
      expect(wallet.items.map((i) => i.report.verified)).toEqual([true]);
    });

    it('revoking makes verification fail with "revoked"; revoking again changes nothing; only the issuing organisation may', async () => {
      const vc = samWallet[2] as JsonObject;
      const id = text(vc.id);
      expect((await olivia.request('POST', `/api/v1/vc/${encodeURIComponent(id)}/revoke`)).statusCode).toBe(403);
      const nina = await t.signIn(demo('nina.cole'));
      expect((await nina.request('POST', `/api/v1/vc/${encodeURIComponent(id)}/revoke`)).statusCode).toBe(404);
      const res = await henry.request('POST', `/api/v1/vc/${encodeURIComponent(id)}/revoke`);
      expect(res.statusCode).toBe(200);
      expect(res.json()).toMatchObject({ id, changed: true });
      const report = await verify(vc);
      expect(report.reasons).toEqual(['revoked']);
      expect(report.signature.ok).toBe(true);
      expect((await henry.request('POST', `/api/v1/vc/${encodeURIComponent(id)}/revoke`)).json()).toMatchObject({ changed: false });
      expect((await verify(samWallet[3])).verified).toBe(true);
      const wallet = (await sam.request('GET', `/api/v1/people/${sam.personId ?? ''}/wallet`)).json<{ items: Array<{ report: Report }> }>();
      expect(wallet.items.filter((i) => i.report.reasons.includes('revoked'))).toHaveLength(1);
    });

    it('keeps a credential received elsewhere in the wallet, once', async () => {
      const ana = await t.signIn(demo('ana.reyes'));
      const first = await ana.request('POST', `/api/v1/people/${ana.personId ?? ''}/wallet`, samWallet[4]);
      expect(first.json()).toMatchObject({ changed: true });
      expect((await ana.request('POST', `/api/v1/people/${ana.personId ?? ''}/wallet`, samWallet[4])).json()).toMatchObject({ changed: false });
      expect((await ana.request('POST', `/api/v1/people/${ana.personId ?? ''}/wallet`, { hello: 1 })).statusCode).toBe(400);
    });
  });

  describe(`what staff may issue and revoke [${dialect.name}]`, () => {
    let t: TestServer;
    beforeAll(async () => {
      t = await startTestServer(dialect);
    });
    afterAll(() => t.close());

    it("lists a student's signed-off entries for the instructor, issues one, then lists the rest; the director may revoke it", async () => {
      const sam = await t.signIn(demo('sam.patel'));
      const olivia = await t.signIn(demo('olivia.bennett'));
      const henry = await t.signIn(demo('henry.lambert'));
      const url = `/api/v1/people/${sam.personId ?? ''}/issuable`;
      const before = (await olivia.request('GET', url)).json<{ organisations: Array<{ id: string; name: string }>; entries: Array<{ entry: number; name: string }> }>();
      expect(before.organisations.map((o) => o.name)).toEqual(['Harbor Valley College School of Radiologic Sciences (fictitious)']);
      expect(before.entries.map((e) => e.name)).toEqual(['Radiography: chest', 'Radiography: hand', 'Radiography: knee', 'Radiography: abdomen', 'Radiography: c spine', 'Radiography: portable chest']);
      const issued = await olivia.request('POST', `/api/v1/people/${sam.personId ?? ''}/vc`, { kind: 'competency', organisationId: before.organisations[0]?.id, entry: 1 });
      expect(issued.statusCode).toBe(201);
      const after = (await olivia.request('GET', url)).json<{ entries: Array<{ entry: number }> }>();
      expect(after.entries.map((e) => e.entry)).toEqual([0, 2, 3, 4, 5]);
      expect((await sam.request('GET', url)).json()).toEqual({ organisations: [], entries: [] });

      const walletUrl = `/api/v1/people/${sam.personId ?? ''}/wallet`;
      expect((await olivia.request('GET', walletUrl)).json<{ items: Array<{ revocable: boolean }> }>().items.map((i) => i.revocable)).toEqual([false]);
      expect((await sam.request('GET', walletUrl)).json<{ items: Array<{ revocable: boolean }> }>().items.map((i) => i.revocable)).toEqual([false]);
      const byHenry = (await henry.request('GET', walletUrl)).json<{ items: Array<{ revocable: boolean; report: { credential: { id: string } } }> }>();
      expect(byHenry.items.map((i) => i.revocable)).toEqual([true]);
      await henry.request('POST', `/api/v1/vc/${encodeURIComponent(byHenry.items[0]?.report.credential.id ?? '')}/revoke`);
      expect((await henry.request('GET', walletUrl)).json<{ items: Array<{ revocable: boolean }> }>().items.map((i) => i.revocable)).toEqual([false]);
    });
  });

  describe(`an install without a key-encryption key [${dialect.name}]`, () => {
    let t: TestServer;
    beforeAll(async () => {
      t = await startTestServer(dialect, { deps: { secrets: null } });
    });
    afterAll(() => t.close());

    it('verifies but does not issue: 503 issuing_unavailable naming MODALITY_KEY_SECRET', async () => {
      const ana = await t.signIn(demo('ana.reyes'));
      const res = await ana.request('POST', `/api/v1/people/${ana.personId ?? ''}/vc`, { kind: 'snapshot' });
      expect(res.statusCode).toBe(503);
      expect(res.json()).toMatchObject({ code: 'issuing_unavailable' });
      expect(res.json<{ detail: string }>().detail).toContain('MODALITY_KEY_SECRET');
    });
  });
}
