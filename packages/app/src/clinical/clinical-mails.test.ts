import { ConflictError } from '@modality/domain';
import { FakeClock, SequentialIds, fastHasher } from '@modality/testkit';
import { describe, expect, it } from 'vitest';
import type { Principal } from '../auth/principal.js';
import type { MailDeps } from '../deps.js';
import type { AuditEntry, MembershipRow, PlannedShiftRow, Store, TimeDecision, TimeRecordRow } from '../ports/index.js';
import { publishPlacementRun } from '../placement/placement-run.js';
import { decideTimeException } from './time-exceptions.js';
import { planShift } from './time-records.js';

/*
 * The three clinical mails, with fakes of the store's ports: each mail is written in the transaction of the
 * change that causes it, so a change that fails leaves no mail (and a mail never goes without its change).
 */

const SCHOOL = 'org_school';
const SITE = { id: 'site_a', schoolOrganisationId: SCHOOL, name: 'St. Brigid (fictitious)' };
const member = (userId: string, role: MembershipRow['role']): MembershipRow => ({ userId, organisationId: SCHOOL, organisationName: 'Harbor Valley', organisationKind: 'school', role });
const USERS = [
  { id: 'usr_sam', email: 'sam@example.org', name: 'Sam Patel' },
  { id: 'usr_henry', email: 'henry@example.org', name: 'Henry Lambert' },
  { id: 'usr_olivia', email: 'olivia@example.org', name: 'Olivia Bennett' },
];
const MEMBERS = [member('usr_sam', 'student'), member('usr_henry', 'program_director'), member('usr_olivia', 'instructor')];
const principal = (userId: string, personId: string | null = null): Principal => {
  const u = USERS.find((x) => x.id === userId) ?? { id: userId, email: '', name: '' };
  return { user: { ...u, isAdmin: false, emailVerified: true }, memberships: MEMBERS.filter((m) => m.userId === userId), csrfToken: 'x', personId };
};

interface Mail {
  readonly to: string;
  readonly kind: string;
  readonly subject: string;
  readonly text: string;
  readonly dedupeKey?: string;
}

