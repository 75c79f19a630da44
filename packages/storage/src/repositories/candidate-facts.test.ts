import { CandidateRanking, candidateFacts, DEMO_USERS, factsOfFindable, factsOfPeople, refreshStoredFacts, type FindableCandidate } from '@modality/app';
import { addDays, calendarDate, type CalendarDate, type PersonRecord } from '@modality/domain';
import { openTestStore, testDialects } from '@modality/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { KyselyStore } from '../kysely-store.js';

const day = calendarDate('2026-11-30');

/** mulberry32: a seeded generator, so the generated set is the same every run. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The demo records, and variants of them: credentials earned on other days, some CE and exams left out. */
function records(): PersonRecord[] {
  const demo = DEMO_USERS.flatMap((u) => (u.record === undefined ? [] : [u.record]));
  const rnd = random(11);
  const variants = Array.from({ length: 60 }, (_, i) => {
    const base = demo[i % demo.length] as PersonRecord;
    const shift = Math.floor(rnd() * 4000) - 2000;
    return {
      ...base,
      credentials: (base.credentials ?? []).map((c) => ({ ...c, earnedOn: addDays(c.earnedOn, shift) })),
      ce: (base.ce ?? []).filter(() => rnd() < 0.7),
      exams: (base.exams ?? []).filter(() => rnd() < 0.5),
    };
  });
  return [...demo, ...variants];
}

