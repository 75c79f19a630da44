import type { Deps } from '../deps.js';

/**
 * Whether the database answers: one cheap read through the store (it throws when the database is down).
 *
 * @example
 * await checkHealth(deps) // { database: 'sqlite' }
 */
export async function checkHealth(deps: Pick<Deps, 'store'>): Promise<{ readonly database: 'sqlite' | 'postgres' }> {
  await deps.store.users.findById('health-probe');
  return { database: deps.store.dialect };
}
