import { ConflictError, NotFoundError, ValidationError } from '@modality/domain';
import type { Principal } from '../auth/principal.js';
import type { Deps } from '../deps.js';
import type { ClinicalSiteRow } from '../ports/index.js';
import { PLACEMENT_MANAGER_ROLES, requireSchoolRole, requireTerm } from './school-access.js';

/** A clinical site as the program director keeps it. */
export interface ManagedSiteView {
  readonly id: string;
  readonly name: string;
  readonly address: string | null;
  readonly city: string | null;
  readonly modalities: string[];
  readonly preceptors: Array<{ readonly id: string; readonly name: string; readonly credentials: string }>;
  /** Places per term (terms the site has no places in are left out). */
  readonly capacities: Array<{ readonly termId: string; readonly capacity: number }>;
  /** The area a time punch is checked against (centre in degrees, radius in metres); null: not set, nothing is checked. */
  readonly area: { readonly latitude: number; readonly longitude: number; readonly radiusM: number } | null;
}

/** What the director sends to add a site or change one (every field optional when changing). */
export interface SiteInput {
  readonly name: string;
  readonly address?: string | null | undefined;
  readonly city?: string | null | undefined;
  readonly modalities?: readonly string[] | undefined;
}

/** A change to a site: only the fields given change. */
export interface SiteChange {
  readonly name?: string | undefined;
  readonly address?: string | null | undefined;
  readonly city?: string | null | undefined;
  readonly modalities?: readonly string[] | undefined;
}

/** Views of the given sites of a school, with details, preceptors and capacities in every term. */
export async function siteViews(deps: Deps, schoolId: string, sites: readonly ClinicalSiteRow[]): Promise<ManagedSiteView[]> {
  const ids = sites.map((s) => s.id);
  const [details, preceptors, terms] = await Promise.all([
    deps.store.clinicalPlacement.listSiteDetails(ids),
    deps.store.clinicalPlacement.listPreceptors(ids),
    deps.store.clinicalPlacement.listTerms(schoolId),
  ]);
  const capacities = await Promise.all(terms.map(async (t) => ({ termId: t.id, rows: await deps.store.clinicalPlacement.listCapacities(t.id) })));
  const fences = await Promise.all(ids.map((id) => deps.store.timeRecords.findSiteGeofence(id)));
  return sites.map((s, i) => {
    const d = details.find((x) => x.siteId === s.id);
    const f = fences[i];
    return {
      id: s.id,
      name: s.name,
      address: d?.address ?? null,
      city: d?.city ?? null,
      modalities: [...(d?.modalities ?? [])],
      preceptors: preceptors.filter((p) => p.siteId === s.id).map((p) => ({ id: p.id, name: p.name, credentials: p.credentials })),
      capacities: capacities.flatMap((c) => c.rows.filter((r) => r.siteId === s.id).map((r) => ({ termId: c.termId, capacity: r.capacity }))),
      area: f?.latitude == null || f.longitude == null || f.radiusM == null ? null : { latitude: f.latitude, longitude: f.longitude, radiusM: f.radiusM },
    };
  });
}

async function requireSite(deps: Deps, schoolId: string, siteId: string): Promise<ClinicalSiteRow> {
  const site = await deps.store.clinical.findSite(siteId);
  if (site === undefined || site.schoolOrganisationId !== schoolId) throw new NotFoundError('clinical site', siteId);
  return site;
}

/** One site of the school as the director sees it (404 when it is another school's). */
export async function oneSite(deps: Deps, schoolId: string, siteId: string): Promise<ManagedSiteView> {
  const [view] = await siteViews(deps, schoolId, [await requireSite(deps, schoolId, siteId)]);
  if (view === undefined) throw new NotFoundError('clinical site', siteId);
  return view;
}

/** The school's clinical sites, by name, with details, preceptors and capacities (director and admins). */
export async function listManagedSites(deps: Deps, principal: Principal, schoolId: string): Promise<ManagedSiteView[]> {
  await requireSchoolRole(deps, principal, schoolId, PLACEMENT_MANAGER_ROLES);
  return siteViews(deps, schoolId, await deps.store.clinical.listSitesForSchools([schoolId]));
}

const cleanModalities = (m: readonly string[]): string[] => [...new Set(m.map((x) => x.trim()).filter((x) => x !== ''))];

