import { z } from 'zod';
import { postingParamsSchema, postingSchema } from './posting.schema.js';
import { candidateCardSchema } from './profile.schema.js';

const contributionsSchema = z
  .object({ experience: z.number(), distance: z.number(), pay: z.number(), procedures: z.number(), language: z.number() })
  .describe('what each criterion adds to the score; they sum to it');
const missingSchema = z.object({
  requirement: z.string().describe('the kind: credential, any-of, licence, modality, shift, start, work-authorisation, location'),
  says: z.string().describe('the requirement in words'),
  left: z.string().nullable().describe('what is left to meet it, when the record says'),
  route: z
    .object({
      title: z.string(),
      steps: z.array(z.string()),
      months: z.object({ min: z.number(), max: z.number() }).nullable(),
      cost: z.array(z.object({ min: z.number(), max: z.number(), currency: z.string() })),
      complete: z.boolean().describe('false when a step has no sourced time or cost: the totals are a floor'),
      says: z.string(),
    })
    .nullable()
    .describe("the planner's route to close a credential or licence gap, with its time and cost"),
});

export const rankingParamsSchema = postingParamsSchema;
export const rankingQuerySchema = z.strictObject({ k: z.coerce.number().int().min(1).max(200).default(50) });

/** The candidates of a posting, ranked and explained (no name, e-mail, phone or address: consent comes first). */
export const candidateRankingSchema = z
  .object({
    posting: z.object({ id: z.string(), title: z.string() }),
    totalQualified: z.number().int(),
    matches: z.array(z.object({ candidate: candidateCardSchema, score: z.number(), contributions: contributionsSchema })),
    nearMisses: z.array(z.object({ candidate: candidateCardSchema, score: z.number(), contributions: contributionsSchema, missing: missingSchema })),
    relaxations: z.array(z.object({ requirement: z.string(), says: z.string(), adds: z.number().int() })),
    unranked: z.string().nullable(),
  })
  .meta({ id: 'CandidateRanking' });

/** The postings a candidate qualifies for now, and those one requirement away. */
export const myMatchesSchema = z
  .object({
    matches: z.array(z.object({ posting: postingSchema, score: z.number(), contributions: contributionsSchema, missing: missingSchema.nullable() })),
    nearMisses: z.array(z.object({ posting: postingSchema, score: z.number(), contributions: contributionsSchema, missing: missingSchema.nullable() })),
  })
  .meta({ id: 'MyMatches' });
