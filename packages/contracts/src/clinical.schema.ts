import { z } from 'zod';
import { REQUIREMENT_SET_DISCIPLINES } from '@modality/knowledge/codes';
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
    repeat: z.boolean('must be true or false').optional().describe('a repeat of a competency: always under direct supervision (default false)'),
    competency: z
      .boolean('must be true or false')
      .optional()
      .describe('a competency attempt: performed under direct supervision, graded on a form by the signer (default false)'),
    simulated: z
      .boolean('must be true or false')
      .optional()
      .describe('shown in a simulation, not on a patient: counts only within the simulation cap of your program (default false)'),
  })
  .meta({ id: 'NewClinicalLogEntry' });

/** `PATCH /api/v1/clinical/entries/{id}`: change your unsigned entry; a field left out stays as it is. */
export const clinicalEntryEditSchema = z
  .strictObject({
    procedure: text(80).optional().describe('procedure code from the catalogue'),
    performedOn: calendarDateSchema.optional().describe('the day it was done (not in the future)'),
    site: text(80).optional().describe('id of a clinical site open to you'),
    role: z.enum(['observed', 'assisted', 'performed'], 'must be one of observed, assisted, performed').optional(),
    supervision: z.enum(['direct', 'indirect'], 'must be direct or indirect').optional(),
    repeat: z.boolean('must be true or false').optional(),
    competency: z.boolean('must be true or false').optional(),
    simulated: z.boolean('must be true or false').optional(),
  })
  .meta({ id: 'ClinicalLogEntryEdit' });

/** The signer's grade of a competency attempt: each criterion of the form met or not, and comments. */
export const competencyGradeInputSchema = z
  .strictObject({
    criteria: z
      .array(z.strictObject({ code: text(60).describe('a criterion of the form'), met: z.boolean('must be true or false') }), 'must be a list of criteria')
      .max(40, 'must have at most 40 criteria'),
    comments: z.string('must be text').trim().max(2000, 'must be at most 2000 characters').optional(),
    form: text(80).optional().describe("the id of the form the signer filled in (gradeForm.id); refused when the program's form changed since"),
  })
  .meta({ id: 'CompetencyGradeInput' });

export const gradeFormSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    note: z.string().describe("plain words: whose form this is (Modality's default, not a regulation, or the program's own and its version)"),
    criteria: z.array(z.object({ code: z.string(), label: z.string(), required: z.boolean() })).readonly(),
  })
  .meta({ id: 'CompetencyGradeForm' });

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
    repeat: z.boolean(),
    competencyAttempt: z.boolean().describe('a competency attempt: graded on a form when signed'),
    simulated: z.boolean().describe('shown in a simulation, not on a patient: counts only within the simulation cap'),
    loggedAt: z.string(),
    editedAt: z.string().nullable().describe('when the student last changed it (only while unsigned)'),
    grade: z
      .object({
        formName: z.string(),
        criteria: z.array(z.object({ code: z.string(), label: z.string(), met: z.boolean() })).readonly(),
        passed: z.boolean().describe('false when a required criterion was not met: the attempt does not count toward progress'),
        comments: z.string().nullable(),
      })
      .nullable()
      .describe('the grade of a signed competency attempt, signed with it and never changed; null otherwise'),
    signedBy: z
      .object({
        name: z.string(),
        arrtNumber: z.string().nullable().describe('the signer\'s ARRT number; null when a clinical instructor signed in the app without giving one'),
        signedAt: z.string(),
        how: z.enum(['link', 'in-app']).describe('from a one-time link (a technologist without an account) or in the app (a clinical instructor or program director)'),
      })
      .nullable()
      .describe('who signed and when; null until signed'),
  })
  .meta({ id: 'ClinicalLogEntry' });

export const clinicalEntriesSchema = z.object({ entries: z.array(clinicalLogEntrySchema) }).meta({ id: 'ClinicalEntries' });

/** `GET /api/v1/clinical/entries/{id}`: the entry with its history in words. */
export const clinicalEntryWithHistorySchema = clinicalLogEntrySchema
  .extend({
    history: z.array(
      z.object({
        at: z.string(),
        what: z.enum(['created', 'edited', 'link-sent', 'link-withdrawn', 'signed']),
        words: z.string().describe('who did what and when, in words'),
      }),
    ),
  })
  .meta({ id: 'ClinicalLogEntryWithHistory' });

export const clinicalEntryParamsSchema = z.strictObject({ id: z.string().min(1).max(100) });

/** `POST /api/v1/clinical/entries/{id}/sign-requests`: optionally, the technologist's address to mail the link to. */
export const newSignRequestSchema = z
  .strictObject({
    email: z.email('must be an e-mail address').max(254, 'must be at most 254 characters').optional().describe("the technologist's e-mail address: the link is mailed there"),
  })
  .meta({ id: 'NewSignRequest' });

