import { z } from 'zod';

export const personSummarySchema = z
  .object({
    id: z.string(),
    name: z.string(),
    country: z.string(),
    region: z.string().nullable(),
    isSelf: z.boolean(),
    /** Whether the caller may change this record (import, add CE): the owner, or a program director or org admin of their organisation. */
    canChange: z.boolean(),
    credentials: z.array(z.string()),
    updatedAt: z.string(),
  })
  .meta({ id: 'PersonSummary' });
export type PersonSummary = z.infer<typeof personSummarySchema>;

/** Cursor pagination: pass `nextCursor` back as `cursor` until it is null. */
export const pageQuerySchema = z.strictObject({
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

export const peoplePageSchema = z.object({
  items: z.array(personSummarySchema),
  nextCursor: z.string().nullable(),
});
export type PeoplePage = z.infer<typeof peoplePageSchema>;

/** What an import did: `changed: false` when the same record was already stored (imports are idempotent). */
export const importResultSchema = z
  .object({
    personId: z.string(),
    changed: z.boolean(),
    version: z.string().optional().describe("the record's version after this: what If-Match names on a later change"),
    counts: z.object({
      education: z.number().int(),
      credentials: z.number().int(),
      ce: z.number().int(),
      clinical: z.number().int(),
      exams: z.number().int(),
    }),
  })
  .meta({ id: 'ImportResult' });
export type ImportResult = z.infer<typeof importResultSchema>;

export const personIdParamsSchema = z.strictObject({ id: z.string().min(1).max(64) });

export const healthSchema = z.object({
  status: z.literal('ok'),
  database: z.enum(['sqlite', 'postgres']),
  version: z.string(),
  demo: z.boolean().describe('this install is the demo: fictitious data, every demo account shares a published password'),
});
