import { addDays } from '@modality/knowledge';
import type { Deps } from '../deps.js';
import type { PostprimaryEntryRow, Store } from '../ports/index.js';

/** Where the demo technologist scans CT (the demo hospital, fictitious). */
export const DEMO_POSTPRIMARY_FACILITY = 'St. Brigid Regional Medical Center (fictitious)';

/**
 * Grace Kim (R.T.(T); radiation therapy supports CT) keeps a CT clinical experience log at the demo hospital:
 * two procedures verified by Ana Reyes and reviewed by the CT supervisor (they count), one verified and
 * waiting for the review, one waiting for its verifier. Dates come from the injected clock.
 */
export async function seedDemoPostprimary(tx: Store, deps: Pick<Deps, 'ids' | 'clock'>, now: string): Promise<void> {
  const grace = await tx.users.findByEmail('grace.kim@demo.modality.test');
  const personId = grace === undefined ? undefined : await tx.people.idByOwner(grace.id);
  if (personId === undefined) return;
  const today = now.slice(0, 10);
  const at = (days: number): string => `${addDays(today, days)}T16:00:00.000Z`;
  const verified = (days: number) => ({ at: at(days), name: 'Ana Reyes', arrtNumber: 'DEMO-100001', userId: null });
  const reviewed = (days: number) => ({ at: at(days), name: 'Emily Walsh', facility: DEMO_POSTPRIMARY_FACILITY, userId: null });
  const entry = (procedure: string, daysAgo: number, v: boolean, r: boolean): PostprimaryEntryRow => ({
    id: deps.ids.newId('ppe'),
    personId,
    discipline: 'ct',
    procedure,
    performedOn: addDays(today, -daysAgo),
    facility: DEMO_POSTPRIMARY_FACILITY,
    createdAt: at(-daysAgo),
    verification: v ? verified(-daysAgo + 1) : null,
    review: r ? reviewed(-daysAgo + 2) : null,
  });
  for (const e of [
    entry('ct:head-without-contrast', 20, true, true),
    entry('ct:abdomen-pelvis', 18, true, true),
    entry('ct:chest', 9, true, false),
    entry('ct:cervical-spine', 3, false, false),
  ])
    await tx.postprimary.insertEntry(e);
}
