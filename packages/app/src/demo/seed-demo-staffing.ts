import { addToDate, type EmploymentType, type ImagingModality, type WorkShift } from '@modality/domain';
import type { StaffingDeps } from '../deps.js';
import type { CandidatePreferences, PayRange } from '../ports/index.js';
import { profileOf } from '../staffing/candidate-profile.js';
import { postingOrganisationNamed } from '../staffing/posting-access.js';
import { newPostingRow } from '../staffing/posting-write.js';
import { todayUtc } from '../verdicts/as-of.js';
import { DEMO_EMAIL_DOMAIN, DEMO_ORGANISATIONS } from './demo-data.js';

interface DemoPosting {
  readonly org: 'hospital' | 'imaging' | 'agency';
  readonly reference: string;
  readonly title: string;
  readonly description: string;
  readonly role: string;
  readonly modality: ImagingModality;
  readonly employmentType: EmploymentType;
  readonly allOf?: string[];
  readonly anyOf?: string[][];
  readonly licences?: string[];
  readonly minYears: number;
  readonly shifts: WorkShift[];
  readonly sponsorship?: boolean;
  readonly address: string;
  readonly pay: PayRange;
}

const usd = (min: number, max: number, unit: PayRange['unit']): PayRange => ({ min, max, unit, currency: 'USD' });

/** The demo's open jobs: FICTITIOUS organisations (their names say so), real cities, plausible pay. */
export const DEMO_POSTINGS: readonly DemoPosting[] = [
  { org: 'hospital', reference: 'DEMO-SB-CT1', title: 'CT Technologist, nights', description: 'Demo posting. Night CT in a busy emergency department.\n\nThree 12-hour shifts a week.', role: 'ct-technologist', modality: 'ct', employmentType: 'full-time', allOf: ['arrt:CT'], anyOf: [['arrt:R']], licences: ['us-tx'], minYears: 2, shifts: ['night'], address: '6565 Fannin St, Houston, TX 77030', pay: usd(42, 52, 'hour') },
  { org: 'hospital', reference: 'DEMO-SB-NM1', title: 'Nuclear Medicine Technologist', description: 'Demo posting. Cardiac and general nuclear medicine, days.', role: 'nuclear-medicine-technologist', modality: 'nuclear-medicine', employmentType: 'full-time', anyOf: [['nmtcb:CNMT', 'arrt:N']], minYears: 1, shifts: ['day'], address: 'Houston, TX 77030', pay: usd(45, 55, 'hour') },
  { org: 'imaging', reference: 'DEMO-LI-MR1', title: 'MRI Technologist', description: 'Demo posting. Outpatient MRI, weekday evenings.', role: 'mri-technologist', modality: 'mri', employmentType: 'part-time', anyOf: [['arrt:MR', 'armrit:MRIT']], minYears: 1, shifts: ['evening'], address: '1000 Congress Ave, Austin, TX 78701', pay: usd(38, 47, 'hour') },
  { org: 'imaging', reference: 'DEMO-LI-US1', title: 'Diagnostic Medical Sonographer', description: 'Demo posting. General and OB ultrasound; per diem cover.', role: 'sonographer', modality: 'sonography', employmentType: 'per-diem', anyOf: [['ardms:RDMS', 'arrt:S']], minYears: 2, shifts: ['day', 'weekend'], address: 'Austin, TX 78701', pay: usd(45, 55, 'hour') },
  { org: 'agency', reference: 'DEMO-NS-TR1', title: 'Travel Radiographer, 13 weeks', description: 'Demo posting. A 13-week travel assignment; housing stipend included in the weekly pay.', role: 'radiographer', modality: 'radiography', employmentType: 'travel-contract', anyOf: [['arrt:R']], licences: ['us-tx'], minYears: 1, shifts: ['day', 'weekend'], address: 'Dallas, TX', pay: usd(2100, 2500, 'week') },
  { org: 'agency', reference: 'DEMO-NS-RT1', title: 'Radiation Therapist', description: 'Demo posting. Linac treatments in a community cancer centre; visa sponsorship offered.', role: 'radiation-therapist', modality: 'radiation-therapy', employmentType: 'full-time', allOf: ['arrt:T'], minYears: 1, shifts: ['day'], sponsorship: true, address: 'San Antonio, TX 78229', pay: usd(95000, 115000, 'year') },
];

