import { EMPLOYMENT_TYPES, IMAGING_MODALITIES, PAY_UNITS, POSTING_STATUSES, WORK_SHIFTS } from '@modality/domain';
import { isHoldableCredential, JOB_ROLE_CODES, JURISDICTION_CODES } from '@modality/knowledge/codes';
import { z } from 'zod';
import { calendarDateSchema } from './person-record.schema.js';

const text = (max: number) => z.string().trim().min(1, 'must not be empty').max(max);
const quoted = (issue: { input: unknown }) => JSON.stringify(issue.input);

const credentialSchema = z.string().refine(isHoldableCredential, { error: (issue) => `unknown credential code ${quoted(issue)} (see the credential catalogue)` });
const jurisdictionSchema = z.string().refine((j) => JURISDICTION_CODES.includes(j), { error: (issue) => `unknown jurisdiction ${quoted(issue)} (us-xx, gb, ie, au or ca-xx)` });
const weight = z.number().min(0).max(10);

/** Hard requirements: a candidate must meet every one to be a match (one short is a near-miss). */
export const postingRequirementsSchema = z
  .strictObject({
    credentials: z
      .strictObject({
        allOf: z.array(credentialSchema).max(10).default([]).describe('every one of these credentials'),
        anyOf: z.array(z.array(credentialSchema).min(1).max(10)).max(5).default([]).describe('at least one credential from each group'),
      })
      .default({ allOf: [], anyOf: [] }),
    licenceJurisdictions: z.array(jurisdictionSchema).max(60).default([]).describe('a licence in any one of these; empty: none asked'),
    minYears: z.number().int().min(0).max(20).default(0).describe('whole years in the modality'),
    shifts: z.array(z.enum(WORK_SHIFTS)).max(5).default([]).describe('shifts the job includes; the candidate must accept each'),
    startWindow: z
      .strictObject({ from: calendarDateSchema, to: calendarDateSchema })
      .refine((w) => w.from <= w.to, { error: 'the window must not end before it starts', path: ['to'] }),
    sponsorship: z.boolean().default(false).describe('the employer sponsors a work visa'),
  })
  .meta({ id: 'PostingRequirements' });

/** How much each soft criterion counts in the ranking, 0–10. */
export const postingPreferencesSchema = z
  .strictObject({ experience: weight.default(3), distance: weight.default(2), pay: weight.default(2), procedures: weight.default(1), language: weight.default(0) })
  .meta({ id: 'PostingPreferences' });

/** The pay offered: required on every posting, min ≤ max. */
export const payRangeSchema = z
  .strictObject({
    min: z.number().positive().max(10_000_000),
    max: z.number().positive().max(10_000_000),
    unit: z.enum(PAY_UNITS),
    currency: z.string().regex(/^[A-Z]{3}$/, 'expected an ISO 4217 currency code, e.g. USD').default('USD'),
  })
  .refine((p) => p.min <= p.max, { error: 'the top of the range must not be below its bottom', path: ['max'] })
  .meta({ id: 'PayRange' });

const placeInputSchema = z.strictObject({
  address: text(300).describe('a US address with its ZIP code, or "City, ST"'),
  radiusKm: z.number().int().min(1).max(500).default(50).describe('commuting radius for candidates who will not relocate'),
});

/** A new posting (`POST /api/v1/postings`). `organisationId` may be left out by someone who posts for one organisation only. */
export const createPostingBodySchema = z
  .strictObject({
    organisationId: z.string().min(1).max(100).optional(),
    reference: text(100).optional().describe("the organisation's own reference; an import updates the posting with the same one"),
    status: z.enum(['draft', 'open']).default('draft'),
    title: text(200),
    description: text(10_000),
    role: z.enum(JOB_ROLE_CODES),
    modality: z.enum(IMAGING_MODALITIES),
    employmentType: z.enum(EMPLOYMENT_TYPES),
    requirements: postingRequirementsSchema,
    preferences: postingPreferencesSchema.default({ experience: 3, distance: 2, pay: 2, procedures: 1, language: 0 }),
    place: placeInputSchema,
    pay: payRangeSchema,
    validThrough: calendarDateSchema.describe('last day the posting is open'),
  })
  .meta({ id: 'CreatePosting' });
