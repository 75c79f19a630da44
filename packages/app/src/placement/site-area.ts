import type { Principal } from '../auth/principal.js';
import type { Deps } from '../deps.js';
import { oneSite, type ManagedSiteView } from './clinical-site-admin.js';
import { PLACEMENT_MANAGER_ROLES, requireSchoolRole } from './school-access.js';

/** A site's area: a circle around a centre (degrees) with a radius in metres; a time punch outside it is off-site. */
export interface SiteArea {
  readonly latitude: number;
  readonly longitude: number;
  readonly radiusM: number;
}

/**
 * Sets (or, with null, clears) the area a time punch at the site is checked against. Only the program
 * director or an administrator of the school; the change is audited in the same transaction.
 */
export async function setSiteArea(deps: Deps, principal: Principal, schoolId: string, siteId: string, area: SiteArea | null): Promise<ManagedSiteView> {
  await requireSchoolRole(deps, principal, schoolId, PLACEMENT_MANAGER_ROLES);
  await oneSite(deps, schoolId, siteId);
  const now = deps.clock.now().toISOString();
  await deps.store.transaction(async (tx) => {
    await tx.timeRecords.setSiteGeofence({ siteId, latitude: area?.latitude ?? null, longitude: area?.longitude ?? null, radiusM: area?.radiusM ?? null });
    await tx.audit.append({ at: now, actorUserId: principal.user.id, organisationId: schoolId, action: 'clinical.site.area-set', subjectPersonId: null, details: { siteId, area } });
  });
  return oneSite(deps, schoolId, siteId);
}
