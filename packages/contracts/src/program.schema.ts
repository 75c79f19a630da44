import { JURISDICTION_CODES } from '@modality/knowledge/codes';
import { z } from 'zod';

/**
 * One row of a program-directory CSV (`modality import programs FILE`). Header, in any order:
 * `accreditor,accreditor_program_id,name,institution,discipline,award,jurisdiction,city,length_months,url,demo,comment`.
 * A program's natural key is `accreditor` + `accreditor_program_id`: importing the same row again changes
 * nothing, a changed row updates the program.
 */
export const PROGRAM_DISCIPLINES = ['radiography', 'sonography', 'cardiac-sonography', 'vascular-sonography', 'nuclear-medicine', 'radiation-therapy', 'mri', 'ct', 'mammography', 'radiologist-assistant'] as const;
export const PROGRAM_AWARDS = ['certificate', 'associate', 'bachelor', 'master'] as const;
export const PROGRAM_ACCREDITORS = ['jrcert', 'caahep', 'jrcnmt', 'arrt', 'armrit', 'camrt', 'hcpc', 'ahpra', 'coru', 'other'] as const;
export const PROGRAM_CSV_COLUMNS = ['accreditor', 'accreditor_program_id', 'name', 'institution', 'discipline', 'award', 'jurisdiction', 'city', 'length_months', 'url', 'demo', 'comment'] as const;

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .transform((s) => (s === '' ? null : s));

export const programRowSchema = z
  .strictObject({
    accreditor: z.enum(PROGRAM_ACCREDITORS),
    accreditor_program_id: z.string().trim().min(1).max(60).regex(/^[A-Za-z0-9._-]+$/, 'letters, digits, dot, dash or underscore'),
    name: z.string().trim().min(1).max(200),
    institution: z.string().trim().min(1).max(200),
    discipline: z.enum(PROGRAM_DISCIPLINES),
    award: z.enum(PROGRAM_AWARDS),
    jurisdiction: z.string().trim().refine((j) => JURISDICTION_CODES.includes(j), { message: 'not a covered jurisdiction (us-xx, gb, ie, au or ca-xx)' }),
    city: optionalText(100),
    length_months: z
      .string()
      .trim()
      .transform((s, c) => {
        if (s === '') return null;
        if (!/^\d{1,3}$/.test(s) || Number(s) < 1) {
          c.addIssue({ code: 'custom', message: 'a whole number of months (1–999), or empty' });
          return z.NEVER;
        }
        return Number(s);
      }),
    url: optionalText(500).refine((u) => u === null || /^https?:\/\/\S+$/.test(u), { message: 'an http(s) address, or empty' }),
    demo: z.enum(['yes', 'no', '']).transform((d) => d === 'yes'),
    comment: optionalText(500),
  })
  .meta({ id: 'ProgramCsvRow' });
export type ProgramCsvRow = z.output<typeof programRowSchema>;

/** A stored program, as the API returns it. */
export const programSchema = z
  .object({
    id: z.string(),
    accreditor: z.string(),
    accreditorProgramId: z.string(),
    name: z.string(),
    institution: z.string(),
    discipline: z.string(),
    award: z.string(),
    jurisdiction: z.string(),
    city: z.string().nullable(),
    lengthMonths: z.number().int().nullable(),
    url: z.string().nullable(),
    demo: z.boolean(),
    comment: z.string().nullable(),
    outcome: z
      .object({
        awards: z.number().int().describe('awards (graduates) the program reported for the academic year'),
        academicYear: z.string(),
        publisher: z.string(),
        sourceUrl: z.string(),
      })
      .nullable()
      .describe('an outcome signal from the program data source (IPEDS); null when it has none'),
    accreditationDirectory: z
      .object({ body: z.string(), url: z.string() })
      .nullable()
      .describe("the discipline's accreditor directory, where accreditation is checked (never claimed from IPEDS)"),
  })
  .meta({ id: 'Program' });

export const programSearchQuerySchema = z.strictObject({
  discipline: z.enum(PROGRAM_DISCIPLINES).optional(),
  award: z.enum(PROGRAM_AWARDS).optional(),
  jurisdiction: z.string().max(10).optional(),
  accreditor: z.enum(PROGRAM_ACCREDITORS).optional(),
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

export const programPageSchema = z.object({ items: z.array(programSchema), nextCursor: z.string().nullable() }).meta({ id: 'ProgramPage' });
