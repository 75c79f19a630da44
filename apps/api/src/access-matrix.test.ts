import { testDialects } from '@modality/testkit';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registeredRoutes } from './http/route-table.js';
import { postingBody } from './testing/posting-fixtures.js';
import { demo, startTestServer, type Client, type TestServer } from './testing/test-server.js';

/**
 * The access matrix: every route the server registered × every kind of caller × the subject being the
 * caller's own, one of their organisation's, or another organisation's. Each cell has the status the access
 * rules (docs/design.md §6) lead to; a cell that answers where it should refuse is a leak. A route missing
 * from `ROUTES` below fails the test, so a new route cannot be left out.
 */

type Caller =
  | 'signed-out'
  | 'professional'
  | 'student'
  | 'instructor'
  | 'program director'
  | 'recruiter'
  | 'org admin'
  | 'platform admin';
type Relation = 'own' | 'same organisation' | 'other organisation';

interface CallerInfo {
  readonly email: string | null;
  readonly org: 'hospital' | 'school' | 'agency' | null;
  readonly orgRole:
    'professional' | 'student' | 'instructor' | 'program_director' | 'recruiter' | 'org_admin' | null;
}

const CALLERS: Readonly<Record<Caller, CallerInfo>> = {
  'signed-out': { email: null, org: null, orgRole: null },
  professional: { email: demo('ana.reyes'), org: 'hospital', orgRole: 'professional' },
  student: { email: demo('sam.patel'), org: 'school', orgRole: 'student' },
  instructor: { email: demo('olivia.bennett'), org: 'school', orgRole: 'instructor' },
  'program director': { email: demo('henry.lambert'), org: 'school', orgRole: 'program_director' },
  recruiter: { email: demo('nina.cole'), org: 'agency', orgRole: 'recruiter' },
  'org admin': { email: demo('victor.huang'), org: 'hospital', orgRole: 'org_admin' },
  'platform admin': { email: demo('admin'), org: null, orgRole: null },
};

/** A student or professional of each organisation (not a caller), whose record staff there may read. */
const SAME_ORG_SUBJECT = {
  hospital: demo('grace.kim'),
  school: demo('lena.morales'),
  agency: demo('jose.santos'),
} as const;
/** No caller belongs to the imaging centre: its people are "another organisation's" for everyone. */
const OTHER_ORG_SUBJECT = demo('marcus.chen');

const READERS = new Set(['instructor', 'program_director', 'org_admin']);
/** Who writes an organisation's postings and sees its drafts (platform admins too). */
const POSTING_WRITERS = new Set(['recruiter', 'org_admin']);
const WRITERS = new Set(['program_director', 'org_admin']);
const STAFF = new Set(['org_admin', 'program_director', 'instructor', 'recruiter']);
const COHORT_READERS = new Set(['program_director', 'instructor']);

/**
 * What a cell should answer: `ok` (a 2xx); `answered` (a 2xx, or a 400 about input the subject lacks or a
 * 409 about the state it is in — the access check passed); or an exact status. 401, 403 and 404 are
 * refusals: a 2xx there is a leak.
 */
type Expect = 'ok' | 'answered' | 302 | 400 | 401 | 403 | 404;

interface Cell {
  readonly caller: Caller;
  readonly relation: Relation | null;
  /** The subject is the caller's own (or their organisation is the subject's). */
  readonly info: CallerInfo;
  /** The caller keeps a person record of their own (profiles, matches and the clinical log need one). */
  readonly hasRecord: boolean;
}

/** Who may see a person's record: themselves, and reader staff of the organisation the person belongs to. */
function recordRule(cell: Cell, level: 'read' | 'write' | 'owner', allowed: Expect = 'ok'): Expect {
  if (cell.info.email === null) return 401;
  if (cell.relation === 'own') return allowed;
  const staffHere = cell.relation === 'same organisation' && cell.info.orgRole !== null;
  if (level === 'owner' || !staffHere || !READERS.has(cell.info.orgRole ?? '')) return 404;
  if (level === 'write' && !WRITERS.has(cell.info.orgRole ?? '')) return 403;
  return allowed;
}

/** Organisation routes: platform admins everywhere; members by role; non-members learn nothing (404). */
function organisationRule(cell: Cell, roles: ReadonlySet<string>, admins = true): Expect {
  if (cell.info.email === null) return 401;
  if (admins && cell.info.email === demo('admin')) return 'ok';
  if (cell.relation !== 'same organisation' || cell.info.orgRole === null) return 404;
  return roles.has(cell.info.orgRole) ? 'ok' : 403;
}

/**
 * A draft posting of an organisation: its recruiters and admins (and platform admins) see and change it;
 * to everyone else it does not exist (404). A route that needs no sign-in says 404 to a signed-out caller.
 */
function draftPostingRule(cell: Cell, allowed: Expect = 'ok', signedOut: Expect = 401): Expect {
  if (cell.info.email === null) return signedOut;
  if (cell.info.email === demo('admin')) return allowed;
  if (cell.relation !== 'same organisation') return 404;
  return POSTING_WRITERS.has(cell.info.orgRole ?? '') ? allowed : 404;
}

/**
 * A school's clinical sites, terms and placement: its program director and admins; other members 403;
 * everyone else 404. `nested` routes name one of the demo school's sites, terms or runs, which another
 * organisation's admin does not find (404).
 */
function placementRule(cell: Cell, nested: boolean, allowed: Expect = 'ok'): Expect {
  if (cell.info.email === null) return 401;
  if (cell.relation !== 'same organisation' || cell.info.orgRole === null) return 404;
  if (!WRITERS.has(cell.info.orgRole)) return 403;
  return nested && cell.info.org !== 'school' ? 404 : allowed;
}

/** A student's ranking of the demo school's sites: its students; other members 403; everyone else 404. */
function rankingRule(cell: Cell): Expect {
  if (cell.info.email === null) return 401;
  if (cell.relation !== 'same organisation' || cell.info.orgRole === null) return 404;
  if (cell.info.orgRole !== 'student') return 403;
  return cell.info.org === 'school' ? 'ok' : 404;
}

/** Only the person themselves: their own profile, matches or clinical log; no record of their own is a 404. */
const ownRecordNeeded = (c: Cell): Expect => (c.info.email === null ? 401 : c.hasRecord ? 'ok' : 404);
/** A route of one's own clinical log: the student's answer, or a 400 naming what the caller lacks. */
const ownLog = (c: Cell): Expect => (c.info.email === null ? 401 : 'answered');

