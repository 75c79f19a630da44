import type { Principal } from '@modality/app';
import type { Me } from '@modality/contracts';

/** The `Me` document for a principal. */
export function toMe(p: Principal): Me {
  return {
    user: p.user,
    memberships: p.memberships.map((m) => ({
      organisationId: m.organisationId,
      organisationName: m.organisationName,
      organisationKind: m.organisationKind,
      role: m.role,
    })),
    personId: p.personId,
    csrfToken: p.csrfToken,
  };
}
