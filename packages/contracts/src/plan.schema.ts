import { z } from 'zod';
import { calendarDateSchema, personRecordSchema } from './person-record.schema.js';

/**
 * The plan of `modality plan --json` and `POST /api/v1/plan` (format `modality/plan@1`), and its request.
 * The shape mirrors `@modality/planner`'s `Plan`; every object is strict.
 */
const STEP_KINDS = ['education-program', 'degree', 'credential-evaluation', 'clinical-experience', 'structured-education', 'exam', 'licence', 'registration', 'language-test', 'visa', 'ce', 'other'] as const;
const CONFIDENCES = ['official', 'official-copy', 'secondary', 'unconfirmed'] as const;
const CURRENCIES = ['USD', 'GBP', 'AUD', 'CAD', 'EUR'] as const;

/** `{ target, in, record?, asOf? }`: a role code, a jurisdiction code, where the person stands, the day. */
export const planRequestSchema = z
  .strictObject({
    target: z.string().min(1).max(60).describe('role code, e.g. radiographer, ct-technologist'),
    in: z.string().min(1).max(10).describe('jurisdiction: us-xx, gb, ie, au or ca-xx'),
    record: personRecordSchema.optional(),
    asOf: calendarDateSchema.optional(),
  })
  .meta({ id: 'PlanRequest' });

const durationSchema = z.strictObject({ minMonths: z.number().nonnegative(), maxMonths: z.number().nonnegative(), stated: z.string() });
const costSchema = z.strictObject({ min: z.number().nonnegative(), max: z.number().nonnegative(), currency: z.enum(CURRENCIES) });

export const planStepSchema = z
  .strictObject({
    id: z.string().min(1),
    kind: z.enum(STEP_KINDS),
    title: z.string().min(1),
    after: z.array(z.string()),
    duration: durationSchema.nullable().describe('months; null when no source gives it'),
    cost: costSchema.nullable().describe('null when no source gives it'),
    rules: z.array(z.string()),
    sources: z.array(z.url()),
    confidence: z.enum(CONFIDENCES),
    notes: z.array(z.string()),
  })
  .meta({ id: 'PlanStep' });

const satisfiedSchema = z.strictObject({ id: z.string(), title: z.string(), reason: z.string() });
const totalsSchema = z.strictObject({
  steps: z.number().int().nonnegative(),
  duration: z.strictObject({ minMonths: z.number().nonnegative(), maxMonths: z.number().nonnegative() }).nullable(),
  durationComplete: z.boolean(),
  cost: z.array(costSchema),
  costComplete: z.boolean(),
  unknownDuration: z.array(z.string()),
  unknownCost: z.array(z.string()),
});
const alternativeSchema = z.strictObject({ id: z.string(), title: z.string(), steps: z.array(planStepSchema), totals: totalsSchema, satisfied: z.array(satisfiedSchema) });

export const planSchema = z
  .strictObject({
    format: z.literal('modality/plan@1'),
    asOf: calendarDateSchema,
    from: z.enum(['blank', 'record']),
    target: z.strictObject({
      role: z.string(),
      roleTitle: z.string(),
      jurisdiction: z.string(),
      jurisdictionName: z.string(),
      credentials: z.array(z.array(z.string())),
    }),
    status: z.enum(['plan', 'already-qualified', 'not-covered']),
    route: z.strictObject({ id: z.string(), title: z.string() }).nullable(),
    steps: z.array(planStepSchema),
    totals: totalsSchema,
    alternatives: z.strictObject({ byTime: z.array(z.string()), byCost: z.array(z.string()), routes: z.array(alternativeSchema) }),
    satisfied: z.array(satisfiedSchema),
    warnings: z.array(z.string()),
    sources: z.array(z.url()),
  })
  .meta({ id: 'Plan' });
export type PlanJson = z.infer<typeof planSchema>;
