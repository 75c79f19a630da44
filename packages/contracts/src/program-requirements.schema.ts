import { PROCEDURE_SECTIONS } from '@modality/knowledge/codes';
import { z } from 'zod';

/**
 * A program's requirement settings (issue 12, docs/clinical.md): the requirement set and version it follows,
 * its own simulation cap and the requirements it adds. The route's params are `schoolParamsSchema`.
 */
/** A requirement the program adds to its set (labelled as the program's own on every page). */
const localRequirement = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('procedure'), procedure: z.string().min(1).max(80).describe('a procedure code of GET /api/v1/clinical/procedures') }),
  z.strictObject({ kind: z.literal('section'), section: z.enum(PROCEDURE_SECTIONS), minimum: z.number().int('must be a whole number').min(1, 'must be at least 1').max(100, 'must be at most 100') }),
]);

/** `PUT /api/v1/schools/{id}/requirements`: the set and version the program follows, its cap and its local requirements. */
export const programRequirementsInputSchema = z
  .strictObject({
    set: z.string().min(1).max(80).describe('a requirement set id from GET …/requirements'),
    simulationCap: z
      .number()
      .int('must be a whole number')
      .min(0, 'must be 0 or more')
      .max(1000, 'must be at most 1000')
      .nullable()
      .describe("the program's own cap on simulated competencies, no more than the set's; null: the set's cap"),
    localRequirements: z.array(localRequirement).max(50, 'must name at most 50 requirements'),
  })
  .meta({ id: 'NewProgramRequirements' });

const count = z.object({ value: z.number().nullable(), sourceUrl: z.string().nullable(), confidence: z.string() });
/** `GET /api/v1/schools/{id}/requirements`: the program's choices and the sets it may choose from. */
export const programRequirementsSchema = z
  .object({
    school: z.object({ id: z.string(), name: z.string() }),
    setId: z.string(),
    simulationCap: z.number().nullable(),
    localRequirements: z
      .array(
        z.object({
          kind: z.enum(['procedure', 'section']),
          procedure: z.string().optional(),
          section: z.string().optional(),
          minimum: z.number().optional(),
          label: z.string().describe('in words'),
        }),
      )
      .readonly(),
    updatedAt: z.string().nullable(),
    sets: z
      .array(
        z.object({
          id: z.string(),
          name: z.string(),
          discipline: z.string(),
          version: z.string(),
          effectiveFrom: z.string().nullable(),
          sourceUrl: z.string(),
          confidence: z.string(),
          document: z.object({ body: z.string(), title: z.string(), url: z.string() }),
          simulationCap: count,
          largestProgramCap: z.number().nullable().describe("the largest cap a program may set; null: the set sets no limit"),
          flag: z.string().describe('plain words: why these counts may be wrong'),
        }),
      )
      .readonly(),
  })
  .meta({ id: 'ProgramRequirements' });

export type NewProgramRequirements = z.input<typeof programRequirementsInputSchema>;
export type ProgramRequirementsView = z.infer<typeof programRequirementsSchema>;
