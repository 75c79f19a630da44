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

/**
 * What the signed-in user may do, from the server's own access rules: a client offers exactly these
 * actions (the server still checks each request).
 */
export const abilitiesSchema = z
  .object({
    ownRecord: z.boolean().describe('has, or may keep, a record of their own'),
    readPeople: z.boolean().describe("may list and read other people's records (staff of an organisation)"),
    importForOthers: z.boolean().describe('may import (replace) the records of their organisations\' students and professionals'),
    seeOrganisations: z.boolean().describe('may run organisations: see their members and invite'),
    createOrganisations: z.boolean(),
    inviteToAnyOrganisation: z.boolean().describe('may invite into every organisation (platform admins)'),
    inviteTo: z.array(z.string()).describe('organisation ids the user may invite into (besides inviteToAnyOrganisation)'),
    searchCandidates: z.boolean().describe('a recruiter'),
    postFor: z
      .array(z.object({ organisationId: z.string(), organisationName: z.string(), side: z.enum(['employer', 'agency']) }))
      .describe('organisations the user writes postings and ranks candidates for, by name, with the side each posts as'),
    clinicalLog: z.boolean().describe('keeps a clinical log (a student of a school)'),
    signClinical: z.boolean().describe("signs students' clinical entries in the app (a clinical instructor or program director)"),
    cohortOf: z.array(z.string()).describe("school ids whose cohort and program effectiveness figures the user sees"),
    managePlacementAt: z.array(z.string()).optional().describe("school ids whose clinical sites and placement the user keeps (program director, school admin)"),
    editRequirementsAt: z.array(z.string()).optional().describe("school ids whose requirement set, simulation cap, local requirements and competency grade form the user chooses (program director)"),
    rankClinicalSites: z.boolean().optional().describe('a student of a school: ranks its clinical sites and reads their rotations'),
    clinicalTime: z.boolean().describe('a student of a school: clocks in and out at clinical sites'),
    reviewClinicalTime: z.boolean().describe('an instructor or program director: decides time exceptions, sees hour warnings'),
    postprimaryLog: z.boolean().optional().describe('keeps a postprimary clinical experience log (CT, MR): keeps a record and is not a student'),
    signPostprimary: z.boolean().optional().describe("may be asked to verify or review a technologist's postprimary procedure (a queue of those asked by mail): signed in and not a student"),
  })
  .meta({ id: 'Abilities' });
export type Abilities = z.infer<typeof abilitiesSchema>;

/** Who is signed in, what they may do, and the CSRF token to send as `x-csrf-token` on changes. */
export const meSchema = z
  .object({
    user: z.object({ id: z.string(), email: z.string(), name: z.string(), isAdmin: z.boolean(), emailVerified: z.boolean().describe('the person opened a link mailed to this address') }),
    memberships: z.array(membershipSchema),
    personId: z.string().nullable(),
    csrfToken: z.string(),
    can: abilitiesSchema,
  })
  .meta({ id: 'Me' });
export type Me = z.infer<typeof meSchema>;

/** `modality admin create`: the first platform admin of a real install (the password arrives on standard input). */
export const adminCreateInputSchema = z.strictObject({
  email,
  name: z.string().trim().min(1, 'must not be empty').max(200),
  password: z.string().min(10, 'at least 10 characters').max(200),
});
export type AdminCreateInput = z.input<typeof adminCreateInputSchema>;
