import { MEMBERSHIP_ROLES, ORGANISATION_KINDS } from '@modality/domain';
import { z } from 'zod';

export const organisationSchema = z
  .object({ id: z.string(), name: z.string(), kind: z.enum(ORGANISATION_KINDS) })
  .meta({ id: 'Organisation' });
export type Organisation = z.infer<typeof organisationSchema>;

export const createOrganisationBodySchema = z.strictObject({
  name: z.string().trim().min(2, 'at least 2 characters').max(200),
  kind: z.enum(ORGANISATION_KINDS),
});

export const createInvitationBodySchema = z.strictObject({
  email: z.email('expected an e-mail address').max(254).transform((s) => s.toLowerCase()),
  role: z.enum(MEMBERSHIP_ROLES),
});

/** The token is shown once, to the inviter, to pass on; only its hash is stored. */
export const invitationSchema = z
  .object({
    id: z.string(),
    organisationId: z.string(),
    email: z.string(),
    role: z.enum(MEMBERSHIP_ROLES),
    token: z.string(),
    expiresAt: z.string(),
  })
  .meta({ id: 'Invitation' });

export const acceptInvitationBodySchema = z.strictObject({ token: z.string().min(10).max(200) });

export const memberSchema = z.object({
  userId: z.string(),
  name: z.string(),
  email: z.string(),
  role: z.enum(MEMBERSHIP_ROLES),
  personId: z.string().nullable(),
});
