import { MEMBERSHIP_ROLES, ORGANISATION_KINDS } from '@modality/domain';
import { z } from 'zod';

const email = z.email('expected an e-mail address').max(254).transform((s) => s.toLowerCase());

export const signUpBodySchema = z.strictObject({
  email,
  password: z.string().min(10, 'at least 10 characters').max(200),
  name: z.string().trim().min(1, 'must not be empty').max(200),
  invitationToken: z.string().min(10).max(200).optional(),
});
export type SignUpBody = z.input<typeof signUpBodySchema>;

export const signInBodySchema = z.strictObject({
  email,
  password: z.string().min(1, 'required').max(200),
});
export type SignInBody = z.input<typeof signInBodySchema>;

export const membershipSchema = z.object({
  organisationId: z.string(),
  organisationName: z.string(),
  organisationKind: z.enum(ORGANISATION_KINDS),
  role: z.enum(MEMBERSHIP_ROLES),
});
export type Membership = z.infer<typeof membershipSchema>;

/** Who is signed in, what they may do, and the CSRF token to send as `x-csrf-token` on changes. */
export const meSchema = z
  .object({
    user: z.object({ id: z.string(), email: z.string(), name: z.string(), isAdmin: z.boolean() }),
    memberships: z.array(membershipSchema),
    personId: z.string().nullable(),
    csrfToken: z.string(),
  })
  .meta({ id: 'Me' });
export type Me = z.infer<typeof meSchema>;
