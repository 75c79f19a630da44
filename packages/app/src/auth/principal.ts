import type { MembershipRole } from '@modality/domain';
import type { MembershipRow } from '../ports/index.js';

/** The signed-in user as use cases see them: who, which roles where, and their session's CSRF token. */
export interface Principal {
  readonly user: { readonly id: string; readonly email: string; readonly name: string; readonly isAdmin: boolean; readonly emailVerified: boolean };
  readonly memberships: readonly MembershipRow[];
  readonly csrfToken: string;
  readonly personId: string | null;
}

/** Organisations in which the principal holds one of `roles`. */
export function organisationsWithRole(principal: Principal, roles: readonly MembershipRole[]): Set<string> {
  const out = new Set<string>();
  for (const m of principal.memberships) if (roles.includes(m.role)) out.add(m.organisationId);
  return out;
}
