import { abilitiesOf, type Principal } from '@modality/app';
import type { Me } from '@modality/contracts';

/** The `Me` document for a principal: who, where, what they may do, and the CSRF token. */
export function toMe(p: Principal): Me {
  const can = abilitiesOf(p);
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
    can: { ...can, inviteTo: [...can.inviteTo], cohortOf: [...can.cohortOf], managePlacementAt: [...can.managePlacementAt], editRequirementsAt: [...can.editRequirementsAt], postFor: can.postFor.map((o) => ({ ...o })) },
  };
}
