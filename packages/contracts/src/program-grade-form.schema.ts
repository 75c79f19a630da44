import { z } from 'zod';
import { gradeFormSchema } from './clinical.schema.js';

/**
 * A program's own competency grade form (issue 12, docs/clinical.md): its criteria, each "must be met to pass"
 * or not. The route's params are `schoolParamsSchema`. An empty label, a label used twice and no criteria are
 * refused by the use case, which quotes the value.
 */
export const programGradeFormInputSchema = z
  .strictObject({
    criteria: z
      .array(
        z.strictObject({
          label: z.string('must be text').max(200, 'must be at most 200 characters').describe('what the signer checks, in words'),
          required: z.boolean('must be true or false').describe('must be met for the attempt to pass'),
        }),
        'must be a list of criteria',
      )
      .max(40, 'must have at most 40 criteria'),
  })
  .meta({ id: 'NewProgramGradeForm' });

/** `GET /api/v1/schools/{id}/grade-form`: the form the school's competency attempts are graded on now. */
export const programGradeFormSchema = z
  .object({
    school: z.object({ id: z.string(), name: z.string() }),
    usesDefault: z.boolean().describe("true when the school keeps no form of its own: attempts are graded on Modality's default form"),
    version: z.number().nullable().describe("the school's version number, 1 for its first save; null for the default"),
    updatedAt: z.string().nullable(),
    form: gradeFormSchema,
  })
  .meta({ id: 'ProgramGradeForm' });

export type NewProgramGradeForm = z.input<typeof programGradeFormInputSchema>;
export type ProgramGradeFormView = z.infer<typeof programGradeFormSchema>;
