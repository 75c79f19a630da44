import { PERSON_RECORD_FORMAT, calendarDate, type PersonRecord } from '@modality/domain';
import { FakeClock, SequentialIds, fastHasher, openTestStore, testDialects } from '@modality/testkit';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Deps } from '../deps.js';
import { canonicalJson } from './canonical-json.js';
import { importRecordAsOperator } from './record-import.js';
import { exportRecordAsOperator } from './record-read.js';
import { withoutEntryIds } from './record-entry-ids.js';

for (const dialect of testDialects()) {
  describe(`operator import (CLI path) [${dialect.name}]`, () => {
    let deps: Deps;
    let close: () => Promise<void>;
    beforeAll(async () => {
      const opened = await openTestStore(dialect);
      close = opened.close;
      deps = { store: opened.store, clock: new FakeClock(), ids: new SequentialIds(), hasher: fastHasher };
    });
    afterAll(() => close());

    const base: PersonRecord = { format: PERSON_RECORD_FORMAT, person: { name: 'No Id', birthDate: calendarDate('1999-09-09'), country: 'IE' }, credentials: [{ credential: 'ie:coru-radiographer', earnedOn: calendarDate('2022-01-10') }] };

    it('a record without an id exports with our id, and re-importing that export is the same record', async () => {
      const first = await importRecordAsOperator(deps, base);
      const exported = await exportRecordAsOperator(deps, first.personId);
      // The same document, each entry with the id it was given on import (optional in v1).
      expect(withoutEntryIds(exported)).toEqual({ ...base, person: { ...base.person, id: first.personId } });
      expect((exported.ce ?? []).every((a) => a.id !== undefined)).toBe(true);
      const again = await importRecordAsOperator(deps, exported);
      expect(again).toEqual({ ...first, changed: false });
    });

    it('a record with its own id is found again by that id', async () => {
      const withId: PersonRecord = { ...base, person: { ...base.person, id: 'hr-77' } };
      const a = await importRecordAsOperator(deps, withId);
      const b = await importRecordAsOperator(deps, { ...withId, ce: [] });
      expect(b.personId).toBe(a.personId);
      expect(b.changed).toBe(true);
      expect((await exportRecordAsOperator(deps, a.personId)).ce).toEqual([]);
    });
  });
}

describe('canonical JSON', () => {
  it('is the same text for the same document whatever the key order, and differs when a value differs', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.jsonValue()), (obj) => {
        const reversed = Object.fromEntries(Object.entries(obj).reverse());
        expect(canonicalJson(reversed)).toBe(canonicalJson(obj));
        expect(JSON.parse(canonicalJson(obj))).toEqual(JSON.parse(JSON.stringify(obj)));
      }),
    );
    expect(canonicalJson({ a: 1, b: [1, 2] })).not.toBe(canonicalJson({ a: 1, b: [2, 1] }));
  });
});
