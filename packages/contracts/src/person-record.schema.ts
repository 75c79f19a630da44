import {
  ARRT_CE_CATEGORIES,
  AWARDS,
  CE_KINDS,
  CREDENTIAL_STATUSES,
  DISCIPLINES,
  EDUCATION_KINDS,
  EXAM_RESULTS,
  PERSON_RECORD_FORMAT,
  PROGRAM_APPROVERS,
  isCalendarDate,
  type FieldIssue,
  type PersonRecord,
  type Result,
} from '@modality/domain';
import { isExamCode, isHoldableCredential } from '@modality/knowledge/codes';
import { z } from 'zod';
import { toFieldIssues } from './zod-issues.js';
import { verifiableCredentialSchema } from './verifiable-credential.schema.js';

/** `YYYY-MM-DD` that names a real day (2026-02-30 is rejected). */
export const calendarDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD')
  .refine(isCalendarDate, 'not a real calendar date')
  .meta({ format: 'date' });

const countrySchema = z.string().regex(/^[A-Z]{2}$/, 'expected an ISO 3166-1 alpha-2 country code, e.g. US');
const regionSchema = z
  .string()
  .regex(/^[a-z]{2}-[a-z0-9]{1,3}$/, 'expected an ISO 3166-2 code in lower case, e.g. us-tx');
const credentialCodeSchema = z
  .string()
  .refine(isHoldableCredential, { error: (issue) => `unknown credential code ${JSON.stringify(issue.input)} (see the credential catalogue)` });
const examCodeSchema = z.string().refine(isExamCode, { error: (issue) => `unknown examination code ${JSON.stringify(issue.input)}` });
const nonNegative = z.number().nonnegative();
/**
 * An amount of credit for one activity: more than zero, and at most `max` — a plausibility limit, not a
 * rule of any body: no single course, conference or college course is worth more, so a larger figure is a
 * typing slip (500 for 5.00). The refused figure is quoted back.
 */
const creditsFor = (unit: string, max: number) =>
  z
    .number()
    .refine((n) => n > 0, { error: (issue) => `${JSON.stringify(issue.input)} ${unit}: must be more than 0` })
    .refine((n) => n <= max, { error: (issue) => `${JSON.stringify(issue.input)} ${unit} is more than one activity can be worth (at most ${max}); check the figure` });
/**
 * Cross-field checks run even when a sibling field is already wrong, so that one response names every bad
 * field (zod would otherwise skip a refinement after the first error). They guard their own types.
 */
const evenWithFieldErrors = {
  when: (payload: { value: unknown }) => typeof payload.value === 'object' && payload.value !== null,
};
const text = (max: number) => z.string().trim().min(1, 'must not be empty').max(max);
/**
 * An entry's own key in its section (optional in v1): letters, digits, `_` and `-`. The record forms
 * address an entry by it; entries without one get one when the record is stored.
 */
export const entryIdSchema = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'expected an entry id: 1 to 64 letters, digits, _ or -');

/** Who the record is about: name, birth date, where they live. */
export const personInfoSchema = z.strictObject({
  id: text(64).optional(),
  name: text(200),
  birthDate: calendarDateSchema,
  country: countrySchema,
  region: regionSchema.optional(),
});

/** One programme or degree of the record. */
export const educationEntrySchema = z
  .strictObject({
    id: entryIdSchema.optional(),
    kind: z.enum(EDUCATION_KINDS),
    discipline: z.enum(DISCIPLINES),
    award: z.enum(AWARDS),
    country: countrySchema,
    approvedBy: z.array(z.enum(PROGRAM_APPROVERS)).optional(),
    startedOn: calendarDateSchema.optional(),
    completedOn: calendarDateSchema.optional(),
  })
  .superRefine((e, ctx) => {
    if (typeof e.startedOn === 'string' && typeof e.completedOn === 'string' && e.completedOn < e.startedOn) {
      ctx.addIssue({ code: 'custom', path: ['completedOn'], message: 'must not be before startedOn' });
    }
  }, evenWithFieldErrors);

/** One credential or licence held, with its number, dates and CE cycle. */
export const credentialEntrySchema = z
  .strictObject({
    id: entryIdSchema.optional(),
    credential: credentialCodeSchema,
    earnedOn: calendarDateSchema,
    number: text(64).optional(),
    cycle: z.strictObject({ start: calendarDateSchema, end: calendarDateSchema }).optional(),
    expiresOn: calendarDateSchema.optional(),
    status: z.enum(CREDENTIAL_STATUSES).optional(),
  })
  .superRefine((c, ctx) => {
    const cycle: unknown = c.cycle;
    if (
      typeof cycle === 'object' &&
      cycle !== null &&
      'start' in cycle &&
      'end' in cycle &&
      typeof cycle.start === 'string' &&
      typeof cycle.end === 'string' &&
      cycle.end < cycle.start
    ) {
      ctx.addIssue({ code: 'custom', path: ['cycle', 'end'], message: 'must not be before cycle.start' });
    }
  }, evenWithFieldErrors);

