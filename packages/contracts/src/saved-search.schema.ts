import { z } from 'zod';
import { postingSearchQuerySchema } from './posting.schema.js';

/** A job search to save: the job board's own filters (`GET /api/v1/postings`), without paging. */
export const savedSearchBodySchema = postingSearchQuerySchema
  .pick({ role: true, modality: true, employmentType: true, near: true, radiusKm: true, minPay: true, payUnit: true })
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
    alertsWithheld: z.string().nullable().describe('why no alert is mailed (the rule and its source), or null'),
  })
  .meta({ id: 'SavedSearch' });
export type SavedSearchView = z.infer<typeof savedSearchSchema>;
