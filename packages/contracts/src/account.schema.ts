import { z } from 'zod';
import { personRecordSchema } from './person-record.schema.js';
import { postprimaryEntrySchema } from './postprimary.schema.js';
import { PROFILE_VISIBILITY_VALUES, profileSchema } from './profile.schema.js';

const email = z.email('expected an e-mail address').max(254).transform((s) => s.toLowerCase());
const token = z.string().min(10, 'not a link this install sent').max(200);

/** `POST /api/v1/auth/password-reset`: mail me a reset link. */
export const passwordResetRequestBodySchema = z.strictObject({ email });
export type PasswordResetRequestBody = z.input<typeof passwordResetRequestBodySchema>;

/** `POST /api/v1/auth/password-reset/confirm`: the token from the mailed link and the new password. */
export const passwordResetBodySchema = z.strictObject({
  token,
  password: z.string().min(10, 'at least 10 characters').max(200),
});
export type PasswordResetBody = z.input<typeof passwordResetBodySchema>;

/** `POST /api/v1/auth/verify-email`: the token from the mailed link. */
export const verifyEmailBodySchema = z.strictObject({ token });
export type VerifyEmailBody = z.input<typeof verifyEmailBodySchema>;

/** The answer to a reset request: the same whether or not the address has an account. */
export const passwordResetRequestedSchema = z.object({ accepted: z.literal(true) }).meta({ id: 'PasswordResetRequested' });
export const passwordChangedSchema = z.object({ passwordChanged: z.literal(true), sessionsEnded: z.number().int() }).meta({ id: 'PasswordChanged' });
export const emailVerifiedSchema = z.object({ verified: z.literal(true) }).meta({ id: 'EmailVerified' });
export const verificationSentSchema = z.object({ sent: z.boolean().describe('false when the address is verified already') }).meta({ id: 'VerificationSent' });

/** One mail of the demo's local mailbox (`GET /api/v1/dev/mail`, demo only). */
export const mailboxMailSchema = z
  .object({
    to: z.string(),
    subject: z.string(),
    text: z.string(),
    status: z.enum(['pending', 'sent', 'dead']),
    createdAt: z.string(),
  })
  .meta({ id: 'MailboxMail' });
export const mailboxSchema = z.object({ mails: z.array(mailboxMailSchema) }).meta({ id: 'Mailbox' });
export type MailboxMail = z.infer<typeof mailboxMailSchema>;

/** One of the signed-in person's sessions (`GET /api/v1/me/sessions`). */
export const mySessionSchema = z
  .object({
    id: z.string().describe('names the session for ending it'),
    createdAt: z.string(),
    lastSeenAt: z.string().nullable().describe('recorded at most every few minutes'),
    userAgent: z.string().nullable().describe('what the browser or app called itself'),
    current: z.boolean().describe('the session of this request'),
  })
  .meta({ id: 'MySession' });
export const mySessionsSchema = z.object({ sessions: z.array(mySessionSchema) }).meta({ id: 'MySessions' });
export type MySession = z.infer<typeof mySessionSchema>;
export const sessionIdParamsSchema = z.strictObject({ id: z.string().min(1).max(64) });
export const sessionsEndedSchema = z.object({ ended: z.number().int() }).meta({ id: 'SessionsEnded' });

/** "Download my data" (`GET /api/v1/me/data`): the account, the record, and who read or changed it. */
export const myDataSchema = z
  .object({
    format: z.literal('modality/my-data@1'),
    exportedAt: z.string(),
    account: z.object({
      email: z.string(),
      name: z.string(),
      createdAt: z.string(),
      emailVerified: z.boolean(),
      platformAdmin: z.boolean(),
      memberships: z.array(z.object({ organisation: z.string(), role: z.string() })),
    }),
    record: personRecordSchema.nullable().describe('the person record (v1), as an import takes it back'),
    recordAccess: z
      .array(
        z.object({
          at: z.string(),
          by: z.string().describe('a name; "you"; or "an account since deleted"'),
          organisation: z.string().nullable().describe('the organisation they acted for'),
          what: z.string(),
        }),
      )
      .describe('who read or changed the record, and when, newest first (from the audit log)'),
    files: z
      .array(
        z.object({
          fileName: z.string(),
          mediaType: z.string(),
          size: z.number().int().describe('bytes'),
          uploadedAt: z.string(),
          contentBase64: z.string().describe('the file itself, base64'),
        }),
      )
      .describe('the files kept on the record (certificates, licence cards), whole'),
    jobSearch: z
      .object({
        profile: z
          .object({
            handle: z.string(),
            enabled: z.boolean(),
            visibility: z.enum(PROFILE_VISIBILITY_VALUES),
            preferences: profileSchema.shape.preferences,
            updatedAt: z.string(),
          })
          .nullable()
          .describe('the candidate profile, or null when none was made'),
        savedSearches: z.array(z.object({ says: z.string(), search: z.record(z.string(), z.union([z.string(), z.number()])), alertsSay: z.string(), createdAt: z.string() })),
        submissions: z
          .array(
            z.object({
              posting: z.string().describe("the posting's title"),
              organisation: z.string().describe('the organisation that asked, or whose posting was applied to'),
              kind: z.enum(['request', 'application']),
              status: z.enum(['pending', 'accepted', 'declined', 'withdrawn']),
              createdAt: z.string(),
              decidedAt: z.string().nullable(),
            }),
          )
          .describe('requests to represent you, and your own applications'),
      })
      .describe('your candidate profile, saved job searches, and requests and applications'),
    postprimaryLog: z
      .array(postprimaryEntrySchema.omit({ id: true, procedure: true, status: true }))
      .optional()
      .describe('your postprimary clinical experience log (CT, MR) by procedure name, with who verified and reviewed each entry'),
  })
  .meta({ id: 'MyData' });
export type MyData = z.infer<typeof myDataSchema>;

/** `DELETE /api/v1/me`: the account's password, to confirm. */
export const deleteAccountBodySchema = z.strictObject({ password: z.string().min(1, 'required').max(200) });
export const accountDeletedSchema = z.object({ deleted: z.literal(true) }).meta({ id: 'AccountDeleted' });

/** Which renewal reminders the person gets: days before each deadline (`GET/PUT /api/v1/me/reminders`). */
export const REMINDER_DAY_CHOICES = [90, 30, 7] as const;
export const reminderSettingsSchema = z
  .strictObject({
    days: z
      .array(z.union(REMINDER_DAY_CHOICES.map((d) => z.literal(d))))
      .max(3)
      .describe('any of 90, 30 and 7; empty for no reminders'),
  })
  .meta({ id: 'ReminderSettings' });
export type ReminderSettings = z.infer<typeof reminderSettingsSchema>;
