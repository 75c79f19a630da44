import { z } from 'zod';
import { calendarDateSchema } from './person-record.schema.js';

/** Which entry of the record a file belongs to: a CE activity (by title and day) or a credential held. */
export const recordFileSubjectSchema = z
  .discriminatedUnion('section', [
    z.strictObject({ section: z.literal('ce'), title: z.string().trim().min(1).max(300), completedOn: calendarDateSchema }),
    z.strictObject({ section: z.literal('credentials'), credential: z.string().min(1).max(64) }),
  ])
  .meta({ id: 'RecordFileSubject' });

/**
 * `POST /people/{id}/files?…`: the file's bytes are the request body (any content type; the type is told
 * from the bytes), and the query names it and the entry it belongs to.
 */
export const recordFileUploadQuerySchema = z
  .strictObject({
    name: z.string().trim().min(1, 'must not be empty').max(255),
    section: z.enum(['ce', 'credentials']),
    title: z.string().trim().min(1).max(300).optional(),
    completedOn: calendarDateSchema.optional(),
    credential: z.string().min(1).max(64).optional(),
  })
  .superRefine((q, ctx) => {
    if (q.section === 'ce') {
      if (q.title === undefined) ctx.addIssue({ code: 'custom', path: ['title'], message: 'required for a CE certificate' });
      if (q.completedOn === undefined) ctx.addIssue({ code: 'custom', path: ['completedOn'], message: 'required for a CE certificate' });
    } else if (q.credential === undefined) ctx.addIssue({ code: 'custom', path: ['credential'], message: 'required for a licence or credential card' });
  });
export type RecordFileUploadQuery = z.infer<typeof recordFileUploadQuerySchema>;

/** A file kept on a person's record (its bytes at `GET /people/{id}/files/{fileId}`). */
export const recordFileSchema = z
  .object({
    id: z.string(),
    subject: recordFileSubjectSchema,
    fileName: z.string(),
    mediaType: z.enum(['application/pdf', 'image/png', 'image/jpeg']),
    size: z.number().int().positive(),
    createdAt: z.string(),
  })
  .meta({ id: 'RecordFile' });
export type RecordFile = z.infer<typeof recordFileSchema>;

export const recordFileListSchema = z.object({ items: z.array(recordFileSchema) }).meta({ id: 'RecordFileList' });

export const recordFileParamsSchema = z.strictObject({ id: z.string().min(1).max(64), fileId: z.string().min(1).max(64) });
