import { z } from 'zod';

/**
 * The shapes of `GET /api/v1/roles` and `GET /api/v1/roles/{code}` (the API describes a role profile only
 * as an object; these mirror `RoleProfile` of `@modality/knowledge`, loosely, so that a new field does not
 * break the page). Every figure is either sourced (value, unit, vintage, source, confidence) or unconfirmed
 * (`value: null` with a warning).
 */
const CONFIDENCES = ['official', 'official-copy', 'secondary', 'unconfirmed'] as const;

export const sourcedFigureSchema = z.object({
  value: z.number(),
  unit: z.string(),
  vintage: z.string(),
  sourceUrl: z.string(),
  confidence: z.enum(['official', 'official-copy', 'secondary']),
  note: z.string().optional(),
});
export const unconfirmedFactSchema = z.object({
  value: z.null(),
  confidence: z.literal('unconfirmed'),
  warning: z.string(),
});
export const sourcedFactSchema = z.union([sourcedFigureSchema, unconfirmedFactSchema]);

export const sourcedTextSchema = z.object({
  text: z.string(),
  vintage: z.string(),
  sourceUrl: z.string(),
  confidence: z.enum(CONFIDENCES),
  note: z.string().optional(),
});

export const roleSummarySchema = z.object({
  code: z.string(),
  title: z.string(),
  modalities: z.array(z.string()),
  soc: z.string().nullable(),
});
export const roleListSchema = z.object({ items: z.array(roleSummarySchema) });

export const usOutlookSchema = z.object({
  soc: z.string(),
  occupation: z.string(),
  employment: sourcedFactSchema,
  projectedChangePct: sourcedFactSchema,
  numericChange: sourcedFactSchema,
  annualOpenings: sourcedFactSchema,
  medianAnnualWage: sourcedFactSchema,
  medianHourlyWage: sourcedFactSchema,
  p10AnnualWage: sourcedFactSchema,
  p90AnnualWage: sourcedFactSchema,
  typicalEntryEducation: z.union([sourcedFactSchema, sourcedTextSchema]),
});

export const roleProfileSchema = z.object({
  code: z.string(),
  title: z.string(),
  work: sourcedTextSchema,
  modalities: z.array(z.string()),
  patientCareAndTechnology: sourcedTextSchema,
  entryEducation: sourcedTextSchema,
  credentials: z.array(
    z.object({
      jurisdiction: z.string(),
      anyOf: z.array(z.array(z.string())),
      note: z.string().optional(),
    }),
  ),
  soc: z.string().nullable(),
  outlookNote: z.string().optional(),
  occupationCodes: z.array(
    z.object({
      system: z.string(),
      code: z.string().nullable(),
      title: z.string(),
      sourceUrl: z.string().nullable(),
      confidence: z.enum(CONFIDENCES),
      note: z.string().optional(),
    }),
  ),
  usOutlook: usOutlookSchema.nullable(),
  shortage: z.array(
    z.object({
      region: z.string(),
      modality: z.string(),
      indicator: z.string(),
      fact: sourcedFactSchema,
      publisher: z.string(),
      statement: z.string().optional(),
    }),
  ),
});

export type SourcedFigure = z.output<typeof sourcedFigureSchema>;
export type SourcedFact = z.output<typeof sourcedFactSchema>;
export type SourcedText = z.output<typeof sourcedTextSchema>;
export type RoleSummary = z.output<typeof roleSummarySchema>;
export type RoleProfile = z.output<typeof roleProfileSchema>;
export type UsOutlook = z.output<typeof usOutlookSchema>;
