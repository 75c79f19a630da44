import { CONFIDENCES, FIGURE_UNITS, JOB_ROLE_CODES } from '@modality/knowledge/codes';
import { z } from 'zod';

/**
 * `GET /api/v1/roles` and `GET /api/v1/roles/{code}`: the imaging roles of the knowledge base. Every
 * figure is sourced (value, unit, vintage, source, confidence) or unconfirmed (`value: null` with a warning,
 * never a guessed number).
 */
const confidence = z.enum(CONFIDENCES);

export const sourcedFigureSchema = z
  .object({
    value: z.number(),
    unit: z.enum(FIGURE_UNITS),
    vintage: z.string().describe('what the figure describes and when: OEWS May 2024, EP 2024–34'),
    sourceUrl: z.string(),
    confidence: z.enum(['official', 'official-copy', 'secondary']),
    note: z.string().optional(),
  })
  .meta({ id: 'SourcedFigure' });
export const unconfirmedFactSchema = z
  .object({ value: z.null(), confidence: z.literal('unconfirmed'), warning: z.string() })
  .meta({ id: 'UnconfirmedFact' });
export const sourcedFactSchema = z.union([sourcedFigureSchema, unconfirmedFactSchema]);
export type SourcedFigure = z.infer<typeof sourcedFigureSchema>;
export type SourcedFact = z.infer<typeof sourcedFactSchema>;

export const sourcedTextSchema = z
  .object({ text: z.string(), vintage: z.string(), sourceUrl: z.string(), confidence, note: z.string().optional() })
  .meta({ id: 'SourcedText' });
export type SourcedText = z.infer<typeof sourcedTextSchema>;

export const jobRoleCodeSchema = z.enum(JOB_ROLE_CODES);

export const jobRoleSummarySchema = z
  .object({ code: jobRoleCodeSchema, title: z.string(), modalities: z.array(z.string()), soc: z.string().nullable() })
  .meta({ id: 'JobRoleSummary' });
export type JobRoleSummary = z.infer<typeof jobRoleSummarySchema>;

export const jobRoleListSchema = z.object({ items: z.array(jobRoleSummarySchema) }).meta({ id: 'JobRoleList' });
export type JobRoleList = z.infer<typeof jobRoleListSchema>;

export const jobRoleParamsSchema = z.strictObject({ code: z.string().max(60).describe(`one of ${JOB_ROLE_CODES.join(', ')}`) });

export const usOutlookSchema = z
  .object({
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
  })
  .meta({ id: 'UsOutlook' });
export type UsOutlook = z.infer<typeof usOutlookSchema>;

export const occupationCodeSchema = z
  .object({
    system: z.string().describe('SOC2018, ONET, ISCO08, NOC2021, NOC2016, ANZSCO, UKSOC2020, UKSOC2010'),
    code: z.string().nullable().describe('null when no source confirms the mapping'),
    title: z.string(),
    sourceUrl: z.string().nullable(),
    confidence,
    note: z.string().optional(),
  })
  .meta({ id: 'OccupationCode' });

export const shortageFactSchema = z
  .object({
    region: z.string().describe('US, GB, CA or AU'),
    modality: z.string(),
    indicator: z.string().describe('vacancy-rate, shortfall, vacancies-filled, registrants, positions or statement'),
    fact: sourcedFactSchema,
    publisher: z.string(),
    statement: z.string().optional(),
  })
  .meta({ id: 'ShortageFact' });

export const jobRoleCredentialsSchema = z
  .object({
    jurisdiction: z.string().describe('us (every state), a state, a country or a province'),
    jurisdictionName: z.string().describe('the jurisdiction in words: "United States (every state)", "Texas"'),
    anyOf: z.array(z.array(z.string())).describe('any one of these sets of credential codes, each held in full'),
    note: z.string().optional(),
  })
  .meta({ id: 'JobRoleCredentials' });

export const jobRoleProfileSchema = z
  .object({
    code: jobRoleCodeSchema,
    title: z.string(),
    work: sourcedTextSchema,
    modalities: z.array(z.string()),
    patientCareAndTechnology: sourcedTextSchema,
    entryEducation: sourcedTextSchema,
    credentials: z.array(jobRoleCredentialsSchema),
    soc: z.string().nullable(),
    outlookNote: z.string().optional(),
    program: z.string().nullable().describe('the program discipline that leads to the role, if one does'),
    shortageModalities: z.array(z.string()),
    occupationCodes: z.array(occupationCodeSchema),
    usOutlook: usOutlookSchema.nullable(),
    shortage: z.array(shortageFactSchema),
  })
  .meta({ id: 'JobRoleProfile' });
export type JobRoleProfile = z.infer<typeof jobRoleProfileSchema>;
