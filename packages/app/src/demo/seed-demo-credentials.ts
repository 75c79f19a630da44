import type { ProofDeps } from '../deps.js';
import { issueCredentialAsOperator } from '../proof/issue-credential.js';
import { DEMO_ORGANISATIONS, DEMO_USERS } from './demo-data.js';

/**
 * The demo school issues each demo student's signed clinical competencies as Open Badges 3.0 credentials
 * (one per signed-off, non-simulated clinical entry), which land in the students' wallets. Runs once,
 * right after the demo data is loaded; returns how many credentials it issued (0 when the school has
 * issued before, or the install has no key-encryption key).
 */
export async function seedDemoCredentials(deps: ProofDeps): Promise<number> {
  if (deps.secrets === null) return 0;
  const schoolName = DEMO_ORGANISATIONS.find((o) => o.key === 'school')?.name;
  const school = (await deps.store.organisations.listAll()).find((o) => o.name === schoolName);
  if (school === undefined || (await deps.store.issuers.findById(school.id)) !== undefined) return 0;
  let issued = 0;
  for (const demo of DEMO_USERS) {
    if (!demo.memberships.some((m) => m.org === 'school' && m.role === 'student')) continue;
    const user = await deps.store.users.findByEmail(demo.email);
    const person = user === undefined ? undefined : await deps.store.people.findByOwner(user.id);
    const record = person === undefined ? undefined : await deps.store.people.getRecord(person.id);
    if (person === undefined || record === undefined) continue;
    for (const [entry, c] of (record.clinical ?? []).entries()) {
      if (c.simulated === true || c.verifiedBy === undefined) continue;
      await issueCredentialAsOperator(deps, person.id, { kind: 'organisation', id: school.id, name: school.name }, { kind: 'competency', organisationId: school.id, entry });
      issued++;
    }
  }
  return issued;
}
