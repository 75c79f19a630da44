import { VERIFY_REASONS } from '@modality/domain';
import { z } from 'zod';
import { calendarDateSchema } from './person-record.schema.js';
import { jsonObjectSchema, jsonValueSchema } from './json-value.schema.js';
import { verifiableCredentialSchema } from './verifiable-credential.schema.js';

/**
 * Portable proof: verifiable credentials (issue, verify, wallet), the FHIR Practitioner, the CE audit
 * packet and the calendar address. The credential documents themselves are W3C formats, so their schemas
 * here check the outline only and let every other field through untouched (a proof covers them).
 */

/** `POST /api/v1/people/{id}/vc`: what to issue. `entry` is the position in the record's list (0-based). */
export const issueCredentialRequestSchema = z
  .discriminatedUnion('kind', [
    z.strictObject({
      kind: z.enum(['competency', 'program', 'ce']),
      organisationId: z.string().min(1).max(64),
      entry: z.number().int().nonnegative(),
    }),
    z.strictObject({ kind: z.literal('snapshot'), asOf: calendarDateSchema.optional() }),
  ])
  .meta({ id: 'IssueCredentialRequest' });
export type IssueCredentialRequest = z.infer<typeof issueCredentialRequestSchema>;

export const issuedCredentialSchema = z.object({ id: z.string(), credential: verifiableCredentialSchema }).meta({ id: 'IssuedCredential' });

export const revokeResultSchema = z.object({ id: z.string(), revokedAt: z.string(), changed: z.boolean() }).meta({ id: 'RevokeResult' });
export const credentialIdParamsSchema = z.strictObject({ credentialId: z.string().min(1).max(200) });


const check = z.object({ ok: z.boolean(), reason: z.enum(VERIFY_REASONS).nullable(), detail: z.string() });

export const credentialSummarySchema = z
  .object({
    id: z.string().nullable(),
    name: z.string().nullable(),
    issuerId: z.string().nullable(),
    issuerName: z.string().nullable(),
    subjectName: z.string().nullable(),
    achievementType: z.string().nullable(),
    description: z.string().nullable(),
    validFrom: z.string().nullable(),
    validUntil: z.string().nullable(),
    status: z.object({ listUrl: z.string(), index: z.number().int() }).nullable(),
  })
  .meta({ id: 'CredentialSummary' });

/** The verification report: four checks, each with its own reason, and `verified` only when all pass. */
export const verificationReportSchema = z
  .object({
    verified: z.boolean(),
    reasons: z.array(z.enum(VERIFY_REASONS)),
    signature: check,
    issuer: check.extend({ did: z.string().nullable(), name: z.string().nullable() }),
    status: check.extend({ state: z.enum(['active', 'revoked', 'none', 'unavailable']) }),
    validity: check.extend({ validFrom: z.string().nullable(), validUntil: z.string().nullable() }),
    credential: credentialSummarySchema.nullable(),
    checkedAt: z.string(),
  })
  .meta({ id: 'VerificationReport' });
export type VerificationReportBody = z.infer<typeof verificationReportSchema>;

/** Anything JSON (a credential file): the verify endpoint judges what it is given rather than refusing it. */
export const verifyRequestSchema = jsonValueSchema;

export const walletSchema = z
  .object({
    items: z.array(
      z.object({
        position: z.number().int(),
        credential: verifiableCredentialSchema,
        report: verificationReportSchema,
        /** Whether you may revoke it (program director or org admin of the organisation that issued it here). */
        revocable: z.boolean(),
      }),
    ),
  })
  .meta({ id: 'Wallet' });
export type WalletBody = z.infer<typeof walletSchema>;

/** Signed-off clinical entries you may issue to this person as competencies, and in whose name. */
export const issuableSchema = z
  .object({
    organisations: z.array(z.object({ id: z.string(), name: z.string() })),
    entries: z.array(z.object({ kind: z.literal('competency'), entry: z.number().int(), name: z.string(), performedOn: z.string(), verifiedBy: z.string() })),
  })
  .meta({ id: 'Issuable' });
export type IssuableBody = z.infer<typeof issuableSchema>;

/** A JSON-LD document served for resolution (a DID document, a status list credential). */
export const linkedDataDocumentSchema = jsonObjectSchema;

/** FHIR R4 Practitioner (https://hl7.org/fhir/R4/practitioner.html); the tests check it against the FHIR R4 JSON schema. */
export const fhirPractitionerSchema = z.object({ resourceType: z.literal('Practitioner') }).catchall(jsonValueSchema).meta({ id: 'FhirPractitioner' });

export const auditPacketQuerySchema = z.strictObject({
  credential: z.string().min(3).max(64).describe('the credential whose CE cycle to show, e.g. arrt:R'),
  cycle: calendarDateSchema.optional().describe('a day inside the cycle (default: today)'),
});

export const calendarFeedSchema = z.object({ url: z.string(), createdAt: z.string() }).meta({ id: 'CalendarFeed' });
export const calendarFeedStatusSchema = z.object({ active: z.boolean(), createdAt: z.string().nullable() }).meta({ id: 'CalendarFeedStatus' });
export const calendarTokenParamsSchema = z.strictObject({ token: z.string().regex(/^[A-Za-z0-9_-]{20,100}\.ics$/, 'not a calendar address') });