for (const dialect of testDialects()) {
  describe(`stored candidate facts [${dialect.name}]`, () => {
    let store: KyselyStore;
    let close: () => Promise<void>;
    const all = records();
    const ids = all.map((_, i) => `psn_f${String(i).padStart(3, '0')}`);
    const recordOf = new Map(ids.map((id, i) => [id, all[i] as PersonRecord]));
    let reads: string[][] = [];
    const expectExact = async (asOf: CalendarDate) => {
      const got = await factsOfPeople(store, ids, asOf);
      for (const id of ids) expect(got.get(id), id).toEqual(candidateFacts(recordOf.get(id) as PersonRecord, asOf));
    };
    beforeAll(async () => {
      ({ store, close } = await openTestStore(dialect));
      for (const [id, record] of recordOf) {
        await store.people.create({ id, ownerUserId: null, createdAt: '2026-11-01T00:00:00Z' });
        await store.people.replaceRecord(id, record, `h-${id}`, '2026-11-01T00:00:01Z');
      }
      const getRecords = store.people.getRecords.bind(store.people);
      store.people.getRecords = (which) => {
        reads.push([...which]);
        return getRecords(which);
      };
    });
    afterAll(() => close());

    it('works out the facts the rules engine would, stores them, and then reads them instead of running the engine', async () => {
      expect(all.length).toBeGreaterThan(60);
      reads = [];
      await expectExact(day);
      expect(reads.flat().sort()).toEqual([...ids].sort());
      reads = [];
      await expectExact(day);
      expect(reads).toEqual([]);
    });

    it('works a changed record out again, even when the change did not write the facts', async () => {
      const id = ids[3] as string;
      const changed = { ...(recordOf.get(id) as PersonRecord), credentials: [] };
      await store.people.replaceRecord(id, changed, 'h-changed', '2026-11-30T10:00:00Z');
      recordOf.set(id, changed);
      reads = [];
      await expectExact(day);
      expect(reads.flat()).toEqual([id]);
    });

    it('works every row out again on a later day, and the daily job brings past days up to date a batch at a time', async () => {
      const next = addDays(day, 400);
      reads = [];
      await expectExact(next);
      expect(reads.flat().length).toBe(ids.length);
      const later = addDays(day, 800);
      expect(await refreshStoredFacts(store, later, 50)).toBe(50);
      expect(await refreshStoredFacts(store, later, 1000)).toBe(ids.length - 50);
      expect(await refreshStoredFacts(store, later, 1000)).toBe(0);
      reads = [];
      await expectExact(later);
      expect(reads).toEqual([]);
    });

    it('puts in the change feed exactly the people whose facts moved with the day, and a running index takes them in', async () => {
      const from = addDays(day, 800);
      const to = addDays(day, 830);
      const preferences = { places: [], relocate: false, travel: false, shifts: [], payFloor: null, startDate: null, workAuthorisation: [] };
      for (const [i, id] of ids.entries()) await store.profiles.save({ personId: id, handle: `C-DAY-${String(i).padStart(4, '0')}`, enabled: true, visibility: 'all-recruiters', preferences, createdAt: '2026-11-01T00:00:00Z', updatedAt: '2026-11-01T00:00:00Z' });
      let now = new Date(`${from}T12:00:00Z`);
      const deps = { store, clock: { now: () => now } };
      const ranking = new CandidateRanking();
      await ranking.build(deps);
      const moved = ids.filter((id) => JSON.stringify(candidateFacts(recordOf.get(id) as PersonRecord, from)) !== JSON.stringify(candidateFacts(recordOf.get(id) as PersonRecord, to)));
      // The test means something only if some facts move and some do not.
      expect(moved.length).toBeGreaterThan(0);
      expect(moved.length).toBeLessThan(ids.length);
      const cursor = await store.profiles.feedCursor();
      now = new Date(`${to}T00:30:00Z`);
      while ((await refreshStoredFacts(store, to, 25)) === 25);
      const { personIds } = await store.profiles.changesAfter(cursor);
      expect([...new Set(personIds)].sort()).toEqual([...moved].sort());
      await ranking.current(deps);
      for (const id of ids) {
        const held = ranking.indexed(id);
        if (held !== undefined) expect(held.facts, id).toEqual(candidateFacts(recordOf.get(id) as PersonRecord, to));
      }
      expect(moved.some((id) => ranking.indexed(id) !== undefined)).toBe(true);
    });

    it('shows nothing for a person without a record, and nothing is stored for an unknown person', async () => {
      await store.people.create({ id: 'psn_empty', ownerUserId: null, createdAt: '2026-11-01T00:00:00Z' });
      const got = await factsOfPeople(store, ['psn_empty', 'psn_unknown'], day);
      expect(got.get('psn_empty')).toEqual({ held: [], inProgress: [], years: {}, country: '' });
      expect(got.get('psn_unknown')).toEqual({ held: [], inProgress: [], years: {}, country: '' });
      expect((await store.profiles.storedFacts(['psn_unknown'])).size).toBe(0);
    });
    it('reads findable profiles a page at a time with their stamps and stored facts, giving exactly the facts the engine would', async () => {
      const preferences = { places: [], relocate: false, travel: false, shifts: [], payFloor: null, startDate: null, workAuthorisation: [] };
      const profile = (personId: string, i: number) => ({ personId, handle: `C-TEST-${String(i).padStart(4, '0')}`, enabled: i % 11 !== 5, visibility: i % 13 === 7 ? ('hidden' as const) : ('all-recruiters' as const), preferences, createdAt: '2026-11-01T00:00:00Z', updatedAt: '2026-11-01T00:00:00Z' });
      for (const [i, id] of ids.entries()) await store.profiles.save(profile(id, i));
      const findable = ids.filter((_, i) => i % 11 !== 5 && i % 13 !== 7);
      const readAll = async () => {
        const pages: FindableCandidate[][] = [];
        let after: string | undefined;
        for (;;) {
          const page = await store.profiles.listFindableWithFacts({ limit: 7, ...(after === undefined ? {} : { after }) });
          pages.push(page);
          if (page.length < 7) return pages;
          after = page.at(-1)?.profile.personId;
        }
      };
      const asOf = addDays(day, 1200);
      const pages = await readAll();
      expect(pages.flat().map((c) => c.profile.personId)).toEqual([...findable].sort());
      expect(pages.flat().map((c) => c.profile)).toEqual([...findable].sort().map((id) => profile(id, ids.indexOf(id))));
      reads = [];
      for (const page of pages) {
        const facts = await factsOfFindable(store, page, asOf);
        page.forEach((c, i) => expect(facts[i], c.profile.personId).toEqual(candidateFacts(recordOf.get(c.profile.personId) as PersonRecord, asOf)));
      }
      // A new day: every findable record is read once and worked out; then the stored rows are read instead.
      expect(reads.flat().sort()).toEqual([...findable].sort());
      reads = [];
      for (const page of await readAll()) {
        const facts = await factsOfFindable(store, page, asOf);
        page.forEach((c, i) => expect(facts[i], c.profile.personId).toEqual(candidateFacts(recordOf.get(c.profile.personId) as PersonRecord, asOf)));
      }
      expect(reads).toEqual([]);
    });
  });
}
