import type { IdGenerator, Store } from '../ports/index.js';

/** The demo school's clinical sites: the two fictitious demo employers, where its students train. */
export const DEMO_CLINICAL_SITE_NAMES = ['St. Brigid Regional Medical Center (fictitious)', 'Lakeside Imaging Center (fictitious)'] as const;

/** Adds the demo school's clinical sites (called inside the demo seed's transaction). */
export async function seedDemoClinicalSites(tx: Store, ids: IdGenerator, schoolOrganisationId: string, now: string): Promise<void> {
  for (const name of DEMO_CLINICAL_SITE_NAMES) await tx.clinical.insertSite({ id: ids.newId('site'), schoolOrganisationId, name, createdAt: now });
}