export type CreatePostingBody = z.output<typeof createPostingBodySchema>;

/** A change to a posting: any of its fields, and its status (draft → open → filled or closed). */
export const updatePostingBodySchema = z
  .strictObject({
    status: z.enum(['draft', 'open', 'filled', 'closed']).optional(),
    title: text(200).optional(),
    description: text(10_000).optional(),
    role: z.enum(JOB_ROLE_CODES).optional(),
    modality: z.enum(IMAGING_MODALITIES).optional(),
    employmentType: z.enum(EMPLOYMENT_TYPES).optional(),
    requirements: postingRequirementsSchema.optional(),
    preferences: postingPreferencesSchema.optional(),
    place: placeInputSchema.optional(),
    pay: payRangeSchema.optional(),
    validThrough: calendarDateSchema.optional(),
  })
  .meta({ id: 'UpdatePosting' });
export type UpdatePostingBody = z.output<typeof updatePostingBodySchema>;

export const postingParamsSchema = z.strictObject({ id: z.string().min(1).max(100) });

/** A posting as the API returns it. `status` is `expired` once `validThrough` has passed. */
export const postingSchema = z
  .object({
    id: z.string(),
    organisation: z.object({ id: z.string(), name: z.string(), side: z.enum(['employer', 'agency']) }),
    reference: z.string().nullable(),
    status: z.enum(POSTING_STATUSES),
    title: z.string(),
    description: z.string(),
    role: z.string(),
    roleName: z.string(),
    modality: z.enum(IMAGING_MODALITIES),
    employmentType: z.enum(EMPLOYMENT_TYPES),
    requirements: postingRequirementsSchema,
    preferences: postingPreferencesSchema,
    place: z.object({
      address: z.string(),
      city: z.string(),
      region: z.string(),
      postalCode: z.string().nullable(),
      country: z.string(),
      lat: z.number(),
      lon: z.number(),
      radiusKm: z.number(),
    }),
    pay: payRangeSchema,
    validThrough: z.string(),
    datePosted: z.string().nullable(),
    updatedAt: z.string(),
  })
  .meta({ id: 'Posting' });
export type PostingView = z.infer<typeof postingSchema>;

/** The public search of open postings. */
export const postingSearchQuerySchema = z.strictObject({
  role: z.enum(JOB_ROLE_CODES).optional(),
  modality: z.enum(IMAGING_MODALITIES).optional(),
  employmentType: z.enum(EMPLOYMENT_TYPES).optional(),
  near: z.string().trim().min(1).max(200).optional().describe('a ZIP code or "City, ST"'),
  radiusKm: z.coerce.number().int().min(1).max(1000).default(50),
  minPay: z.coerce.number().positive().max(10_000_000).optional().describe('only postings whose top pay reaches this'),
  payUnit: z.enum(PAY_UNITS).default('year').describe('the period minPay is for'),
  organisationId: z.string().min(1).max(100).optional().describe("one organisation's postings"),
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
});
export type PostingSearchQuery = z.output<typeof postingSearchQuerySchema>;

export const postingPageSchema = z.object({ items: z.array(postingSchema), nextCursor: z.string().nullable() }).meta({ id: 'PostingPage' });

/** One posting of an import file: a new posting whose `reference` is required (it is the import's key). */
export const postingImportItemSchema = createPostingBodySchema.omit({ organisationId: true }).extend({ reference: text(100) }).meta({ id: 'PostingImportItem' });
export type PostingImportItemBody = z.output<typeof postingImportItemSchema>;

/**
 * The columns of a posting CSV (`modality postings import FILE`). Lists are separated by `;`; in
 * `any_of`, groups are separated by `|` (`arrt:R;nmtcb:CT|aha:BLS` is two groups). `sponsorship` is yes or no.
 */
export const POSTING_CSV_COLUMNS = [
  'reference', 'status', 'title', 'description', 'role', 'modality', 'employment_type', 'all_of', 'any_of', 'licence_jurisdictions',
  'min_years', 'shifts', 'start_from', 'start_to', 'sponsorship', 'address', 'radius_km', 'pay_min', 'pay_max', 'pay_unit', 'currency', 'valid_through',
] as const;
