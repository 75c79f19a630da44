import type { Deps } from '../deps.js';
import { DEMO_ORGANISATIONS, DEMO_PASSWORD, DEMO_USERS } from './demo-data.js';
import { DEMO_PROGRAMS } from './demo-programs.js';
import { recordDigest } from '../people/record-import.js';
import { withEntryIds } from '../people/record-entry-ids.js';
import { seedDemoClinicalSites } from '../clinical/demo-sites.js';
import { DEMO_GRADUATES } from './demo-graduates.js';
import { seedDemoPlacement } from '../placement/demo-placement.js';
import { seedDemoTimeRecords } from '../clinical/demo-time-records.js';
import { seedDemoProgramRequirements } from '../clinical/program-requirements.js';
import { seedDemoPostprimary } from '../postprimary/demo-postprimary.js';

/**
 * Loads the demo data into an empty database. Returns false and writes nothing when any user already
 * exists, so running it again (or on a database in use) is harmless. One transaction: all or nothing.
 */
export async function seedDemo(deps: Deps): Promise<boolean> {
  // One hash for every demo account: they share the published demo password anyway, and Argon2id per
  // account would add about a second to the first start.
  const passwordHash = await deps.hasher.hashPassword(DEMO_PASSWORD);
  const now = deps.clock.now().toISOString();
  return deps.store.transaction(async (tx) => {
    // Any account at all means a database in use: the demo never mixes with real people.
    if (await tx.users.any()) return false;
    const orgIds = new Map<string, string>();
    for (const o of DEMO_ORGANISATIONS) {
      const id = deps.ids.newId('org');
      orgIds.set(o.key, id);
      await tx.organisations.insert({ id, name: o.name, kind: o.kind, createdAt: now });
    }
    for (const u of DEMO_USERS) {
      const userId = deps.ids.newId('usr');
      await tx.users.insert({ id: userId, email: u.email, name: u.name, passwordHash, isAdmin: u.isAdmin, createdAt: now });
      for (const m of u.memberships) {
        const orgId = orgIds.get(m.org);
        if (orgId === undefined) throw new Error(`demo data names an unknown organisation ${m.org}`);
        await tx.memberships.add(userId, orgId, m.role, now);
      }
      if (u.record) {
        const personId = deps.ids.newId('psn');
        await tx.people.create({ id: personId, ownerUserId: userId, createdAt: now });
        // Stored with its entries' ids, as an import stores a record, so reads need not derive them.
        const record = withEntryIds(deps, u.record);
        await tx.people.replaceRecord(personId, record, recordDigest(deps, record, personId), now);
      }
    }
    const school = orgIds.get('school');
    if (school !== undefined) await seedDemoClinicalSites(tx, deps.ids, school, now);
    // Former students of the school: each was a student, then left (graduated or withdrew); they keep their record.
    for (const g of school === undefined ? [] : DEMO_GRADUATES) {
      const userId = deps.ids.newId('usr');
      await tx.users.insert({ id: userId, email: g.email, name: g.name, passwordHash, isAdmin: false, createdAt: now });
      const personId = deps.ids.newId('psn');
      await tx.people.create({ id: personId, ownerUserId: userId, createdAt: now });
      const record = withEntryIds(deps, g.record);
      await tx.people.replaceRecord(personId, record, recordDigest(deps, record, personId), now);
      await tx.memberships.add(userId, school ?? '', 'student', now);
      const { outcome, leftOn, employedOn, notSeeking } = g.leaving;
      await tx.cohorts.recordLeaving({ schoolOrganisationId: school ?? '', userId, leftOn, outcome, employedOn: employedOn ?? null, notSeeking: notSeeking ?? false, createdAt: now });
    }
    if (school !== undefined) await seedDemoPlacement(tx, deps.ids, school, now);
    if (school !== undefined) await seedDemoTimeRecords(tx, deps, school, now);
    if (school !== undefined) await seedDemoProgramRequirements(tx, school, now);
    await seedDemoPostprimary(tx, deps, now);
    // Upserts: a directory imported before the first start keeps its rows, and demo rows are added once.
    for (const p of DEMO_PROGRAMS) await tx.programs.upsert(p, now);
    await tx.audit.append({ at: now, actorUserId: null, organisationId: null, action: 'demo.seeded', subjectPersonId: null, details: { users: DEMO_USERS.length, graduates: DEMO_GRADUATES.length, organisations: DEMO_ORGANISATIONS.length, programs: DEMO_PROGRAMS.length } });
    return true;
  });
}
