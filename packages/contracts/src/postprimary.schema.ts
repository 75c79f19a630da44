import { z } from 'zod';
import { calendarDateSchema } from './person-record.schema.js';

/**
 * The postprimary clinical experience log (issue 12): a registered technologist's CT or MR procedures, each
 * verified by a technologist and then reviewed by a clinical supervisor at the same facility.
 */
const text = (max: number) => z.string('must be text').trim().min(1, 'must not be empty').max(max, `must be at most ${max} characters`);

export const postprimaryDisciplineSchema = z.enum(['ct', 'mr'], 'must be ct or mr');
export const postprimaryDisciplineQuerySchema = z.strictObject({ discipline: postprimaryDisciplineSchema.default('ct').describe('ct (default) or mr') });

/** `POST /api/v1/postprimary/entries`: a procedure the technologist performed. No patient data is asked or kept. */
export const newPostprimaryEntrySchema = z
  .strictObject({
    discipline: postprimaryDisciplineSchema,
    procedure: text(80).describe('procedure code from the discipline\'s list (`GET /api/v1/postprimary/requirements`), e.g. `ct:chest`'),
    performedOn: calendarDateSchema.describe('the day it was done (not in the future)'),
    facility: text(120).describe('the facility where it was done; the clinical supervisor who reviews it must be at the same facility'),
  })
  .meta({ id: 'NewPostprimaryEntry' });

export const postprimaryEntrySchema = z
  .object({
    id: z.string(),
    discipline: postprimaryDisciplineSchema,
    procedure: z.string(),
    procedureName: z.string(),
    performedOn: z.string(),
    facility: z.string(),
    loggedAt: z.string(),
    status: z.enum(['awaiting-verification', 'awaiting-review', 'complete']),
    verifiedBy: z.object({ name: z.string(), arrtNumber: z.string(), at: z.string() }).nullable(),
    reviewedBy: z.object({ name: z.string(), facility: z.string(), at: z.string() }).nullable(),
  })
  .meta({ id: 'PostprimaryEntry' });
export const postprimaryEntriesSchema = z.object({ entries: z.array(postprimaryEntrySchema) }).meta({ id: 'PostprimaryEntries' });
export const postprimaryEntryParamsSchema = z.strictObject({ id: z.string().min(1).max(80) });

const count = z.object({ value: z.number().nullable(), sourceUrl: z.string().nullable(), effectiveFrom: z.string().nullable(), confidence: z.string() });
export const postprimaryRequirementsSchema = z
  .object({
    id: z.string(),
    discipline: postprimaryDisciplineSchema,
    credential: z.string(),
    name: z.string(),
    version: z.string(),
    totalRepetitions: count,
    dailyCap: count,
    windowMonths: count,
    verification: z.object({ summary: z.string(), sourceUrl: z.string(), confidence: z.string() }).describe('who signs each procedure, with its source'),
    procedures: z.array(z.object({ code: z.string(), name: z.string() })).readonly(),
    flag: z.string().describe('plain words: why these counts may be wrong'),
  })
  .meta({ id: 'PostprimaryRequirements' });
export const postprimaryRequirementsListSchema = z.object({ sets: z.array(postprimaryRequirementsSchema).readonly() }).meta({ id: 'PostprimaryRequirementsList' });

export const postprimaryProgressSchema = z
  .object({
    requirements: postprimaryRequirementsSchema,
    progress: z.object({
      counted: z.number().describe('entries verified and reviewed, within the window'),
      byProcedure: z.record(z.string(), z.number()),
      required: z.number().nullable().describe('null: no confirmed total, none is shown'),
      missing: z.number().nullable(),
      waiting: z.number().describe('entries still waiting for the verifier or the supervisor'),
      expired: z.number().describe('entries older than the window: they no longer count'),
      countsFrom: z.string(),
    }),
    procedures: z.array(z.object({ code: z.string(), name: z.string(), counted: z.number() })).readonly(),
  })
  .meta({ id: 'PostprimaryProgress' });

export const newPostprimaryLinkSchema = z
  .strictObject({
    email: z.email('must be an e-mail address').max(254, 'must be at most 254 characters').optional().describe("the verifier's or supervisor's e-mail address: the link is mailed there"),
  })
  .meta({ id: 'NewPostprimaryLink' });
export const postprimaryLinkSchema = z
  .object({
    url: z.string(),
    step: z.enum(['verify', 'review']).describe('verify: for the verifying technologist; review: for the clinical supervisor'),
    expiresAt: z.string(),
    mailedTo: z.string().nullable(),
  })
  .meta({ id: 'PostprimaryLink' });

/** The token is the last path segment of the link; anything else is not a token. */
export const postprimaryTokenParamsSchema = z.strictObject({ token: z.string().regex(/^[A-Za-z0-9_-]{20,100}$/, 'not a verification or review link') });
export const postprimaryLinkViewSchema = z
  .object({ step: z.enum(['verify', 'review']), technologistName: z.string(), entry: postprimaryEntrySchema, expiresAt: z.string() })
  .meta({ id: 'PostprimaryLinkView' });

/** `POST /api/v1/postprimary/links/{token}/verify`: the verifying technologist's statement. */
export const verifierStatementSchema = z
  .strictObject({
    name: text(120).describe('your full name'),
    arrtNumber: text(20).describe('your ARRT ID number'),
    registered: z.literal(true, 'must be true: only an ARRT-registered technologist verifies'),
    inPerson: z.literal(true, 'must be true: verify only a procedure the technologist performed in person (no remote scanning)'),
  })
  .meta({ id: 'PostprimaryVerifierStatement' });

/** `POST /api/v1/postprimary/links/{token}/review`: the clinical supervisor's statement. */
export const supervisorStatementSchema = z
  .strictObject({
    name: text(120).describe('your full name (not the verifier)'),
    facility: text(120).describe('the facility where you supervise: it must be the entry\'s facility'),
    checked: z.literal(true, 'must be true: you checked their employment or authorisation, the date worked and the equipment'),
  })
  .meta({ id: 'PostprimarySupervisorStatement' });

/** `GET /api/v1/postprimary/waiting`: the entries waiting for the signed-in verifier's or supervisor's answer. */
export const postprimaryQueueSchema = z
  .object({
    addressConfirmed: z.boolean().describe('false: your e-mail address is not confirmed yet, so no link mailed to it is shown'),
    items: z.array(postprimaryLinkViewSchema).readonly().describe('oldest request first'),
  })
  .meta({ id: 'PostprimaryQueue' });