/** Adds a clinical site to the school. */
export async function createSite(deps: Deps, principal: Principal, schoolId: string, input: SiteInput): Promise<ManagedSiteView> {
  await requireSchoolRole(deps, principal, schoolId, PLACEMENT_MANAGER_ROLES);
  const now = deps.clock.now().toISOString();
  const id = deps.ids.newId('site');
  await deps.store.transaction(async (tx) => {
    await tx.clinical.insertSite({ id, schoolOrganisationId: schoolId, name: input.name, createdAt: now });
    await tx.clinicalPlacement.upsertSiteDetails({ siteId: id, address: input.address ?? null, city: input.city ?? null, modalities: cleanModalities(input.modalities ?? []) }, now);
    await tx.audit.append({ at: now, actorUserId: principal.user.id, organisationId: schoolId, action: 'clinical.site.created', subjectPersonId: null, details: { siteId: id } });
  });
  return oneSite(deps, schoolId, id);
}

/** Changes a site's name, address, city or modalities (only the fields given). */
export async function updateSite(deps: Deps, principal: Principal, schoolId: string, siteId: string, input: SiteChange): Promise<ManagedSiteView> {
  await requireSchoolRole(deps, principal, schoolId, PLACEMENT_MANAGER_ROLES);
  const before = await oneSite(deps, schoolId, siteId);
  const now = deps.clock.now().toISOString();
  await deps.store.transaction(async (tx) => {
    if (input.name !== undefined && input.name !== before.name) await tx.clinicalPlacement.renameSite(siteId, input.name);
    await tx.clinicalPlacement.upsertSiteDetails(
      {
        siteId,
        address: input.address === undefined ? before.address : input.address,
        city: input.city === undefined ? before.city : input.city,
        modalities: input.modalities === undefined ? before.modalities : cleanModalities(input.modalities),
      },
      now,
    );
  });
  return oneSite(deps, schoolId, siteId);
}

/** Removes a site no student has logged a procedure at (a site in a log is kept: 409). */
export async function deleteSite(deps: Deps, principal: Principal, schoolId: string, siteId: string): Promise<{ deleted: true }> {
  await requireSchoolRole(deps, principal, schoolId, PLACEMENT_MANAGER_ROLES);
  const site = await requireSite(deps, schoolId, siteId);
  if (await deps.store.clinicalPlacement.siteHasLogEntries(siteId)) throw new ConflictError(`Students have logged procedures at ${site.name}; a site in a clinical log is kept`);
  const now = deps.clock.now().toISOString();
  await deps.store.transaction(async (tx) => {
    await tx.clinicalPlacement.deleteSite(siteId);
    await tx.audit.append({ at: now, actorUserId: principal.user.id, organisationId: schoolId, action: 'clinical.site.deleted', subjectPersonId: null, details: { siteId, name: site.name } });
  });
  return { deleted: true };
}

/** Adds a preceptor (a name and credentials, e.g. "RT(R)(CT)") to a site. */
export async function addPreceptor(deps: Deps, principal: Principal, schoolId: string, siteId: string, input: { readonly name: string; readonly credentials: string }): Promise<ManagedSiteView> {
  await requireSchoolRole(deps, principal, schoolId, PLACEMENT_MANAGER_ROLES);
  await requireSite(deps, schoolId, siteId);
  await deps.store.clinicalPlacement.insertPreceptor({ id: deps.ids.newId('prc'), siteId, name: input.name, credentials: input.credentials }, deps.clock.now().toISOString());
  return oneSite(deps, schoolId, siteId);
}

/** Removes a preceptor from a site. */
export async function removePreceptor(deps: Deps, principal: Principal, schoolId: string, siteId: string, preceptorId: string): Promise<ManagedSiteView> {
  await requireSchoolRole(deps, principal, schoolId, PLACEMENT_MANAGER_ROLES);
  await requireSite(deps, schoolId, siteId);
  const p = await deps.store.clinicalPlacement.findPreceptor(preceptorId);
  if (p === undefined || p.siteId !== siteId) throw new NotFoundError('preceptor', preceptorId);
  await deps.store.clinicalPlacement.deletePreceptor(preceptorId);
  return oneSite(deps, schoolId, siteId);
}

/** Sets how many students a site takes in a term (0 or more). */
export async function setSiteCapacity(deps: Deps, principal: Principal, schoolId: string, siteId: string, termId: string, capacity: number): Promise<ManagedSiteView> {
  await requireSchoolRole(deps, principal, schoolId, PLACEMENT_MANAGER_ROLES);
  if (!Number.isInteger(capacity) || capacity < 0) throw new ValidationError([{ path: 'capacity', message: `${JSON.stringify(capacity)} is not a number of places; use a whole number, 0 or more` }], 'The places were not saved');
  await requireSite(deps, schoolId, siteId);
  await requireTerm(deps, schoolId, termId);
  await deps.store.clinicalPlacement.setCapacity(termId, siteId, capacity);
  return oneSite(deps, schoolId, siteId);
}