interface Subjects {
  readonly personOf: (email: string) => string | undefined;
  readonly userOf: (email: string) => string;
  readonly orgOf: (key: 'hospital' | 'school' | 'agency' | 'imaging') => string;
  readonly schoolCredential: string;
  readonly statusList: string;
  readonly issuer: string;
  readonly calendarToken: string;
  readonly unique: () => string;
  /** A credential the demo school issued (a valid wallet entry). */
  readonly walletCredential: unknown;
  /** A file kept on the person's record (a CE certificate uploaded before the matrix runs). */
  readonly fileOf: (personId: string) => string;
  /** A draft posting of the organisation (none for the school, which does not post). */
  readonly draftOf: (key: 'hospital' | 'agency' | 'imaging') => string;
  /** An open posting of the hospital, to which the demo student applied (`request`). */
  readonly openPosting: string;
  readonly request: string;
  /** An unsigned entry of the demo student's clinical log, and a sign-off link for it. */
  readonly clinicalEntry: string;
  readonly signToken: string;
  /** An unverified entry of the demo professional's postprimary log, and a verify link for it. */
  readonly postprimaryEntry: string;
  readonly postprimaryToken: string;
  /** A clinical site of the demo school. */
  readonly clinicalSite: string;
  /** The demo student's time record with an exception (clocked in off-site), waiting for a decision. */
  readonly timeException: string;
  /** A session of a person who is none of the callers. */
  readonly otherSession: string;
  /** The demo school's term, a spare term to delete, a placement run of the term and a preceptor of `clinicalSite`. */
  readonly placementTerm: string;
  readonly spareTerm: string;
  readonly placementRun: string;
  readonly preceptor: string;
}

interface RouteSpec {
  /** `person`: `:id` is a person; `user`: a user; `organisation`; `none`: the route names no subject. */
  readonly subject: 'person' | 'user' | 'organisation' | 'credential' | 'posting' | 'none';
  readonly expect: (cell: Cell) => Expect;
  readonly url?: (s: Subjects, id: string) => string;
  readonly body?: (s: Subjects, id: string) => unknown;
  /**
   * Changes state that later cells rely on: such routes run after every other one, in this rank's order,
   * and their refusals before their allowed cells.
   */
  readonly destructive?: number;
  /** Sent with a session of its own (signing out, ending every session, deleting the account). */
  readonly ownSession?: true;
  /** The body is raw bytes of this content type (a file upload), not JSON. */
  readonly contentType?: string;
}

const signedIn = (cell: Cell): Expect => (cell.info.email === null ? 401 : 'ok');
const anyone = (): Expect => 'ok';
const record = {
  format: 'modality/person-record@1',
  person: { name: 'Matrix Person', birthDate: '1990-01-01', country: 'US', region: 'us-tx' },
};

/** The CE activity files are kept for, and a tiny but real PDF (the type is told from the bytes). */
const FILE_CE = { title: 'Matrix certificate CE', completedOn: '2025-09-01', credits: 1 } as const;
const PDF = Buffer.concat([Buffer.from('%PDF-1.4\n% matrix certificate\n'), Buffer.alloc(200, 0x20), Buffer.from('%%EOF\n')]);

/** A subject only some callers reach (a request, a clinical entry): they get `allowed`, others 404. */
function requestRule(cell: Cell, callers: readonly Caller[], allowed: Expect = 'ok'): Expect {
  if (cell.info.email === null) return 401;
  return callers.includes(cell.caller) ? allowed : 404;
}

/** One entry of each section the record forms change, as the matrix sends and keeps it. */
const SECTION_ENTRIES: Readonly<Record<'credentials' | 'education' | 'exams' | 'ce' | 'clinical', Record<string, unknown>>> = {
  credentials: { credential: 'us-tx:mrt', earnedOn: '2025-06-01', number: 'TX-12345', expiresOn: '2027-05-31', status: 'active' },
  education: { kind: 'program', discipline: 'radiography', award: 'associate', country: 'US', startedOn: '2025-08-25' },
  exams: { exam: 'arrt:R', takenOn: '2025-03-01', result: 'pass' },
  // The CE form's entry is the one the files below are kept for, so replacing an entry keeps one to match.
  ce: FILE_CE,
  clinical: { procedure: 'xr:chest-routine', performedOn: '2025-10-01', count: 1 },
};
/** Entries with known ids on every record before the matrix runs: `matrix-0` is replaced, the others deleted one per cell. */
const MATRIX_ENTRY_IDS = Array.from({ length: 12 }, (_, k) => `matrix-${String(k)}`);
const deletions = new Map<string, number>();

/**
 * Add, replace and delete one entry of a section (the record forms), by its id: the import's write rule.
 * Each delete names an entry no cell has deleted yet; they run before the imports replace whole records.
 */
function recordSection(section: keyof typeof SECTION_ENTRIES): Record<string, RouteSpec> {
  const write = (c: Cell) => recordRule(c, 'write');
  const entry = SECTION_ENTRIES[section];
  return {
    [`POST /api/v1/people/:id/${section}`]: { subject: 'person', expect: write, body: () => entry },
    [`PUT /api/v1/people/:id/${section}/:entryId`]: {
      subject: 'person',
      expect: write,
      url: (_s, id) => `/api/v1/people/${id}/${section}/matrix-0`,
      body: () => entry,
    },
    [`DELETE /api/v1/people/:id/${section}/:entryId`]: {
      subject: 'person',
      expect: write,
      url: (_s, id) => {
        const next = (deletions.get(`${id}/${section}`) ?? 0) + 1;
        deletions.set(`${id}/${section}`, next);
        return `/api/v1/people/${id}/${section}/${MATRIX_ENTRY_IDS[next] ?? 'matrix-none'}`;
      },
      destructive: 1,
    },
  };
}