export const signRequestSchema = z
  .object({ url: z.string(), expiresAt: z.string(), mailedTo: z.string().nullable().describe('the address the link was mailed to, if any') })
  .meta({ id: 'SignRequest' });

/** `POST /api/v1/clinical/entries/{id}/sign`: a clinical instructor or program director signs in the app. */
export const instructorSignatureSchema = z
  .strictObject({
    present: z.literal(true, 'must be true: you sign only a procedure you were physically present for or supervised'),
    arrtNumber: text(20).optional().describe('your ARRT ID number (optional)'),
    grade: competencyGradeInputSchema.optional().describe('required when the entry is a competency attempt, refused otherwise'),
  })
  .meta({ id: 'InstructorSignature' });

/** An unsigned entry of a student of one of the caller's schools, for in-app sign-off. */
export const entryToSignSchema = z
  .object({ studentName: z.string(), schoolName: z.string(), entry: clinicalLogEntrySchema, gradeForm: gradeFormSchema.nullable().describe('the form to fill in for a competency attempt') })
  .meta({ id: 'ClinicalEntryToSign' });
export const entriesToSignSchema = z.object({ entries: z.array(entryToSignSchema) }).meta({ id: 'ClinicalEntriesToSign' });

/** The token is the last path segment of the link; anything else is not a token. */
export const signTokenParamsSchema = z.strictObject({ token: z.string().regex(/^[A-Za-z0-9_-]{20,100}$/, 'not a sign-request link') });

export const signRequestViewSchema = z
  .object({ studentName: z.string(), entry: clinicalLogEntrySchema, expiresAt: z.string(), gradeForm: gradeFormSchema.nullable().describe('the form to fill in for a competency attempt') })
  .meta({ id: 'SignRequestView' });

/** `POST /api/v1/sign/{token}`: the signer's statement. */
export const signatureSchema = z
  .strictObject({
    name: text(120).describe('your full name'),
    arrtNumber: text(20).describe('your ARRT ID number'),
    present: z.literal(true, 'must be true: you sign only a procedure you were physically present for'),
    grade: competencyGradeInputSchema.optional().describe('required when the entry is a competency attempt, refused otherwise'),
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
      discipline: z.string(),
      effectiveFrom: z.string().nullable().describe('the first day this version is in force; null: the source gives no date'),
      sourceUrl: z.string(),
      confidence: z.string(),
      document: z.object({ body: z.string(), title: z.string(), url: z.string() }).describe("the registry's own document, to read where a count is not confirmed here"),
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
    evaluation: z
      .object({
        done: z.array(z.string()).readonly().describe('what is done, in words'),
        missing: z.array(z.string()).readonly().describe('what is still missing, in words'),
        unknown: z.array(z.string()).readonly().describe('counts not confirmed here, with the registry document to read'),
        simulations: z.object({ counted: z.number(), cap: z.number().nullable(), capReached: z.boolean(), sentence: z.string() }),
        complete: z.boolean(),
        summary: z.string(),
      })
      .describe("the rules engine's verdict on every requirement of the set and the program"),
    program: z.object({
      school: z.string().nullable(),
      simulationCap: z.number().nullable().describe("the program's own cap; null: the set's"),
      localRequirements: z.array(z.object({ label: z.string() })).readonly().describe("requirements the program adds, in words"),
      setIsProgramChoice: z.boolean(),
    }),
  })
  .meta({ id: 'ClinicalProgress' });

/** `GET /api/v1/clinical/procedures?discipline=`: whose list, for a discipline other than the student's own. */
export const procedureCatalogueQuerySchema = z.strictObject({
  discipline: z.enum(REQUIREMENT_SET_DISCIPLINES).optional().describe("a discipline's list (default: the signed-in student's program's discipline)"),
});

/** `GET /api/v1/clinical/procedures`: the procedures of one discipline's list, its sections, and whose list it is, in words. */
export const procedureCatalogueSchema = z
  .object({
    discipline: z.enum(REQUIREMENT_SET_DISCIPLINES),
    name: z.string().describe('the list in words'),
    listSource: z.enum(['modality', 'registry']).describe("modality: Modality's own list, not a registry's (said so in note)"),
    sourceUrl: z.string().nullable().describe("the registry's page a registry's list copies; null for Modality's own"),
    note: z.string().describe('whose list this is, in plain words'),
    procedures: z.array(z.object({ code: z.string(), name: z.string(), section: z.string() })),
    sections: z.array(z.object({ code: z.string(), name: z.string() })),
  })
  .meta({ id: 'ClinicalProcedureCatalogue' });
