import { z } from 'zod';
import { importResultSchema } from './people.schema.js';
import {
  ceActivitySchema,
  clinicalEntrySchema,
  credentialEntrySchema,
  educationEntrySchema,
  entryIdSchema,
  examEntrySchema,
  personInfoSchema,
} from './person-record.schema.js';

/** The sections of a person record that the record forms change one entry at a time, as URL segments. */
export const RECORD_SECTIONS = ['credentials', 'education', 'exams', 'ce', 'clinical'] as const;
export type RecordSectionName = (typeof RECORD_SECTIONS)[number];

/** The contract of one entry of each section: the import's own, so a form and an import refuse alike. */
export const RECORD_ENTRY_SCHEMAS: Readonly<Record<RecordSectionName, z.ZodType>> = {
  credentials: credentialEntrySchema,
  education: educationEntrySchema,
  exams: examEntrySchema,
  ce: ceActivitySchema,
  clinical: clinicalEntrySchema,
};

/** A record's version (its digest, hex), as a change's result and the record's ETag give it. */
export const recordVersionSchema = z.string().regex(/^[0-9a-f]{1,128}$/, 'expected the record\'s version as a change printed it (hex digits)');

/** The command line's address of one entry: `modality record edit|delete PERSON SECTION ENTRY-ID`. */
export const recordEntryAddressSchema = z.strictObject({
  section: z.enum(RECORD_SECTIONS),
  entryId: entryIdSchema.optional(),
  ifMatch: recordVersionSchema.optional(),
});

/** `/people/{id}/{section}/{entryId}`: the entry's own id, as the exported record gives it. */
export const recordEntryParamsSchema = z.strictObject({
  id: z.string().min(1).max(64),
  entryId: entryIdSchema,
});

/**
 * `If-Match` on a change of one entry (optional): the record's version as `GET /people/{id}/record` gave it
 * in its `ETag` (or a change's `version`); a record changed since is a conflict (409).
 */
export const recordVersionHeadersSchema = z.object({
  'if-match': z
    .string()
    .regex(/^(W\/)?"[0-9a-f]{1,128}"$/, 'expected the record\'s ETag, e.g. "3fa9…"')
    .optional(),
});

/** The version an `If-Match` header names, without its quotes; undefined when there is none. */
export function versionOfIfMatch(header: string | undefined): string | undefined {
  return header === undefined ? undefined : header.replace(/^W\//, '').slice(1, -1);
}

/** What adding, changing or deleting one entry did: an import's outcome, and the entry's id. */
export const recordEntryResultSchema = importResultSchema
  .extend({ entryId: z.string() })
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