/** Every route, keyed `METHOD url` exactly as registered. */
const ROUTES: Readonly<Record<string, RouteSpec>> = {
  'GET /api/docs': { subject: 'none', expect: anyone },
  'GET /api/docs/static/index.html': { subject: 'none', expect: () => 302 },
  'GET /api/docs/static/swagger-initializer.js': { subject: 'none', expect: anyone },
  'GET /api/docs/json': { subject: 'none', expect: anyone },
  'GET /api/docs/yaml': { subject: 'none', expect: anyone },
  'GET /api/docs/static/*': { subject: 'none', expect: anyone, url: () => '/api/docs/static/swagger-ui.css' },
  'GET /api/openapi.json': { subject: 'none', expect: anyone },
  'GET /api/health': { subject: 'none', expect: anyone },
  'POST /api/v1/auth/sign-up': {
    subject: 'none',
    expect: anyone,
    body: (s) => ({ email: `${s.unique()}@example.test`, password: 'long-enough-pw', name: 'New Person' }),
  },
  'POST /api/v1/auth/sign-in': {
    subject: 'none',
    expect: anyone,
    body: () => ({ email: demo('grace.kim'), password: 'modality-demo' }),
  },
  // Run with a session of its own (see below), so that the matrix's sessions stay open.
  'POST /api/v1/auth/sign-out': { subject: 'none', expect: signedIn },
  'GET /api/v1/auth/me': { subject: 'none', expect: signedIn },
  'GET /api/v1/organisations': { subject: 'none', expect: signedIn },
  'POST /api/v1/organisations': {
    subject: 'none',
    expect: (c) => (c.info.email === null ? 401 : c.info.email === demo('admin') ? 'ok' : 403),
    body: (s) => ({ name: `Matrix ${s.unique()}`, kind: 'hospital' }),
  },
  'GET /api/v1/organisations/:id/members': {
    subject: 'organisation',
    expect: (c) => organisationRule(c, STAFF),
  },
  'POST /api/v1/organisations/:id/invitations': {
    subject: 'organisation',
    expect: (c) => organisationRule(c, new Set(['org_admin'])),
    body: (s) => ({ email: `${s.unique()}@example.test`, role: 'professional' }),
  },
  // Every signed-in caller reaches the token check (and this token is no invitation).
  'POST /api/v1/invitations/accept': {
    subject: 'none',
    expect: (c) => (c.info.email === null ? 401 : 400),
    body: () => ({ token: 'not-a-real-invitation-token' }),
  },
  'GET /api/v1/people': { subject: 'none', expect: signedIn },
  'GET /api/v1/people/:id/record': { subject: 'person', expect: (c) => recordRule(c, 'read') },
  'DELETE /api/v1/people/:id': { subject: 'person', expect: (c) => recordRule(c, 'owner'), destructive: 5 },
  'PUT /api/v1/me/record': { subject: 'none', expect: signedIn, body: () => record, destructive: 2 },
  'PUT /api/v1/people/:id/record': {
    subject: 'person',
    expect: (c) => recordRule(c, 'write'),
    body: () => record,
    destructive: 2,
  },
  'PUT /api/v1/users/:id/record': {
    subject: 'user',
    expect: (c) => recordRule(c, 'write'),
    body: () => record,
    destructive: 2,
  },
  'POST /api/v1/check': { subject: 'none', expect: anyone, body: () => record },
  'GET /api/v1/people/:id/verdict': { subject: 'person', expect: (c) => recordRule(c, 'read') },
  'GET /api/v1/people/:id/deadlines.ics': { subject: 'person', expect: (c) => recordRule(c, 'read') },
  'POST /api/v1/plan': {
    subject: 'none',
    expect: anyone,
    body: () => ({ target: 'radiographer', in: 'us-tx' }),
  },
  'GET /api/v1/roles': { subject: 'none', expect: anyone },
  'GET /api/v1/roles/:code': { subject: 'none', expect: anyone, url: () => '/api/v1/roles/mammographer' },
  'GET /api/v1/programs': { subject: 'none', expect: anyone },
  'GET /api/v1/catalogue': { subject: 'none', expect: anyone },
  'POST /api/v1/people/:id/vc': {
    subject: 'person',
    expect: (c) => recordRule(c, 'read'),
    body: () => ({ kind: 'snapshot' }),
  },
  // Only the issuing organisation's program directors and org admins revoke; platform admins do not.
  'POST /api/v1/vc/:credentialId/revoke': {
    subject: 'credential',
    expect: (c) => organisationRule(c, new Set(['org_admin', 'program_director']), false),
    destructive: 2,
  },
  'POST /api/v1/vc/verify': { subject: 'none', expect: anyone, body: () => ({ not: 'a credential' }) },
  'GET /api/v1/people/:id/wallet': { subject: 'person', expect: (c) => recordRule(c, 'read') },
  'GET /api/v1/people/:id/issuable': { subject: 'person', expect: (c) => recordRule(c, 'read') },
  'POST /api/v1/people/:id/wallet': {
    subject: 'person',
    expect: (c) => recordRule(c, 'write'),
    body: (s) => s.walletCredential,
  },
  'GET /api/v1/status-lists/:id': {
    subject: 'none',
    expect: anyone,
    url: (s) => `/api/v1/status-lists/${s.statusList}`,
  },
  'GET /.well-known/did.json': { subject: 'none', expect: anyone },
  'GET /did.json': { subject: 'none', expect: anyone },
  'GET /issuers/:issuerId/did.json': {
    subject: 'none',
    expect: anyone,
    url: (s) => `/issuers/${s.issuer}/did.json`,
  },
  'GET /api/v1/people/:id/fhir/Practitioner': { subject: 'person', expect: (c) => recordRule(c, 'read') },
  // Not every subject holds arrt:R: an allowed caller may get 400 naming it; a refused one gets 404 first.
  'GET /api/v1/people/:id/audit-packet.pdf': {
    subject: 'person',
    expect: (c) => recordRule(c, 'read', 'answered'),
    url: (_s, id) => `/api/v1/people/${id}/audit-packet.pdf?credential=arrt:R&cycle=2026-06-01`,
  },
  'GET /api/v1/people/:id/calendar-feed': { subject: 'person', expect: (c) => recordRule(c, 'owner') },
  // A new calendar address replaces the old one, so the public calendar route is read before.
  'POST /api/v1/people/:id/calendar-feed': {
    subject: 'person',
    expect: (c) => recordRule(c, 'owner'),
    destructive: 3,
  },
  'DELETE /api/v1/people/:id/calendar-feed': {
    subject: 'person',
    expect: (c) => recordRule(c, 'owner'),
    destructive: 4,
  },
  'GET /api/v1/calendar/:token': {
    subject: 'none',
    expect: anyone,
    url: (s) => `/api/v1/calendar/${s.calendarToken}`,
  },

  // Accounts and mail (docs/accounts-and-mail.md). The links are single-use secrets: a made-up one is a 400.
  'POST /api/v1/auth/password-reset': { subject: 'none', expect: anyone, body: () => ({ email: demo('grace.kim') }) },
  'POST /api/v1/auth/password-reset/confirm': {
    subject: 'none',
    expect: () => 400,
    body: () => ({ token: 'not-a-real-reset-token', password: 'long-enough-pw' }),
  },
  'POST /api/v1/auth/verify-email': { subject: 'none', expect: () => 400, body: () => ({ token: 'not-a-real-link' }) },
  'POST /api/v1/me/email-verification': { subject: 'none', expect: signedIn },
  'GET /api/v1/me/sessions': { subject: 'none', expect: signedIn },
  // Someone else's session is not the caller's to end: it does not exist for them.
  'DELETE /api/v1/me/sessions/:id': {
    subject: 'none',
    expect: (c) => (c.info.email === null ? 401 : 404),
    url: (s) => `/api/v1/me/sessions/${s.otherSession}`,
    destructive: 6,
  },
  'POST /api/v1/me/sessions/sign-out-everywhere': { subject: 'none', expect: signedIn, ownSession: true, destructive: 7 },
  'GET /api/v1/me/data': { subject: 'none', expect: signedIn },
  'DELETE /api/v1/me': {
    subject: 'none',
    expect: signedIn,
    body: () => ({ password: 'modality-demo' }),
    ownSession: true,
    destructive: 8,
  },
  'GET /api/v1/me/reminders': { subject: 'none', expect: signedIn },
  'PUT /api/v1/me/reminders': { subject: 'none', expect: signedIn, body: () => ({ days: [30, 7] }) },

  // The record forms (docs/record-forms.md): the import's access rule, one entry at a time.
  'PUT /api/v1/people/:id/person': {
    subject: 'person',
    expect: (c) => recordRule(c, 'write'),
    body: () => record.person,
  },
  'GET /api/v1/people/:id/ce-questions': { subject: 'person', expect: (c) => recordRule(c, 'read') },
  ...recordSection('credentials'),
  ...recordSection('education'),
  ...recordSection('exams'),
  ...recordSection('ce'),
  ...recordSection('clinical'),
  'GET /api/v1/people/:id/files': { subject: 'person', expect: (c) => recordRule(c, 'read') },
  'POST /api/v1/people/:id/files': {
    subject: 'person',
    expect: (c) => recordRule(c, 'write'),
    url: (_s, id) =>
      `/api/v1/people/${id}/files?name=matrix.pdf&section=ce&title=${encodeURIComponent(FILE_CE.title)}&completedOn=${FILE_CE.completedOn}`,
    body: () => PDF,
    contentType: 'application/pdf',
  },
  'GET /api/v1/people/:id/files/:fileId': {
    subject: 'person',
    expect: (c) => recordRule(c, 'read'),
    url: (s, id) => `/api/v1/people/${id}/files/${s.fileOf(id)}`,
  },
  'DELETE /api/v1/people/:id/files/:fileId': {
    subject: 'person',
    expect: (c) => recordRule(c, 'write'),
    url: (s, id) => `/api/v1/people/${id}/files/${s.fileOf(id)}`,
    destructive: 1,
  },

  // Staffing (docs/staffing.md). `posting` subjects are drafts: only their organisation's writers see them.
  'POST /api/v1/postings': {
    subject: 'organisation',
    expect: (c) => organisationRule(c, POSTING_WRITERS),
    body: (_s, id) => postingBody({ organisationId: id, status: 'draft' }),
  },
  'GET /api/v1/postings': { subject: 'none', expect: anyone },
  'GET /api/v1/postings/:id': { subject: 'posting', expect: (c) => draftPostingRule(c, 'ok', 404) },
  'PATCH /api/v1/postings/:id': {
    subject: 'posting',
    expect: (c) => draftPostingRule(c),
    body: () => ({ title: 'CT Technologist, nights (matrix)' }),
  },
  'GET /jobs/jobs.css': { subject: 'none', expect: anyone },
  'GET /jobs/sitemap.xml': { subject: 'none', expect: anyone },
  'GET /jobs': { subject: 'none', expect: anyone },
  // The public job page of an open posting (a draft's page is HTML "no such job", checked in jobs.routes.test).
  'GET /jobs/:id': { subject: 'none', expect: anyone, url: (s) => `/jobs/${s.openPosting}` },
  'GET /api/v1/me/profile': { subject: 'none', expect: ownRecordNeeded },
  'PUT /api/v1/me/profile': { subject: 'none', expect: ownRecordNeeded, body: () => ({ visibility: 'employers-only' }) },
  'GET /api/v1/postings/:id/candidates': { subject: 'posting', expect: (c) => draftPostingRule(c) },
  'GET /api/v1/me/matches': { subject: 'none', expect: ownRecordNeeded },
  // A draft takes no requests: its writers pass the access check and get 409; everyone else 404.
  'POST /api/v1/postings/:id/requests': {
    subject: 'posting',
    expect: (c) => draftPostingRule(c, 'answered'),
    body: () => ({ candidate: 'C-MATRIX' }),
  },
  'GET /api/v1/postings/:id/requests': { subject: 'posting', expect: (c) => draftPostingRule(c) },
  // Nobody applies to a draft: it does not exist outside its organisation, and its writers are not candidates.
  'POST /api/v1/postings/:id/apply': {
    subject: 'posting',
    expect: (c) => (c.info.email === null ? 401 : 404),
  },
  // The demo student's application to the hospital's open posting: the candidate and the hospital see it.
  'GET /api/v1/requests/:id': {
    subject: 'none',
    expect: (c) => requestRule(c, ['student', 'org admin', 'platform admin']),
    url: (s) => `/api/v1/requests/${s.request}`,
  },
  // Only the candidate answers; an application is accepted already (409), and withdrawing it is allowed.
  'POST /api/v1/requests/:id/accept': {
    subject: 'none',
    expect: (c) => requestRule(c, ['student'], 'answered'),
    url: (s) => `/api/v1/requests/${s.request}/accept`,
  },
  'POST /api/v1/requests/:id/decline': {
    subject: 'none',
    expect: (c) => requestRule(c, ['student'], 'answered'),
    url: (s) => `/api/v1/requests/${s.request}/decline`,
  },
  'POST /api/v1/requests/:id/withdraw': {
    subject: 'none',
    expect: (c) => requestRule(c, ['student']),
    url: (s) => `/api/v1/requests/${s.request}/withdraw`,
  },
  'GET /api/v1/me/requests': { subject: 'none', expect: signedIn },
  // An organisation's postings in every state: its posting writers (and platform admins); others learn nothing.
  'GET /api/v1/organisations/:id/postings': { subject: 'organisation', expect: (c) => draftPostingRule(c) },
  // One's own saved searches: anyone signed in; nobody reaches another's (an id that is not theirs is 404).
  'GET /api/v1/me/saved-searches': { subject: 'none', expect: signedIn },
  'POST /api/v1/me/saved-searches': { subject: 'none', expect: signedIn, body: () => ({ modality: 'ct', near: '77030' }) },
  'PUT /api/v1/me/saved-searches/:id': {
    subject: 'none',
    expect: (c) => (c.info.email === null ? 401 : 404),
    url: () => '/api/v1/me/saved-searches/srch_matrix',
    body: () => ({ modality: 'ct' }),
  },
  'DELETE /api/v1/me/saved-searches/:id': {
    subject: 'none',
    expect: (c) => (c.info.email === null ? 401 : 404),
    url: () => '/api/v1/me/saved-searches/srch_matrix',
  },
  'GET /api/v1/me/profile-views': { subject: 'none', expect: signedIn },

  // The clinical log (docs/clinical.md): one's own; the sign-off link is public (the link is the secret).
  'GET /api/v1/clinical/sites': { subject: 'none', expect: signedIn },
  'POST /api/v1/clinical/entries': {
    subject: 'none',
    expect: (c) => (c.caller === 'student' ? 'ok' : ownLog(c)),
    body: (s) => ({
      procedure: 'xr:chest-routine',
      performedOn: '2026-01-15',
      site: s.clinicalSite,
      role: 'performed',
      supervision: 'direct',
    }),
  },
  'GET /api/v1/clinical/entries': { subject: 'none', expect: ownLog },
  'GET /api/v1/clinical/entries/:id': {
    subject: 'none',
    expect: (c) => requestRule(c, ['student']),
    url: (s) => `/api/v1/clinical/entries/${s.clinicalEntry}`,
  },
  // Editing one's own unsigned entry: the matrix sends a date in the future, so the student gets a 400 (nothing
  // written, the entry and its link stay as they were) and everyone else 404. Deleting names no entry of theirs.
  'PATCH /api/v1/clinical/entries/:id': {
    subject: 'none',
    expect: (c) => requestRule(c, ['student'], 400),
    url: (s) => `/api/v1/clinical/entries/${s.clinicalEntry}`,
    body: () => ({ performedOn: '2999-01-01' }),
  },
  'DELETE /api/v1/clinical/entries/:id': {
    subject: 'none',
    expect: (c) => (c.info.email === null ? 401 : 404),
    url: () => '/api/v1/clinical/entries/cle_matrix',
  },
  'GET /api/v1/clinical/progress': { subject: 'none', expect: ownLog },
  'POST /api/v1/clinical/entries/:id/sign-requests': {
    subject: 'none',
    expect: (c) => requestRule(c, ['student']),
    url: (s) => `/api/v1/clinical/entries/${s.clinicalEntry}/sign-requests`,
  },
  'GET /api/v1/clinical/procedures': { subject: 'none', expect: signedIn },
  // In-app sign-off: the clinical instructors and program directors of the entry's school (docs/clinical.md).
  'GET /api/v1/clinical/to-sign': { subject: 'none', expect: signedIn },
  'POST /api/v1/clinical/entries/:id/sign': {
    subject: 'none',
    // It signs the entry once (the second signer gets a 409), so it runs after the cells that need it unsigned.
    expect: (c) => requestRule(c, ['instructor', 'program director'], 'answered'),
    url: (s) => `/api/v1/clinical/entries/${s.clinicalEntry}/sign`,
    body: () => ({ present: true }),
    destructive: 1,
  },
  // Time records (docs/clinical.md): one's own punches; a school's instructors and director decide exceptions.
  // The matrix clocks in at a site the student has no rotation at: a 400 for everyone, nothing written.
  'POST /api/v1/clinical/time/clock-in': { subject: 'none', expect: ownLog, body: (s) => ({ site: s.clinicalSite }) },
  'POST /api/v1/clinical/time/clock-out': { subject: 'none', expect: ownLog, body: () => ({}) },
  'GET /api/v1/clinical/time/mine': { subject: 'none', expect: ownLog },
  'POST /api/v1/clinical/time/planned-shifts': {
    subject: 'none',
    expect: ownLog,
    body: (s) => ({ site: s.clinicalSite, startsAt: '2020-01-06T07:00:00Z', endsAt: '2020-01-06T15:00:00Z' }),
  },
  'GET /api/v1/clinical/time/exceptions': { subject: 'none', expect: signedIn },
  'GET /api/v1/clinical/time/warnings': { subject: 'none', expect: signedIn },
  // A decision is made once: the first reviewer approves (200), the second finds it decided (409).
  'POST /api/v1/clinical/time/exceptions/:id/decision': {
    subject: 'none',
    expect: (c) => requestRule(c, ['instructor', 'program director'], 'answered'),
    url: (s) => `/api/v1/clinical/time/exceptions/${s.timeException}/decision`,
    body: () => ({ decision: 'approved' }),
    destructive: 1,
  },
  'GET /api/v1/sign/:token': { subject: 'none', expect: anyone, url: (s) => `/api/v1/sign/${s.signToken}` },
  // A school's cohort and program effectiveness (docs/clinical.md): its program director and instructors.
  'GET /api/v1/schools/:id/cohort': { subject: 'organisation', expect: (c) => organisationRule(c, COHORT_READERS, false) },
  'GET /api/v1/schools/:id/program-effectiveness': { subject: 'organisation', expect: (c) => organisationRule(c, COHORT_READERS, false) },
  // The director reaches the check of the student named (this one is nobody's account): a 400.
  'POST /api/v1/schools/:id/leavers': {
    subject: 'organisation',
    expect: (c) => {
      const rule = organisationRule(c, new Set(['program_director']), false);
      return rule === 'ok' ? 400 : rule;
    },
    body: () => ({ userId: 'not-a-student', outcome: 'graduated', leftOn: '2025-05-10' }),
  },
  // A program's requirement settings (docs/clinical.md): its teaching staff read them, its director changes them.
  'GET /api/v1/schools/:id/requirements': { subject: 'organisation', expect: (c) => organisationRule(c, COHORT_READERS, false) },
  'PUT /api/v1/schools/:id/requirements': {
    subject: 'organisation',
    expect: (c) => organisationRule(c, new Set(['program_director']), false),
    body: () => ({ set: 'arrt-radiography-2017-iu', simulationCap: null, localRequirements: [] }),
  },
  // A program's own grade form (docs/clinical.md): its teaching staff read it, its director saves a version.
  'GET /api/v1/schools/:id/grade-form': { subject: 'organisation', expect: (c) => organisationRule(c, COHORT_READERS, false) },
  'PUT /api/v1/schools/:id/grade-form': {
    subject: 'organisation',
    expect: (c) => organisationRule(c, new Set(['program_director']), false),
    body: () => ({ criteria: [{ label: 'Positioning', required: true }] }),
  },
  // Clinical sites and placement (docs/clinical.md, "Sites and placement").
  'GET /api/v1/schools/:id/sites': { subject: 'organisation', expect: (c) => placementRule(c, false) },
  'POST /api/v1/schools/:id/sites': {
    subject: 'organisation',
    expect: (c) => placementRule(c, false),
    body: (s) => ({ name: `Matrix site ${s.unique()}`, modalities: ['CT'] }),
  },
  'PATCH /api/v1/schools/:id/sites/:siteId': {
    subject: 'organisation',
    expect: (c) => placementRule(c, true),
    url: (s, id) => `/api/v1/schools/${id}/sites/${s.clinicalSite}`,
    body: () => ({ city: 'Harbor Valley' }),
  },
  // The demo site is in the student's log, so the director's delete is refused (409): it is kept.
  'DELETE /api/v1/schools/:id/sites/:siteId': {
    subject: 'organisation',
    expect: (c) => placementRule(c, true, 'answered'),
    url: (s, id) => `/api/v1/schools/${id}/sites/${s.clinicalSite}`,
  },
  'POST /api/v1/schools/:id/sites/:siteId/preceptors': {
    subject: 'organisation',
    expect: (c) => placementRule(c, true),
    url: (s, id) => `/api/v1/schools/${id}/sites/${s.clinicalSite}/preceptors`,
    body: () => ({ name: 'Matrix Preceptor', credentials: 'RT(R)' }),
  },
  'DELETE /api/v1/schools/:id/sites/:siteId/preceptors/:preceptorId': {
    subject: 'organisation',
    expect: (c) => placementRule(c, true),
    url: (s, id) => `/api/v1/schools/${id}/sites/${s.clinicalSite}/preceptors/${s.preceptor}`,
    destructive: 1,
  },
  'PUT /api/v1/schools/:id/sites/:siteId/capacities/:termId': {
    subject: 'organisation',
    expect: (c) => placementRule(c, true),
    url: (s, id) => `/api/v1/schools/${id}/sites/${s.clinicalSite}/capacities/${s.placementTerm}`,
    body: () => ({ capacity: 2 }),
  },
  'PUT /api/v1/schools/:id/sites/:siteId/area': {
    subject: 'organisation',
    expect: (c) => placementRule(c, true),
    url: (s, id) => `/api/v1/schools/${id}/sites/${s.clinicalSite}/area`,
    body: () => ({ area: { latitude: 29.7073, longitude: -95.4018, radiusM: 300 } }),
  },
  'GET /api/v1/schools/:id/time-settings': { subject: 'organisation', expect: (c) => placementRule(c, false) },
  'PUT /api/v1/schools/:id/time-settings': {
    subject: 'organisation',
    expect: (c) => placementRule(c, false),
    body: () => ({ timeZone: 'America/Chicago', weeklyDidacticHours: 16, eveningStartsAt: '18:00', eveningEndsAt: '06:00', lateAfterMinutes: 5 }),
  },
  'GET /api/v1/schools/:id/terms': { subject: 'organisation', expect: (c) => placementRule(c, false) },
  'POST /api/v1/schools/:id/terms': {
    subject: 'organisation',
    expect: (c) => placementRule(c, false),
    body: (s) => ({ name: `Matrix term ${s.unique()}`, startsOn: '2028-01-10', endsOn: '2028-04-30' }),
  },
  'DELETE /api/v1/schools/:id/terms/:termId': {
    subject: 'organisation',
    expect: (c) => placementRule(c, true),
    url: (s, id) => `/api/v1/schools/${id}/terms/${s.spareTerm}`,
    destructive: 1,
  },
  'GET /api/v1/schools/:id/terms/:termId/ranking': {
    subject: 'organisation',
    expect: rankingRule,
    url: (s, id) => `/api/v1/schools/${id}/terms/${s.placementTerm}/ranking`,
  },
  'PUT /api/v1/schools/:id/terms/:termId/ranking': {
    subject: 'organisation',
    expect: rankingRule,
    url: (s, id) => `/api/v1/schools/${id}/terms/${s.placementTerm}/ranking`,
    body: (s) => ({ sites: [s.clinicalSite] }),
  },
  'POST /api/v1/schools/:id/terms/:termId/placements': {
    subject: 'organisation',
    expect: (c) => placementRule(c, true),
    url: (s, id) => `/api/v1/schools/${id}/terms/${s.placementTerm}/placements`,
    body: () => ({ mode: 'optimal' }),
  },
  'GET /api/v1/schools/:id/terms/:termId/placements': {
    subject: 'organisation',
    expect: (c) => placementRule(c, true),
    url: (s, id) => `/api/v1/schools/${id}/terms/${s.placementTerm}/placements`,
  },
  'POST /api/v1/schools/:id/placements/:runId/publish': {
    subject: 'organisation',
    expect: (c) => placementRule(c, true),
    url: (s, id) => `/api/v1/schools/${id}/placements/${s.placementRun}/publish`,
    destructive: 1,
  },
  'GET /api/v1/schools/:id/terms/:termId/schedule.csv': {
    subject: 'organisation',
    expect: (c) => placementRule(c, true),
    url: (s, id) => `/api/v1/schools/${id}/terms/${s.placementTerm}/schedule.csv`,
  },
  'GET /api/v1/me/placement': { subject: 'none', expect: signedIn },
  'GET /api/v1/me/rotations.ics': { subject: 'none', expect: signedIn },
  // The postprimary log (docs/clinical.md): one's own; the verify and review links are public (the link is
  // the secret). Verifying and reviewing work once, so the matrix uses a link that does not exist: 404 for all.
  'GET /api/v1/postprimary/requirements': { subject: 'none', expect: signedIn },
  'POST /api/v1/postprimary/entries': {
    subject: 'none',
    expect: ownLog,
    body: () => ({ discipline: 'ct', procedure: 'ct:head-without-contrast', performedOn: '2026-01-16', facility: 'Matrix Facility' }),
  },
  'GET /api/v1/postprimary/entries': { subject: 'none', expect: ownLog },
  'GET /api/v1/postprimary/progress': { subject: 'none', expect: ownLog },
  'POST /api/v1/postprimary/entries/:id/links': {
    subject: 'none',
    expect: (c) => requestRule(c, ['professional']),
    url: (s) => `/api/v1/postprimary/entries/${s.postprimaryEntry}/links`,
  },
  'GET /api/v1/postprimary/links/:token': { subject: 'none', expect: anyone, url: (s) => `/api/v1/postprimary/links/${s.postprimaryToken}` },
  'POST /api/v1/postprimary/links/:token/verify': {
    subject: 'none',
    expect: () => 404,
    url: () => '/api/v1/postprimary/links/not-a-real-postprimary-link/verify',
    body: () => ({ name: 'Matrix Technologist', arrtNumber: '123456', registered: true, inPerson: true }),
  },
  'POST /api/v1/postprimary/links/:token/review': {
    subject: 'none',
    expect: () => 404,
    url: () => '/api/v1/postprimary/links/not-a-real-postprimary-link/review',
    body: () => ({ name: 'Matrix Supervisor', facility: 'Matrix Facility', checked: true }),
  },
  // The queue is what was asked of the signed-in user; the matrix's entry was asked of nobody by mail, so
  // answering it from a queue is 404 for every signed-in user (it cannot be probed).
  'GET /api/v1/postprimary/waiting': { subject: 'none', expect: signedIn },
  'POST /api/v1/postprimary/waiting/:id/verify': {
    subject: 'none',
    expect: (c) => (c.info.email === null ? 401 : 404),
    url: (s) => `/api/v1/postprimary/waiting/${s.postprimaryEntry}/verify`,
    body: () => ({ name: 'Matrix Technologist', arrtNumber: '123456', registered: true, inPerson: true }),
  },
  'POST /api/v1/postprimary/waiting/:id/review': {
    subject: 'none',
    expect: (c) => (c.info.email === null ? 401 : 404),
    url: (s) => `/api/v1/postprimary/waiting/${s.postprimaryEntry}/review`,
    body: () => ({ name: 'Matrix Supervisor', facility: 'Matrix Facility', checked: true }),
  },
  // Signing works once, so the matrix signs with a link that does not exist: 404 for everyone alike.
  'POST /api/v1/sign/:token': {
    subject: 'none',
    expect: () => 404,
    url: () => '/api/v1/sign/not-a-real-sign-link',
    body: () => ({ name: 'Matrix Technologist', arrtNumber: '123456', present: true }),
  },
};

