import { z } from 'zod';
import { importResultSchema } from './people.schema.js';
import { personInfoSchema } from './person-record.schema.js';

/** The sections of a person record that the record forms change one entry at a time, as URL segments. */
export const RECORD_SECTIONS = ['credentials', 'education', 'exams', 'ce', 'clinical'] as const;
export type RecordSectionName = (typeof RECORD_SECTIONS)[number];

/** `/people/{id}/{section}/{index}`: the entry's place in its section, counted from 0 as the record lists it. */
export const recordEntryParamsSchema = z.strictObject({
  id: z.string().min(1).max(64),
  index: z.coerce.number().int().min(0).max(50_000),
});

/** What adding or changing one entry did: an import's outcome, and where the entry now is in its section. */
export const recordEntryResultSchema = importResultSchema
  .extend({ index: z.number().int().min(0) })
  .meta({ id: 'RecordEntryResult' });
export type RecordEntryResult = z.infer<typeof recordEntryResultSchema>;

/** One question the CE form asks, because a rule of a credential the person holds counts the answer. */
export const ceQuestionSchema = z
  .object({
    question: z.string().describe('in the body\'s words, e.g. "Does it cover mammography?"'),
    topic: z.string().describe('the topic a "yes" adds to the activity'),
    matches: z.array(z.string()).describe('topics that already mean "yes" when an activity carries one'),
    credentials: z.array(z.string()).describe('display names of the credentials held that the answer counts for'),
  })
  .meta({ id: 'CeQuestion' });
export type CeQuestion = z.infer<typeof ceQuestionSchema>;

export const ceQuestionListSchema = z.object({ items: z.array(ceQuestionSchema) }).meta({ id: 'CeQuestionList' });

/** `PUT /people/{id}/person`: who the record is about; the record's own id is kept as it is. */
export const personDetailsSchema = personInfoSchema.omit({ id: true }).meta({ id: 'PersonDetails' });
