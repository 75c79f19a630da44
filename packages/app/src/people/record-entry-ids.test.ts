import { PERSON_RECORD_FORMAT, calendarDate, type CeActivity, type PersonRecord } from '@modality/domain';
import { fastHasher } from '@modality/testkit';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { withEntryIds, withoutEntryIds } from './record-entry-ids.js';

const deps = { hasher: fastHasher };
const activity = fc.record({
  title: fc.constantFrom('Dose', 'MRI safety', 'Positioning'),
  completedOn: fc.constantFrom(calendarDate('2025-01-10'), calendarDate('2025-06-01')),
  credits: fc.constantFrom(1, 2),
  id: fc.option(fc.constantFrom('kept-1', 'kept-2', 'kept-3'), { nil: undefined }),
});
const recordOf = (ce: readonly CeActivity[]): PersonRecord => ({
  format: PERSON_RECORD_FORMAT,
  person: { name: 'P', birthDate: calendarDate('1990-01-01'), country: 'US' },
  ce,
});
/** At most one entry per given id, as the contract allows. */
const distinctIds = (list: ReadonlyArray<{ title: string; completedOn: CeActivity['completedOn']; credits: number; id: string | undefined }>): CeActivity[] => {
  const seen = new Set<string>();
  return list.map(({ id, ...rest }) => {
    if (id === undefined || seen.has(id)) return rest;
    seen.add(id);
    return { id, ...rest };
  });
};

describe('entry ids', () => {
  it('every entry gets one, unique in its section; given ids are kept; the same record always gets the same ids', () => {
    fc.assert(
      fc.property(fc.array(activity, { maxLength: 12 }), (raw) => {
        const ce = distinctIds(raw);
        const keyed = withEntryIds(deps, recordOf(ce)).ce ?? [];
        const ids = keyed.map((a) => a.id);
        expect(ids.every((id) => typeof id === 'string' && /^[A-Za-z0-9_-]{1,64}$/.test(id))).toBe(true);
        expect(new Set(ids).size).toBe(ids.length);
        ce.forEach((a, i) => {
          if (a.id !== undefined) expect(keyed[i]?.id).toBe(a.id);
        });
        expect(withEntryIds(deps, recordOf(ce))).toEqual(withEntryIds(deps, recordOf(ce)));
        expect(withoutEntryIds(withEntryIds(deps, recordOf(ce)))).toEqual(withoutEntryIds(recordOf(ce)));
        // Keying is idempotent: a keyed record is kept as it is.
        const once = withEntryIds(deps, recordOf(ce));
        expect(withEntryIds(deps, once)).toBe(once);
      }),
    );
  });
});