interface Outcome {
  readonly route: string;
  readonly caller: Caller;
  readonly relation: Relation | null;
  readonly expected: Expect;
  readonly status: number;
}

const matches = (expected: Expect, status: number) =>
  expected === 'ok'
    ? status >= 200 && status < 300
    : expected === 'answered'
      ? (status >= 200 && status < 300) || status === 400 || status === 409
      : status === expected;
const REFUSALS: readonly Expect[] = [401, 403, 404];

for (const dialect of testDialects())
  describe(`access matrix: every route × every role × own / same / other organisation [${dialect.name}]`, () => {
    let t: TestServer;
    const clients = new Map<Caller, Client>();
    let subjects: Subjects;

    beforeAll(async () => {
      t = await startTestServer(dialect, { demoCredentials: true });
      for (const [caller, info] of Object.entries(CALLERS) as Array<[Caller, CallerInfo]>) {
        if (info.email !== null) clients.set(caller, await t.signIn(info.email));
      }
      const users = await t.store.db.selectFrom('users').select(['id', 'email']).execute();
      const people = await t.store.db.selectFrom('people').select(['id', 'owner_user_id']).execute();
      const orgs = await t.store.db.selectFrom('organisations').select(['id', 'name']).execute();
      const userOf = (email: string) => users.find((u) => u.email === email)?.id ?? `missing-${email}`;
      const orgNames = {
        hospital: 'St. Brigid',
        school: 'Harbor Valley',
        agency: 'Northstar',
        imaging: 'Lakeside',
      } as const;
      const ana = clients.get('professional');
      const sam = clients.get('student');
      if (ana?.personId == null || sam?.personId == null)
        throw new Error('the demo professional or student has no record');
      // A credential the demo school issued to its student: its id, status list and issuer.
      const wallet = (await sam.request('GET', `/api/v1/people/${sam.personId}/wallet`)).json<{
        items: Array<{
          credential: {
            id: string;
            issuer: { id: string };
            credentialStatus: { statusListCredential: string };
          };
        }>;
      }>();
      const vc = wallet.items[0]?.credential;
      if (vc === undefined) throw new Error('the demo student holds no credential');
      const feed = (await ana.request('POST', `/api/v1/people/${ana.personId}/calendar-feed`)).json<{
        url: string;
      }>();
      // The install's own DID document exists once it has issued a record snapshot.
      expect(
        (await ana.request('POST', `/api/v1/people/${ana.personId}/vc`, { kind: 'snapshot' })).statusCode,
      ).toBe(201);
      const personOf = (email: string) => people.find((p) => p.owner_user_id === userOf(email))?.id;
      const orgOf = (key: 'hospital' | 'school' | 'agency' | 'imaging') =>
        orgs.find((o) => o.name.startsWith(orgNames[key]))?.id ?? '';
      const created = async (res: LightMyRequestResponse, what: string) => {
        if (res.statusCode !== 200 && res.statusCode !== 201)
          throw new Error(`${what}: ${String(res.statusCode)} ${res.body}`);
        return res.json<Record<string, unknown>>();
      };
      // A CE activity and its certificate on every record a cell reads, so that each has a file to fetch.
      const files = new Map<string, string>();
      const owners = [
        ...Object.values(CALLERS).map((c) => c.email),
        ...Object.values(SAME_ORG_SUBJECT),
        OTHER_ORG_SUBJECT,
      ];
      for (const email of owners) {
        const personId = email === null ? undefined : personOf(email);
        if (email === null || personId === undefined) continue;
        const owner = await t.signIn(email);
        await created(await owner.request('POST', `/api/v1/people/${personId}/ce`, FILE_CE), 'a CE activity');
        // Entries with known ids in every section, for the cells that replace and delete one by id.
        const kept = (await owner.request('GET', `/api/v1/people/${personId}/record`)).json<Record<string, unknown>>();
        const keyed = Object.fromEntries(
          Object.entries(SECTION_ENTRIES).map(([section, entry]) => [
            section,
            [...((kept[section] as unknown[] | undefined) ?? []), ...MATRIX_ENTRY_IDS.map((id) => ({ ...entry, id }))],
          ]),
        );
        await created(await owner.request('PUT', `/api/v1/people/${personId}/record`, { ...kept, ...keyed }), 'entries with known ids');
        const file = await created(
          await t.app.inject({
            method: 'POST',
            url: `/api/v1/people/${personId}/files?name=kept.pdf&section=ce&title=${encodeURIComponent(FILE_CE.title)}&completedOn=${FILE_CE.completedOn}`,
            payload: PDF,
            cookies: owner.session.cookies,
            headers: { ...owner.session.headers, 'content-type': 'application/pdf' },
          }),
          'a file',
        );
        files.set(personId, String(file.id));
      }
      // Draft postings of each posting organisation, and an open one of the hospital the student applies to.
      const admin = clients.get('platform admin');
      if (admin === undefined) throw new Error('no platform admin');
      const posting = async (key: 'hospital' | 'agency' | 'imaging', status: string) =>
        String(
          (
            await created(
              await admin.request('POST', '/api/v1/postings', postingBody({ organisationId: orgOf(key), status })),
              `a ${status} posting`,
            )
          ).id,
        );
      const drafts = {
        hospital: await posting('hospital', 'draft'),
        agency: await posting('agency', 'draft'),
        imaging: await posting('imaging', 'draft'),
      };
      const openPosting = await posting('hospital', 'open');
      const application = await created(
        await sam.request('POST', `/api/v1/postings/${openPosting}/apply`),
        'an application',
      );
      // An unsigned entry of the student's clinical log, and a sign-off link for it.
      const sites = (await sam.request('GET', '/api/v1/clinical/sites')).json<{ sites: Array<{ id: string }> }>();
      const clinicalSite = sites.sites[0]?.id ?? '';
      const entry = await created(
        await sam.request('POST', '/api/v1/clinical/entries', {
          procedure: 'xr:chest-routine',
          performedOn: '2026-01-15',
          site: clinicalSite,
          role: 'performed',
          supervision: 'direct',
        }),
        'a clinical entry',
      );
      const link = await created(
        await sam.request('POST', `/api/v1/clinical/entries/${String(entry.id)}/sign-requests`),
        'a sign-off link',
      );
      // An unverified entry of the professional's postprimary log, and a verify link for it.
      const ppEntry = await created(
        await ana.request('POST', '/api/v1/postprimary/entries', { discipline: 'ct', procedure: 'ct:chest', performedOn: '2026-01-15', facility: 'Matrix Facility' }),
        'a postprimary entry',
      );
      const ppLink = await created(await ana.request('POST', `/api/v1/postprimary/entries/${String(ppEntry.id)}/links`), 'a postprimary link');
      // The demo school's term, a spare one, a placement run of the term, and a preceptor of the site.
      const henry = clients.get('program director');
      if (henry === undefined) throw new Error('no program director');
      const school = orgOf('school');
      const terms = (await henry.request('GET', `/api/v1/schools/${school}/terms`)).json<{ terms: Array<{ id: string }> }>();
      const placementTerm = terms.terms[0]?.id ?? '';
      const spare = await created(
        await henry.request('POST', `/api/v1/schools/${school}/terms`, { name: 'Spare', startsOn: '2029-01-01', endsOn: '2029-02-01' }),
        'a term',
      );
      const run = await created(
        await henry.request('POST', `/api/v1/schools/${school}/terms/${placementTerm}/placements`, { mode: 'stable' }),
        'a placement run',
      );
      const managed = (await henry.request('GET', `/api/v1/schools/${school}/sites`)).json<{
        sites: Array<{ id: string; preceptors: Array<{ id: string }> }>;
      }>();
      const preceptor = managed.sites.find((x) => x.id === clinicalSite)?.preceptors[0]?.id ?? '';
      // The demo's time record with an exception, from the instructor's queue.
      const olivia = clients.get('instructor');
      if (olivia === undefined) throw new Error('no instructor');
      const queue = (await olivia.request('GET', '/api/v1/clinical/time/exceptions')).json<{ exceptions: Array<{ id: string }> }>();
      const timeException = queue.exceptions[0]?.id ?? 'no-time-exception';
      // A session of someone who is none of the callers.
      const grace = await t.signIn(demo('grace.kim'));
      const graceSessions = (await grace.request('GET', '/api/v1/me/sessions')).json<{
        sessions: Array<{ id: string }>;
      }>();
      let n = 0;
      subjects = {
        userOf,
        personOf,
        orgOf,
        schoolCredential: encodeURIComponent(vc.id),
        statusList: vc.credentialStatus.statusListCredential.slice(
          vc.credentialStatus.statusListCredential.lastIndexOf('/') + 1,
        ),
        issuer: vc.issuer.id.split(':').at(-1) ?? '',
        calendarToken: feed.url.slice(feed.url.lastIndexOf('/') + 1),
        unique: () => `matrix-${String(++n)}`,
        walletCredential: vc,
        fileOf: (personId) => files.get(personId) ?? 'no-file',
        draftOf: (key) => drafts[key],
        openPosting,
        request: String(application.id),
        clinicalEntry: String(entry.id),
        signToken: String(link.url).slice(String(link.url).lastIndexOf('/') + 1),
        postprimaryEntry: String(ppEntry.id),
        postprimaryToken: String(ppLink.url).slice(String(ppLink.url).lastIndexOf('/') + 1),
        clinicalSite,
        timeException,
        otherSession: graceSessions.sessions[0]?.id ?? 'no-session',
        placementTerm,
        spareTerm: String(spare.id),
        placementRun: String(run.id),
        preceptor,
      };
    }, 60_000);
    afterAll(() => t.close());

    /** The id a route's `:id` gets for this caller and relation, or undefined when no such subject exists. */
    function subjectId(spec: RouteSpec, info: CallerInfo, relation: Relation): string | undefined {
      const s = subjects;
      const email =
        relation === 'own'
          ? info.email
          : relation === 'same organisation'
            ? info.org === null
              ? null
              : SAME_ORG_SUBJECT[info.org]
            : OTHER_ORG_SUBJECT;
      switch (spec.subject) {
        case 'person':
          return email === null ? undefined : s.personOf(email);
        case 'user':
          return email === null ? undefined : s.userOf(email);
        case 'organisation':
          if (relation === 'own') return undefined;
          return relation === 'same organisation'
            ? info.org === null
              ? undefined
              : s.orgOf(info.org)
            : s.orgOf('imaging');
        case 'credential':
          // The demo school issued it: its own organisation's for school staff, another's for everyone else.
          if (relation === 'own') return undefined;
          return (relation === 'same organisation') === (info.org === 'school')
            ? s.schoolCredential
            : undefined;
        case 'posting':
          if (relation === 'own') return undefined;
          if (relation === 'other organisation') return s.draftOf('imaging');
          return info.org === 'hospital' || info.org === 'agency' ? s.draftOf(info.org) : undefined;
        case 'none':
          return undefined;
      }
    }

    async function send(
      caller: Caller,
      method: string,
      url: string,
      body: unknown,
      spec: RouteSpec,
    ): Promise<LightMyRequestResponse> {
      const payload = body === undefined ? {} : { payload: body as object };
      const type = spec.contentType === undefined ? {} : { 'content-type': spec.contentType };
      if (caller === 'signed-out')
        return t.app.inject({ method: method as 'GET', url, headers: type, ...payload });
      // A session of its own, so that signing out (or ending every session) does not end the one the other cells use.
      const client =
        url === '/api/v1/auth/sign-out' || spec.ownSession === true
          ? await t.signIn(CALLERS[caller].email ?? '')
          : clients.get(caller);
      if (client === undefined) throw new Error(`no client for ${caller}`);
      if (spec.contentType === undefined) return client.request(method as 'GET', url, body);
      return t.app.inject({
        method: method as 'GET',
        url,
        cookies: client.session.cookies,
        headers: { ...client.session.headers, ...type },
        ...payload,
      });
    }

    it('answers every cell as the access rules say: 0 leaks', async () => {
      const table = registeredRoutes(t.app).filter((r) => r.method !== 'HEAD');
      const keys = table.map((r) => `${r.method} ${r.url}`);
      expect(
        keys.filter((k) => !(k in ROUTES)),
        'routes with no row in the access matrix',
      ).toEqual([]);
      expect(
        Object.keys(ROUTES).filter((k) => !keys.includes(k)),
        'rows for routes that no longer exist',
      ).toEqual([]);

      const planned: Array<{
        key: string;
        spec: RouteSpec;
        cell: Cell;
        url: string;
        body: unknown;
        expected: Expect;
      }> = [];
      for (const key of keys) {
        const spec = ROUTES[key] as RouteSpec;
        const [method = '', pattern = ''] = key.split(' ');
        for (const [caller, info] of Object.entries(CALLERS) as Array<[Caller, CallerInfo]>) {
          const relations: Array<Relation | null> =
            spec.subject === 'none' ? [null] : ['own', 'same organisation', 'other organisation'];
          for (const relation of relations) {
            const id = relation === null ? '' : subjectId(spec, info, relation);
            if (id === undefined) continue; // e.g. "own record" of a caller who keeps none
            const cell: Cell = {
              caller,
              relation,
              info,
              hasRecord: info.email !== null && subjects.personOf(info.email) !== undefined,
            };
            const expected = spec.expect(cell);
            const url = spec.url?.(subjects, id) ?? pattern.replace(/:[A-Za-z]+/, id);
            planned.push({
              key: `${method} ${pattern}`,
              spec,
              cell,
              url,
              body: spec.body?.(subjects, id),
              expected,
            });
          }
        }
      }
      // Destructive cells last, refusals before the one allowed change, so that no cell's subject is gone before its turn.
      const order = (p: (typeof planned)[number]) =>
        p.spec.destructive === undefined
          ? 0
          : p.spec.destructive * 2 + (REFUSALS.includes(p.expected) ? 0 : 1);
      planned.sort((a, b) => order(a) - order(b));

      const outcomes: Outcome[] = [];
      for (const p of planned) {
        const res = await send(p.cell.caller, p.key.split(' ')[0] ?? 'GET', p.url, p.body, p.spec);
        outcomes.push({
          route: p.key,
          caller: p.cell.caller,
          relation: p.cell.relation,
          expected: p.expected,
          status: res.statusCode,
        });
        if (res.statusCode >= 400)
          expect(res.headers['content-type'], `${p.key} as ${p.cell.caller}`).toMatch(
            /^application\/problem\+json/,
          );
      }
      const leaks = outcomes.filter(
        (o) => REFUSALS.includes(o.expected) && o.status >= 200 && o.status < 300,
      );
      const wrong = outcomes.filter((o) => !matches(o.expected, o.status));
      const withSubject = outcomes.filter((o) => o.relation !== null).length;
      console.info(
        `access matrix [${dialect.name}]: ${String(outcomes.length)} cells (${String(keys.length)} routes × ${String(Object.keys(CALLERS).length)} callers; ` +
          `${String(withSubject)} with a subject as own / same / other organisation), ${String(leaks.length)} leaks, ${String(wrong.length)} other mismatches`,
      );
      const describeCell = (o: Outcome) =>
        `${o.route} as ${o.caller}${o.relation === null ? '' : ` (${o.relation})`}: expected ${String(o.expected)}, got ${String(o.status)}`;
      expect(leaks.map(describeCell)).toEqual([]);
      expect(wrong.map(describeCell)).toEqual([]);
    }, 240_000);
  });