/** Demo professionals who turned their profile on, and what they look for (places placed by the gazetteer). */
export const DEMO_PROFILES: ReadonlyArray<{ readonly email: string; readonly visibility: 'all-recruiters' | 'employers-only'; readonly near: string | null; readonly preferences: Omit<CandidatePreferences, 'places'> }> = [
  { email: 'ana.reyes', visibility: 'all-recruiters', near: 'Houston, TX', preferences: { relocate: false, travel: true, shifts: [], payFloor: { amount: 40, unit: 'hour' }, startDate: null, workAuthorisation: ['US'] } },
  { email: 'marcus.chen', visibility: 'employers-only', near: 'Los Angeles, CA', preferences: { relocate: true, travel: false, shifts: [], payFloor: null, startDate: null, workAuthorisation: ['US'] } },
  { email: 'priya.nair', visibility: 'all-recruiters', near: 'Austin, TX', preferences: { relocate: false, travel: false, shifts: ['day', 'weekend'], payFloor: { amount: 42, unit: 'hour' }, startDate: null, workAuthorisation: ['US'] } },
  { email: 'david.okafor', visibility: 'all-recruiters', near: 'Houston, TX', preferences: { relocate: false, travel: false, shifts: ['day'], payFloor: null, startDate: null, workAuthorisation: ['US'] } },
  { email: 'emily.walsh', visibility: 'all-recruiters', near: 'Albany, NY', preferences: { relocate: true, travel: true, shifts: [], payFloor: null, startDate: null, workAuthorisation: ['US'] } },
];

/**
 * Loads the demo's open postings and opted-in professionals, once: nothing is written when the demo
 * hospital already has a posting. Needs the demo organisations and accounts ({@link seedDemo}) first.
 * Returns how many postings it added.
 */
export async function seedDemoStaffing(deps: StaffingDeps): Promise<number> {
  const today = todayUtc(deps);
  const validThrough = addToDate(today, { days: 90 });
  const startBy = addToDate(today, { days: 120 });
  return deps.store.transaction(async (tx) => {
    const orgs = await tx.organisations.listAll();
    const orgIdOf = (key: string) => orgs.find((o) => o.name === DEMO_ORGANISATIONS.find((d) => d.key === key)?.name)?.id;
    const hospital = orgIdOf('hospital');
    if (hospital === undefined || (await tx.postings.findByReference(hospital, 'DEMO-SB-CT1')) !== undefined) return 0;
    for (const p of DEMO_POSTINGS) {
      const orgId = orgIdOf(p.org);
      if (orgId === undefined) continue;
      const org = await postingOrganisationNamed({ store: tx }, orgId);
      const row = newPostingRow(deps, org, {
        reference: p.reference,
        status: 'open',
        title: p.title,
        description: p.description,
        role: p.role,
        modality: p.modality,
        employmentType: p.employmentType,
        requirements: { credentials: { allOf: p.allOf ?? [], anyOf: p.anyOf ?? [] }, licenceJurisdictions: p.licences ?? [], minYears: p.minYears, shifts: p.shifts, startWindow: { from: today, to: startBy }, sponsorship: p.sponsorship ?? false },
        preferences: { experience: 3, distance: 2, pay: 2, procedures: 1, language: 0 },
        place: { address: p.address, radiusKm: 60 },
        pay: p.pay,
        validThrough,
      }, null);
      await tx.postings.insert(row);
    }
    for (const d of DEMO_PROFILES) {
      const user = await tx.users.findByEmail(`${d.email}@${DEMO_EMAIL_DOMAIN}`);
      const person = user === undefined ? undefined : await tx.people.findByOwner(user.id);
      if (person === undefined) continue;
      const profile = await profileOf(deps, tx, person.id);
      const place = d.near === null ? undefined : deps.places.resolve(d.near);
      const places = place === undefined ? [] : [{ label: d.near ?? '', region: place.region, country: place.country, lat: place.lat, lon: place.lon, radiusKm: 50 }];
      await tx.profiles.save({ ...profile, enabled: true, visibility: d.visibility, preferences: { ...d.preferences, places }, updatedAt: deps.clock.now().toISOString() });
    }
    return DEMO_POSTINGS.length;
  });
}
