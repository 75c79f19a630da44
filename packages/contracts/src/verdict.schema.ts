import { findCredential } from '@modality/knowledge/codes';
import { z } from 'zod';
import { calendarDateSchema } from './person-record.schema.js';

/**
 * The verdict of `modality check --json` and `POST /api/v1/check` (contract: person-record-v1.md,
 * "Verdict"), exactly: every object is strict, so a field the contract does not show fails validation.
 */

/** Compliance statuses of the contract. */
export const VERDICT_STATUSES = ['compliant', 'in-progress', 'at-risk', 'noncompliant', 'not-applicable'] as const;
/** Deadline kinds the engine emits (the contract shows `renewal`; the others are additions). */
export const VERDICT_DEADLINE_KINDS = ['renewal', 'probation-end', 'cqr', 'reinstatement-online', 'cqr-reinstatement'] as const;

const amount = z.number().nonnegative();
const ruleId = z.string().regex(/^[a-z0-9-]+(\.[a-z0-9+-]+)+$/, 'expected a rule id such as arrt.ce.biennium');
const credentialCode = z.string().regex(/^[a-z]{2,}(-[a-z]{2,3})?:[A-Za-z0-9-]+$/, 'expected body:code or jurisdiction:code');

export const verdictMinimumSchema = z.strictObject({
  topic: z.string().min(1),
  required: amount,
  earned: amount,
  remaining: amount,
});

export const verdictCycleSchema = z
  .strictObject({
    rule: ruleId,
    start: calendarDateSchema,
    end: calendarDateSchema,
    required: amount,
    earned: amount,
    remaining: amount,
    minimums: z.array(verdictMinimumSchema),
  })
  .meta({ id: 'VerdictCycle', description: 'A CE/CPD cycle in force on asOf, in the unit of its rule' });

export const verdictDeadlineSchema = z.strictObject({
  kind: z.enum(VERDICT_DEADLINE_KINDS),
  due: calendarDateSchema,
});

export const complianceEntrySchema = z
  .strictObject({
    credential: credentialCode,
    status: z.enum(VERDICT_STATUSES),
    cycles: z.array(verdictCycleSchema),
    deadlines: z.array(verdictDeadlineSchema),
    warnings: z.array(z.string().min(1)),
    sources: z.array(z.url()),
  })
  .meta({ id: 'ComplianceEntry' });

export const missingItemSchema = z.strictObject({
  rule: ruleId,
  what: z.string().min(1),
  need: amount,
  have: amount,
  unit: z.string().min(1),
  countConfirmed: z.literal(false).optional().describe("present (false) when the body's number is not confirmed here: `need` is no count to show"),
});

export const eligibilityEntrySchema = z
  .strictObject({
    credential: credentialCode,
    eligible: z.boolean(),
    missing: z.array(missingItemSchema),
    sources: z.array(z.url()),
  })
  .superRefine((e, ctx) => {
    if (e.eligible !== (e.missing.length === 0)) ctx.addIssue({ code: 'custom', path: ['eligible'], message: 'eligible must be true exactly when nothing is missing' });
  })
  .meta({ id: 'EligibilityEntry' });

/** The verdict JSON. */
export const verdictSchema = z
  .strictObject({
    asOf: calendarDateSchema,
    compliance: z.array(complianceEntrySchema),
    eligibility: z.array(eligibilityEntrySchema),
  })
  .meta({ id: 'Verdict', description: 'Compliance and eligibility verdict of a person record on a date (modality check --json)' });
export type VerdictJson = z.infer<typeof verdictSchema>;

/**
 * Query of `POST /api/v1/check` and `GET /api/v1/people/{id}/verdict` (the record is the body of the first):
 * `asOf` defaults to today at the edge; `target` must be a catalogue code.
 */
export const verdictQuerySchema = z.strictObject({
  asOf: calendarDateSchema.optional(),
  target: z
    .string()
    .refine((c) => findCredential(c) !== undefined, { error: (issue) => `unknown credential code ${JSON.stringify(issue.input)} (see the credential catalogue)` })
    .optional(),
});
export type VerdictQuery = z.infer<typeof verdictQuerySchema>;
