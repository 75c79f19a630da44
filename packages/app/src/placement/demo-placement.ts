import { DEMO_CLINICAL_SITE_NAMES } from '../clinical/demo-sites.js';
import type { IdGenerator, Store } from '../ports/index.js';

/** The demo school's one term of rotations. */
export const DEMO_TERM = { name: 'Spring 2027', startsOn: '2027-01-11', endsOn: '2027-04-30' } as const;

/** Details, preceptors and places of the demo sites (all fictitious), by site name. */
const DEMO_SITE_DETAILS: Readonly<Record<(typeof DEMO_CLINICAL_SITE_NAMES)[number], { address: string; city: string; modalities: string[]; capacity: number; preceptors: Array<[string, string]> }>> = {
  'St. Brigid Regional Medical Center (fictitious)': {
    address: '1200 Harbor Road',
    city: 'Harbor Valley',
    modalities: ['Radiography', 'CT', 'Fluoroscopy'],
    capacity: 1,
    preceptors: [['Maria Alvarez (fictitious)', 'RT(R)(CT)']],
  },
  'Lakeside Imaging Center (fictitious)': {
    address: '45 Lakeside Drive',
    city: 'Harbor Valley',
    modalities: ['Radiography', 'MRI', 'Mammography'],
    capacity: 2,
    preceptors: [['David Okafor (fictitious)', 'RT(R)(MR)']],
  },
};

/**
 * Gives the demo sites details, preceptors and places in one term, and has every student of the demo school
 * rank both sites, St. Brigid first — it has one place, so one of them is placed at their second choice
 * (called inside the demo seed's transaction, after the sites are added).
 */
export async function seedDemoPlacement(tx: Store, ids: IdGenerator, schoolOrganisationId: string, now: string): Promise<void> {
  const sites = await tx.clinical.listSitesForSchools([schoolOrganisationId]);
  const termId = ids.newId('term');
  await tx.clinicalPlacement.insertTerm({ id: termId, schoolOrganisationId, ...DEMO_TERM }, now);
  for (const site of sites) {
    const d = DEMO_SITE_DETAILS[site.name as (typeof DEMO_CLINICAL_SITE_NAMES)[number]] as (typeof DEMO_SITE_DETAILS)[keyof typeof DEMO_SITE_DETAILS] | undefined;
    if (d === undefined) continue;
    await tx.clinicalPlacement.upsertSiteDetails({ siteId: site.id, address: d.address, city: d.city, modalities: d.modalities }, now);
    await tx.clinicalPlacement.setCapacity(termId, site.id, d.capacity);
    for (const [name, credentials] of d.preceptors) await tx.clinicalPlacement.insertPreceptor({ id: ids.newId('prc'), siteId: site.id, name, credentials }, now);
  }
  const order = DEMO_CLINICAL_SITE_NAMES.flatMap((name) => sites.filter((s) => s.name === name).map((s) => s.id));
  const students = (await tx.memberships.listForOrganisation(schoolOrganisationId)).filter((m) => m.role === 'student');
  for (const m of students) {
    const person = await tx.people.findByOwner(m.userId);
    if (person !== undefined) await tx.clinicalPlacement.replaceRanking(termId, person.id, order, now);
  }
}