export const ceActivitySchema = z
  .strictObject({
    id: entryIdSchema.optional(),
    title: text(300),
    completedOn: calendarDateSchema,
    credits: creditsFor('credits', 100).optional(),
    category: z.enum(ARRT_CE_CATEGORIES).optional(),
    kind: z.enum(CE_KINDS).optional(),
    semesterCredits: creditsFor('semester credits', 30).optional(),
    quarterCredits: creditsFor('quarter credits', 45).optional(),
    topics: z
      .array(z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'expected a topic code like radiation-safety'))
      .optional(),
    contentCategory: text(120).optional(),
    forCredential: credentialCodeSchema.optional(),
  })
  .superRefine((a, ctx) => {
    const academic = a.kind === 'academic';
    if (academic) {
      if (a.semesterCredits === undefined && a.quarterCredits === undefined && a.credits === undefined) {
        ctx.addIssue({
          code: 'custom',
          path: ['semesterCredits'],
          message: 'an academic course needs semesterCredits or quarterCredits',
        });
      }
      if (a.semesterCredits !== undefined && a.quarterCredits !== undefined) {
        ctx.addIssue({
          code: 'custom',
          path: ['quarterCredits'],
          message: 'give semesterCredits or quarterCredits, not both',
        });
      }
    } else {
      if (a.credits === undefined) ctx.addIssue({ code: 'custom', path: ['credits'], message: 'required' });
      for (const key of ['semesterCredits', 'quarterCredits'] as const) {
        if (a[key] !== undefined)
          ctx.addIssue({ code: 'custom', path: [key], message: 'only for kind "academic"' });
      }
    }
  }, evenWithFieldErrors);

/** One clinical log entry. */
export const clinicalEntrySchema = z.strictObject({
  id: entryIdSchema.optional(),
  procedure: z
    .string()
    .regex(/^[a-z]+(-[a-z]+)*:[a-z0-9]+(-[a-z0-9]+)*$/, 'expected modality:procedure, e.g. ct:head'),
  performedOn: calendarDateSchema,
  count: z.number().int().positive().optional(),
  hours: nonNegative.optional(),
  verifiedBy: text(200).optional(),
  /** Added compatibly for the clinical log (issue 12): the day the entry was signed. */
  verifiedOn: calendarDateSchema.optional(),
  /** Added compatibly for the clinical log: what the student did. */
  role: z.enum(['observed', 'assisted', 'performed']).optional(),
  simulated: z.boolean().optional(),
  /** Added compatibly (issue 12): a competency attempt's grade, on the form (and version) it was graded on. */
  grade: z
    .strictObject({
      form: text(200),
      formVersion: z.number().int().positive().optional(),
      passed: z.boolean(),
      criteria: z.array(z.strictObject({ label: text(200), required: z.boolean(), met: z.boolean() })).min(1).max(40),
      comments: text(2000).optional(),
    })
    .optional(),
});

/** One examination: its window, the day it was taken and the result. */
export const examEntrySchema = z.strictObject({
  id: entryIdSchema.optional(),
  exam: examCodeSchema,
  windowStart: calendarDateSchema.optional(),
  takenOn: calendarDateSchema.optional(),
  result: z.enum(EXAM_RESULTS).optional(),
});

/**
 * The person record v1, exactly: unknown fields anywhere are rejected (except inside a received credential,
 * a W3C document kept verbatim), dates must be real days, codes must be in the catalogue. The lists are optional; an absent list and an empty one are kept apart so
 * that a record exports back to the same document.
 */
export const personRecordSchema = z
  .strictObject({
    format: z.literal(PERSON_RECORD_FORMAT),
    person: personInfoSchema,
    education: z.array(educationEntrySchema).max(200).optional(),
    credentials: z.array(credentialEntrySchema).max(500).optional(),
    ce: z.array(ceActivitySchema).max(10_000).optional(),
    clinical: z.array(clinicalEntrySchema).max(50_000).optional(),
    exams: z.array(examEntrySchema).max(500).optional(),
    verifiableCredentials: z.array(verifiableCredentialSchema).max(1000).optional(),
  })
  .superRefine((r, ctx) => {
    // An entry id names one entry of its section: a repeated one is refused where it repeats.
    for (const section of ['education', 'credentials', 'ce', 'clinical', 'exams'] as const) {
      const seen = new Set<string>();
      (r[section] ?? []).forEach((e: { id?: string | undefined }, i: number) => {
        if (e.id === undefined) return;
        if (seen.has(e.id)) ctx.addIssue({ code: 'custom', path: [section, i, 'id'], message: `${JSON.stringify(e.id)} is already the id of another entry of ${section}` });
        seen.add(e.id);
      });
    }
  })
  .meta({ id: 'PersonRecord', description: 'Portable person record, format modality/person-record@1' });

/**
 * Validates untrusted JSON as a person record.
 *
 * @returns the typed record, or every bad field with its path (`credentials[0].earnedOn: not a real calendar date`).
 * @example
 * const r = parsePersonRecord(JSON.parse(text));
 * if (!r.ok) for (const i of r.error) console.error(`${i.path}: ${i.message}`);
 */
export function parsePersonRecord(input: unknown): Result<PersonRecord, FieldIssue[]> {
  const parsed = personRecordSchema.safeParse(input);
  if (!parsed.success) return { ok: false, error: toFieldIssues(parsed.error.issues) };
  // Validated above; the zod output differs from PersonRecord only in the CalendarDate brand.
  return { ok: true, value: parsed.data as PersonRecord };
}
