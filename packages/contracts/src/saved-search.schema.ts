import { ALERT_FREQUENCIES } from '@modality/domain';
import { z } from 'zod';
import { postingSearchQuerySchema } from './posting.schema.js';

const alertFrequencySchema = z
  .enum(ALERT_FREQUENCIES)
  .describe('how often alerts are mailed: hourly (as jobs open), or a daily or weekly digest (periods begin at midnight UTC, weeks on Monday)');

/**
 * A job search to save: the job board's own filters (`GET /api/v1/postings`), without paging, and how often
 * its alerts are mailed (hourly when a new search does not say; unchanged when a change does not say).
 */
export const savedSearchBodySchema = postingSearchQuerySchema
  .pick({ role: true, modality: true, employmentType: true, near: true, radiusKm: true, minPay: true, payUnit: true })
  .extend({ alertFrequency: alertFrequencySchema.optional() })
  .meta({ id: 'SavedSearchBody' });
export type SavedSearchBody = z.output<typeof savedSearchBodySchema>;

export const savedSearchParamsSchema = z.strictObject({ id: z.string().min(1).max(100) });

/** A saved search as its owner sees it. */
export const savedSearchSchema = z
  .object({
    id: z.string(),
    search: z.object({
      role: z.string().optional(),
      modality: savedSearchBodySchema.shape.modality,
      employmentType: savedSearchBodySchema.shape.employmentType,
      near: z.string().optional(),
      radiusKm: z.number(),
      minPay: z.number().optional(),
      payUnit: savedSearchBodySchema.shape.payUnit,
    }),
    says: z.string().describe('the search in words'),
    createdAt: z.string(),
    alertFrequency: alertFrequencySchema,
    alertsSay: z.string().describe('how often alerts are mailed, in words'),
    alertsWithheld: z.string().nullable().describe('why no alert is mailed (the rule and its source), or null'),
  })
  .meta({ id: 'SavedSearch' });
export type SavedSearchView = z.infer<typeof savedSearchSchema>;