/** A store of fakes: writes inside a transaction are kept only when it ends without throwing. */
function fakeStore(options: { readonly failOn?: string; readonly record?: TimeRecordRow; readonly decided?: boolean } = {}) {
  const committed = { mails: [] as Mail[], audit: [] as AuditEntry[], shifts: [] as PlannedShiftRow[], published: [] as string[] };
  let pending: typeof committed | null = null;
  const sink = () => pending ?? committed;
  const fail = (what: string) => {
    if (options.failOn === what) throw new Error(`${what} failed`);
  };
  const ports = {
    organisations: { findById: async (id: string) => (id === SCHOOL ? { id, name: 'Harbor Valley', kind: 'school' } : undefined) },
    users: { findById: async (id: string) => USERS.find((u) => u.id === id) },
    people: {
      findById: async (id: string) => (id === 'psn_sam' ? { id, ownerUserId: 'usr_sam', name: 'Sam Patel' } : undefined),
      idByOwner: async (userId: string) => (userId === 'usr_sam' ? 'psn_sam' : undefined),
    },
    memberships: { listForOrganisation: async () => MEMBERS.map((m) => ({ ...m, ...USERS.filter((u) => u.id === m.userId).map((u) => ({ userName: u.name, email: u.email }))[0] })) },
    clinical: { listSitesForSchools: async () => [SITE], findSite: async (id: string) => (id === SITE.id ? SITE : undefined) },
    clinicalPlacement: {
      findRun: async () => ({
        id: 'run_1',
        termId: 'term_1',
        mode: 'stable',
        createdByUserId: 'usr_henry',
        createdAt: '2026-11-20T00:00:00Z',
        publishedAt: null,
        result: JSON.stringify({
          assignments: [
            { personId: 'psn_sam', studentName: 'Sam Patel', siteId: SITE.id, siteName: SITE.name, rank: 1, explanation: 'Ranked 1st; the site had room.' },
            { personId: 'psn_nobody', studentName: 'Unplaced Student', siteId: null, siteName: null, rank: null, explanation: 'No site had room.' },
          ],
          report: {},
        }),
      }),
      findTerm: async () => ({ id: 'term_1', schoolOrganisationId: SCHOOL, name: 'Spring 2027', startsOn: '2027-01-11', endsOn: '2027-04-30' }),
      listSiteDetails: async () => [{ siteId: SITE.id, address: '1 Harbor Road', city: 'Harbor Valley', modalities: [] }],
      replaceRotations: async () => fail('replaceRotations'),
      markPublished: async (id: string) => {
        fail('markPublished');
        sink().published.push(id);
      },
    },
    timeRecords: {
      findSettings: async () => undefined,
      rotationsCovering: async () => [{ id: 'rot', schoolOrganisationId: SCHOOL, personId: 'psn_sam', siteId: SITE.id, startsOn: '2026-01-01', endsOn: '2027-12-31', createdAt: '' }],
      listRecordsForPeople: async () => (options.record === undefined ? [] : [options.record]),
      listPlannedShiftsForPeople: async () => committed.shifts,
      insertPlannedShift: async (s: PlannedShiftRow) => {
        fail('insertPlannedShift');
        sink().shifts.push(s);
      },
      findRecord: async () => options.record,
      decide: async (_id: string, _d: TimeDecision) => options.decided !== true,
      findSiteGeofence: async () => undefined,
    },
    mailOutbox: {
      enqueue: async (m: Mail) => {
        sink().mails.push(m);
        return true;
      },
    },
    audit: {
      append: async (a: AuditEntry) => {
        sink().audit.push(a);
      },
    },
    async transaction<T>(fn: (tx: Store) => Promise<T>): Promise<T> {
      pending = { mails: [], audit: [], shifts: [], published: [] };
      try {
        const out = await fn(store);
        committed.mails.push(...pending.mails);
        committed.audit.push(...pending.audit);
        committed.shifts.push(...pending.shifts);
        committed.published.push(...pending.published);
        return out;
      } finally {
        pending = null;
      }
    },
  };
  // Only the ports these use cases touch are faked.
  const store = ports as unknown as Store;
  return { store, committed };
}

const depsWith = (store: Store): MailDeps => ({ store, clock: new FakeClock('2026-11-30T15:00:00.000Z'), ids: new SequentialIds(), hasher: fastHasher, publicUrl: 'https://modality.test' });

describe('the mail to each placed student when a placement is published', () => {
  it('writes one mail per placed student with the site, its address, the dates and the calendar link', async () => {
    const { store, committed } = fakeStore();
    await publishPlacementRun(depsWith(store), principal('usr_henry'), SCHOOL, 'run_1');
    expect(committed.mails).toHaveLength(1);
    const mail = committed.mails[0];
    expect(mail).toMatchObject({ to: 'sam@example.org', kind: 'clinical-rotation-published', subject: 'Your Spring 2027 rotation: St. Brigid (fictitious)' });
    expect(mail?.text).toContain('St. Brigid (fictitious), 1 Harbor Road, Harbor Valley');
    expect(mail?.text).toContain('from 2027-01-11 to 2027-04-30');
    expect(mail?.text).toContain('https://modality.test/api/v1/me/rotations.ics');
    expect(mail?.text).not.toContain('psn_');
    expect(committed.published).toEqual(['run_1']);
  });

  it('writes no mail when publishing fails part-way', async () => {
    const { store, committed } = fakeStore({ failOn: 'markPublished' });
    await expect(publishPlacementRun(depsWith(store), principal('usr_henry'), SCHOOL, 'run_1')).rejects.toThrow('markPublished failed');
    expect(committed.mails).toEqual([]);
    expect(committed.audit).toEqual([]);
  });
});

