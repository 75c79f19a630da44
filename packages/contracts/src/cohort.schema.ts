import { z } from 'zod';
import { calendarDateSchema } from './person-record.schema.js';

/**
 * A school's cohort dashboard and its JRCERT program effectiveness figures (issue 12, docs/clinical.md), and
 * the director's note that a student left the program.
 */

const risk = z.object({ code: z.string(), words: z.string().describe('the reason, in plain words') });
export const cohortStudentSchema = z
  .object({
    userId: z.string().describe('the account, for recording that the student left'),
    name: z.string(),
    discipline: z.string().nullable(),
    programStartedOn: z.string().nullable(),
    expectedCompletionOn: z.string().nullable(),
    progress: z.object({ done: z.number(), required: z.number().nullable(), complete: z.boolean() }).nullable().describe('null when no requirement set covers the discipline'),
    signedEntries: z.number(),
    unsignedEntries: z.number(),
    lastEntryOn: z.string().nullable(),
    risks: z.array(risk).readonly(),
  })
  .meta({ id: 'CohortStudent' });

export const cohortSchema = z
  .object({
    school: z.string(),
    asOf: z.string(),
    requirementSet: z
      .object({
        name: z.string(),
        flag: z.string(),
        discipline: z.string().describe('the discipline the set is for; students of another discipline show no progress'),
        simulationCap: z.number().nullable().describe("the program's cap, else the set's; null: none set"),
        localRequirements: z.number().describe("how many requirements the program adds of its own"),
      })
      .describe("the set, cap and local requirements the program chose (Requirements page)"),
    rules: z.object({ defaultProgramMonths: z.number(), paceMargin: z.number(), examWindowDays: z.number(), quietDays: z.number(), unsignedDays: z.number() }).describe("Modality's own heuristics (not a regulation)"),
    students: z.array(cohortStudentSchema).readonly(),
  })
  .meta({ id: 'Cohort' });

const rate = z.object({ numerator: z.number(), denominator: z.number().describe('the sample size'), rate: z.number().nullable().describe('null: not enough data') });
const effectivenessYear = z.object({
  year: z.number(),
  passRate: rate,
  passPending: z.number(),
  noAttemptInWindow: z.number(),
  placementRate: rate,
  placementPending: z.number(),
  notSeeking: z.number(),
  completionRate: rate,
});
const definition = z.object({
  figure: z.string(),
  meaning: z.string(),
  monthsAfterGraduation: z.number().nullable(),
  years: z.number(),
  sourceUrl: z.string(),
  readOn: z.string(),
  confidence: z.string(),
  modalityChoices: z.array(z.string()).readonly().describe("what Modality chose where the source is silent (not JRCERT's words)"),
});
export const programEffectivenessSchema = z
  .object({
    school: z.string(),
    asOf: z.string(),
    figures: z.object({
      years: z.array(effectivenessYear).readonly(),
      fiveYear: z.object({ firstYear: z.number(), lastYear: z.number(), passRate: rate, placementRate: rate }),
    }),
    definitions: z.array(definition).readonly(),
    benchmark: z.object({ rate: z.number(), appliesTo: z.array(z.string()).readonly(), sourceUrl: z.string(), readOn: z.string(), confidence: z.string(), flag: z.string() }),
    leaversWithoutRecord: z.number(),
  })
  .meta({ id: 'ProgramEffectiveness' });

/** `POST /api/v1/schools/{id}/leavers`: a student graduated or withdrew (their membership ends). */
export const studentLeavingSchema = z
  .strictObject({
    userId: z.string().min(1).max(100).describe('the account of a current student of the school'),
    outcome: z.enum(['graduated', 'withdrew']),
    leftOn: calendarDateSchema,
    employedOn: calendarDateSchema.optional().describe('when the graduate started work, if known'),
    notSeeking: z.boolean().optional().describe('the graduate is not actively seeking employment'),
  })
  .meta({ id: 'StudentLeaving' });

export const studentLeftSchema = z.object({ outcome: z.enum(['graduated', 'withdrew']), leftOn: z.string() }).meta({ id: 'StudentLeft' });

export type Cohort = z.infer<typeof cohortSchema>;
export type CohortStudent = z.infer<typeof cohortStudentSchema>;
export type ProgramEffectiveness = z.infer<typeof programEffectivenessSchema>;
