import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CandidateRanking, DEFAULT_RATE_LIMITS, seedDemo, seedDemoCredentials, seedDemoStaffing, type ProofDeps, type RateLimitPolicies } from '@modality/app';
import { aesGcmSecretBox, argon2Hasher, blobStoreFor, cryptoIds, dataIntegrityProofs, pdfkitRenderer, systemClock, bundledGazetteer } from '@modality/runtime';
import { openTestStore, type TestDialect } from '@modality/testkit';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { buildServer, type ServerOptions } from '../server.js';

/** A signed-in client: sends the session cookie and the CSRF token the way the web app does. */
export interface Client {
  readonly personId: string | null;
  readonly userId: string;
  /** What `request` sends, for tests that build their own request (a raw body, odd headers). */
  readonly session: { readonly cookies: Record<string, string>; readonly headers: Record<string, string> };
  readonly request: (method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE', url: string, body?: unknown) => Promise<LightMyRequestResponse>;
}

export interface TestServer {
  readonly app: FastifyInstance;
  readonly deps: ProofDeps;
  /** The same store, with its Kysely handle, for looking underneath the API. */
  readonly store: Awaited<ReturnType<typeof openTestStore>>['store'];
  /** Where the database is, for opening a second node's store on it. */
  readonly config: Awaited<ReturnType<typeof openTestStore>>['config'];
  readonly signIn: (email: string, password?: string) => Promise<Client>;
  readonly close: () => Promise<void>;
}

/** Limits no suite reaches unless it lowers them: suites sign in many times from one address. */
export const RELAXED_RATE_LIMITS = Object.fromEntries(Object.keys(DEFAULT_RATE_LIMITS).map((name) => [name, [{ max: 100_000, windowSeconds: 60 }]])) as unknown as RateLimitPolicies;

/** The public address test servers name their issuers, status lists and calendars with. */
export const TEST_PUBLIC_URL = 'http://modality.test';

/**
 * The real server over a fresh, migrated and demo-seeded database of one dialect, with real Argon2id and
 * real credential proofs. `demoCredentials`: also let the demo school issue its students' competencies
 * (a second or so of signing, so only the suites that need them ask). `demoStaffing`: also the demo's open
 * postings and opted-in professionals.
 */
export async function startTestServer(dialect: TestDialect, options: Omit<Partial<ServerOptions>, 'deps'> & { readonly demoCredentials?: boolean; readonly demoStaffing?: boolean; readonly deps?: Partial<ProofDeps> } = {}): Promise<TestServer> {
  const { store, config, close: closeStore } = await openTestStore(dialect);
  // Record files as the runtime keeps them: under a data directory on SQLite, in the database on PostgreSQL.
  const dataDir = await mkdtemp(join(tmpdir(), 'modality-api-test-'));
  const close = async () => {
    await closeStore();
    await rm(dataDir, { recursive: true, force: true });
  };
  const deps: ProofDeps = {
    store,
    clock: systemClock,
    ids: cryptoIds,
    hasher: argon2Hasher,
    proofs: dataIntegrityProofs,
    secrets: aesGcmSecretBox('test-key-encryption-secret-of-32-chars-or-more'),
    pdf: pdfkitRenderer,
    places: bundledGazetteer,
    ranking: new CandidateRanking(),
    publicUrl: TEST_PUBLIC_URL,
    blobs: blobStoreFor(store, dataDir),
    ...options.deps,
  };
  await seedDemo(deps);
  if (options.demoCredentials === true) await seedDemoCredentials(deps);
  if (options.demoStaffing === true) await seedDemoStaffing(deps);
  const { demoCredentials: _demo, demoStaffing: _staffing, deps: _deps, ...serverOptions } = options;
  const app = await buildServer({ deps, ...serverOptions, rateLimits: { ...RELAXED_RATE_LIMITS, ...serverOptions.rateLimits } });
  return {
    app,
    deps,
    store,
    config,
    async signIn(email, password = 'modality-demo') {
      const res = await app.inject({ method: 'POST', url: '/api/v1/auth/sign-in', payload: { email, password } });
      if (res.statusCode !== 200) throw new Error(`sign-in of ${email} failed: ${res.statusCode} ${res.body}`);
      const me = res.json<{ csrfToken: string; personId: string | null; user: { id: string } }>();
      const cookie = res.cookies.find((c) => c.name === 'modality_session');
      if (!cookie) throw new Error('no session cookie');
      return {
        personId: me.personId,
        userId: me.user.id,
        session: { cookies: { modality_session: cookie.value }, headers: { 'x-csrf-token': me.csrfToken } },
        request: (method, url, body) =>
          app.inject({
            method,
            url,
            cookies: { modality_session: cookie.value },
            headers: { 'x-csrf-token': me.csrfToken },
            ...(body === undefined ? {} : { payload: body as object }),
          }),
      };
    },
    async close() {
      await app.close();
      await close();
    },
  };
}

/** A demo account's e-mail address. */
export const demo = (local: string) => `${local}@demo.modality.test`;
