import { z } from 'zod';
import { calendarDateSchema } from './person-record.schema.js';

/**
 * The clinical log (issue 12): the student's own entries, the sites open to them, progress against a
 * requirement set, and one-time sign-request links a technologist without an account signs from.
 */
const text = (max: number) => z.string('must be text').trim().min(1, 'must not be empty').max(max, `must be at most ${max} characters`);

/** `POST /api/v1/clinical/entries`: a procedure the student did. */
export const newClinicalEntrySchema = z
  .strictObject({
    procedure: text(80).describe('procedure code from the catalogue, e.g. `xr:chest-routine`'),
    performedOn: calendarDateSchema.describe('the day it was done (not in the future)'),
    site: text(80).describe('id of a clinical site open to you (`GET /api/v1/clinical/sites`)'),
    role: z.enum(['observed', 'assisted', 'performed'], 'must be one of observed, assisted, performed'),
    supervision: z.enum(['direct', 'indirect'], 'must be direct or indirect'),
  })
  .meta({ id: 'NewClinicalLogEntry' });

export const clinicalSiteSchema = z.object({ id: z.string(), name: z.string() }).meta({ id: 'ClinicalSite' });
export const clinicalSitesSchema = z.object({ sites: z.array(clinicalSiteSchema) }).meta({ id: 'ClinicalSites' });

export const clinicalLogEntrySchema = z
  .object({
    id: z.string(),
    procedure: z.string(),
    procedureName: z.string(),
    performedOn: z.string(),
    site: z.object({ id: z.string(), name: z.string() }),
    role: z.enum(['observed', 'assisted', 'performed']),
    supervision: z.enum(['direct', 'indirect']),
    loggedAt: z.string(),
    signedBy: z.object({ name: z.string(), arrtNumber: z.string(), signedAt: z.string() }).nullable().describe('who signed and when; null until signed'),
  })
  .meta({ id: 'ClinicalLogEntry' });

export const clinicalEntriesSchema = z.object({ entries: z.array(clinicalLogEntrySchema) }).meta({ id: 'ClinicalEntries' });

export const clinicalEntryParamsSchema = z.strictObject({ id: z.string().min(1).max(100) });

export const signRequestSchema = z.object({ url: z.string(), expiresAt: z.string() }).meta({ id: 'SignRequest' });

/** The token is the last path segment of the link; anything else is not a token. */
export const signTokenParamsSchema = z.strictObject({ token: z.string().regex(/^[A-Za-z0-9_-]{20,100}$/, 'not a sign-request link') });

export const signRequestViewSchema = z
  .object({ studentName: z.string(), entry: clinicalLogEntrySchema, expiresAt: z.string() })
  .meta({ id: 'SignRequestView' });

/** `POST /api/v1/sign/{token}`: the signer's statement. */
export const signatureSchema = z
  .strictObject({
    name: text(120).describe('your full name'),
    arrtNumber: text(20).describe('your ARRT ID number'),
    present: z.literal(true, 'must be true: you sign only a procedure you were physically present for'),
  })
  .meta({ id: 'Signature' });

const count = z.object({ value: z.number().nullable(), sourceUrl: z.string().nullable(), confidence: z.string() });
export const clinicalProgressQuerySchema = z.strictObject({ set: z.string().max(80).optional().describe('requirement set id (default: arrt-radiography-2017-iu)') });
export const clinicalProgressSchema = z
  .object({
    set: z.object({
      id: z.string(),
      name: z.string(),
      version: z.string(),
      flag: z.string().describe('plain words: why these counts may be wrong'),
      patientCare: count,
      mandatoryProcedures: count,
      electiveProcedures: count,
      electivePool: count,
      simulationCap: count,
      sectionMinimums: z.array(z.object({ section: z.string(), minimum: z.number() })).readonly(),
    }),
    progress: z.object({
      setId: z.string(),
      patientCare: z.object({ done: z.number(), required: z.number().nullable() }),
      imaging: z.object({ done: z.number(), required: z.number().nullable() }),
      sections: z.array(z.object({ section: z.string(), done: z.number(), minimum: z.number() })).readonly(),
      simulations: z.object({ counted: z.number(), cap: z.number().nullable(), capReached: z.boolean() }),
      missing: z.array(z.object({ code: z.string(), count: z.number().optional(), section: z.string().optional(), procedure: z.string().optional() })).readonly(),
      complete: z.boolean(),
    }),
  })
  .meta({ id: 'ClinicalProgress' });
