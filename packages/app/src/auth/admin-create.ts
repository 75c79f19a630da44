import { ConflictError } from '@modality/domain';
import type { Deps } from '../deps.js';

export interface PlatformAdminInput {
  readonly email: string;
  readonly name: string;
  readonly password: string;
}

/**
 * Creates a platform admin (an operator's act, from the command line: there is no principal). This is how
 * a real install gets its first admin; the demo's admin comes only with the demo data.
 *
 * @example
 * await createPlatformAdmin(deps, { email: 'ops@example.org', name: 'Operations', password }) // { userId }
 */
export async function createPlatformAdmin(deps: Deps, input: PlatformAdminInput): Promise<{ readonly userId: string }> {
  const passwordHash = await deps.hasher.hashPassword(input.password);
  const now = deps.clock.now().toISOString();
  const userId = deps.ids.newId('usr');
  await deps.store.transaction(async (tx) => {
    if (await tx.users.findByEmail(input.email)) throw new ConflictError(`An account with the e-mail address ${input.email} already exists`);
    await tx.users.insert({ id: userId, email: input.email, name: input.name, passwordHash, isAdmin: true, createdAt: now });
    await tx.audit.append({ at: now, actorUserId: null, organisationId: null, action: 'admin.created', subjectPersonId: null, details: { userId } });
  });
  return { userId };
}
