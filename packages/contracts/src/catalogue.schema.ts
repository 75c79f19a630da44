import { CONFIDENCES, CREDENTIAL_KINDS, JURISDICTION_KINDS } from '@modality/knowledge/codes';
import { z } from 'zod';
import { calendarDateSchema } from './person-record.schema.js';

/**
 * `GET /api/v1/catalogue`: what a client needs to show codes as words — every credential of the
 * catalogue with its issuer, every covered jurisdiction, and the CE rules in force on `asOf` with the unit
 * each counts in. A client reads names and units here, never from the rule packs.
 */
export const catalogueQuerySchema = z.strictObject({
  asOf: calendarDateSchema.optional().describe('the day whose CE rules to list (default: today, UTC)'),
});
export type CatalogueQuery = z.infer<typeof catalogueQuerySchema>;

export const catalogueCredentialSchema = z
  .object({
    code: z.string().describe('body:code or jurisdiction:code, e.g. arrt:CT'),
    name: z.string().describe('e.g. ARRT Computed Tomography'),
    abbreviation: z.string().nullable().describe('letters after a name where the body defines them, e.g. R.T.(CT)'),
    kind: z.enum(CREDENTIAL_KINDS),
    holdable: z.boolean().describe('a person can hold it (every kind but examination)'),
    issuer: z.object({ code: z.string(), name: z.string().describe('the certifying body, or the jurisdiction whose regulator issues it') }),
  })
  .meta({ id: 'CatalogueCredential' });
export type CatalogueCredential = z.infer<typeof catalogueCredentialSchema>;

export const catalogueJurisdictionSchema = z
  .object({
    code: z.string().describe('lower-case ISO 3166: us-tx, gb, ie, au, ca-on'),
    name: z.string(),
    kind: z.enum(JURISDICTION_KINDS),
    country: z.string().describe('ISO 3166-1 alpha-2, upper case'),
  })
  .meta({ id: 'CatalogueJurisdiction' });
export type CatalogueJurisdiction = z.infer<typeof catalogueJurisdictionSchema>;

export const ceCycleRuleSchema = z
  .object({
    rule: z.string().describe('the rule id a verdict cycle names, e.g. arrt.ce.biennium'),
    credentials: z.array(z.string()),
    unit: z.string().describe('what the cycle counts, in words: credits, hours, CME credits, CPD credits, types of learning'),
    summary: z.string(),
    confidence: z.enum(CONFIDENCES),
  })
  .meta({ id: 'CeCycleRule' });
export type CeCycleRule = z.infer<typeof ceCycleRuleSchema>;

export const topicMinimumRuleSchema = z
  .object({
    rule: z.string(),
    credentials: z.array(z.string()),
    topic: z.string().describe('as a verdict names it in cycles[].minimums[].topic'),
    unit: z.string().nullable().describe('"courses" when the minimum counts activities; null when it counts in the unit of its cycle'),
    summary: z.string(),
    topics: z.array(z.string()).describe('activity topics that count towards it; empty when no topic tag can meet it'),
  })
  .meta({ id: 'TopicMinimumRule' });
export type TopicMinimumRule = z.infer<typeof topicMinimumRuleSchema>;

export const catalogueSchema = z
  .object({
    asOf: calendarDateSchema,
    credentials: z.array(catalogueCredentialSchema),
    jurisdictions: z.array(catalogueJurisdictionSchema),
    ceCycles: z.array(ceCycleRuleSchema).describe('CE/CPD cycle rules in force on asOf'),
    topicMinimums: z.array(topicMinimumRuleSchema).describe('topic minimums in force on asOf'),
  })
  .meta({ id: 'Catalogue', description: 'Credentials, jurisdictions and CE units in display words' });
export type Catalogue = z.infer<typeof catalogueSchema>;