describe('the warning mail of a planned shift that breaks an hour limit', () => {
  const sam = principal('usr_sam', 'psn_sam');

  it('mails the student and the program director once each, with the limit and how sure it is', async () => {
    const { store, committed } = fakeStore();
    const res = await planShift(depsWith(store), sam, { site: SITE.id, startsAt: '2026-12-02T07:00:00Z', endsAt: '2026-12-02T18:00:00Z' });
    expect(res.warnings.map((w) => w.kind)).toContain('daily-clinical-hours');
    expect(committed.mails.map((m) => m.to).sort()).toEqual(['henry@example.org', 'sam@example.org']);
    expect(new Set(committed.mails.map((m) => m.dedupeKey)).size).toBe(2);
    const toSam = committed.mails.find((m) => m.to === 'sam@example.org');
    expect(toSam?.subject).toBe('Your planned shift at St. Brigid (fictitious) would break an hour limit');
    expect(toSam?.text).toContain('over the limit of 10 hours a day');
    expect(toSam?.text).toContain('How sure: JRCERT states this limit only indirectly');
    expect(committed.mails.find((m) => m.to === 'henry@example.org')?.subject).toBe('Sam Patel’s planned shift at St. Brigid (fictitious) would break an hour limit');
  });

  it('mails nobody for a shift within the limits, and nothing when the shift is not written', async () => {
    const ok = fakeStore();
    await planShift(depsWith(ok.store), sam, { site: SITE.id, startsAt: '2026-12-02T08:00:00Z', endsAt: '2026-12-02T12:00:00Z' });
    expect(ok.committed.mails).toEqual([]);
    const broken = fakeStore({ failOn: 'insertPlannedShift' });
    await expect(planShift(depsWith(broken.store), sam, { site: SITE.id, startsAt: '2026-12-02T07:00:00Z', endsAt: '2026-12-02T19:00:00Z' })).rejects.toThrow();
    expect(broken.committed.mails).toEqual([]);
  });
});

describe('the mail of an instructor’s decision on a time exception', () => {
  const record: TimeRecordRow = {
    id: 'tim_1',
    personId: 'psn_sam',
    siteId: SITE.id,
    clockInAt: '2026-11-30T13:00:00.000Z',
    clockOutAt: '2026-11-30T14:00:00.000Z',
    clockInLocation: { latitude: 30.2, longitude: -97.7 },
    clockOutLocation: null,
    plannedStartAt: null,
    exceptions: ['off-site'],
    decision: null,
    createdAt: '2026-11-30T13:00:00.000Z',
  };

  it('tells the student the decision, why the record needed one and the reason given', async () => {
    const { store, committed } = fakeStore({ record });
    await decideTimeException(depsWith(store), principal('usr_olivia'), 'tim_1', 'rejected', 'You were across the road');
    expect(committed.mails).toHaveLength(1);
    expect(committed.mails[0]).toMatchObject({ to: 'sam@example.org', subject: 'Your time at St. Brigid (fictitious) was rejected' });
    expect(committed.mails[0]?.text).toContain('Olivia Bennett rejected: its hours no longer count');
    expect(committed.mails[0]?.text).toContain('Clocked from outside the site’s area');
    expect(committed.mails[0]?.text).toContain('The reason given: You were across the road');
  });

  it('says so when no reason is given, and mails nothing for a record decided already', async () => {
    const first = fakeStore({ record });
    await decideTimeException(depsWith(first.store), principal('usr_olivia'), 'tim_1', 'approved');
    expect(first.committed.mails[0]?.text).toContain('No reason was given.');
    const again = fakeStore({ record, decided: true });
    await expect(decideTimeException(depsWith(again.store), principal('usr_olivia'), 'tim_1', 'approved')).rejects.toBeInstanceOf(ConflictError);
    expect(again.committed.mails).toEqual([]);
  });
});
