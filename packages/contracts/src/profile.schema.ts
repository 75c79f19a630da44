import { IMAGING_MODALITIES, PAY_UNITS, WORK_SHIFTS } from '@modality/domain';
import { z } from 'zod';
import { calendarDateSchema } from './person-record.schema.js';

/** Who may find a profile once it is on. */
export const PROFILE_VISIBILITY_VALUES = ['all-recruiters', 'employers-only', 'hidden'] as const;

const placeSchema = z.strictObject({
  near: z.string().trim().min(1, 'must not be empty').max(200).describe('a US ZIP code or "City, ST"'),
  radiusKm: z.number().int().min(1).max(1000).default(50),
});

/** A change to one's own candidate profile (`PUT /api/v1/me/profile`); absent fields stay as they are. */
export const updateProfileBodySchema = z
  .strictObject({
    enabled: z.boolean().optional().describe('off until you turn it on'),
    visibility: z.enum(PROFILE_VISIBILITY_VALUES).optional().describe('all recruiters; employers only (no agencies); or hidden'),
    preferences: z
      .strictObject({
        places: z.array(placeSchema).max(10).optional(),
        relocate: z.boolean().optional(),
        travel: z.boolean().optional(),
        shifts: z.array(z.enum(WORK_SHIFTS)).max(5).optional(),
        payFloor: z.strictObject({ amount: z.number().positive().max(10_000_000), unit: z.enum(PAY_UNITS) }).nullable().optional(),
        startDate: calendarDateSchema.nullable().optional(),
        workAuthorisation: z.array(z.string().regex(/^[A-Z]{2}$/, 'expected an ISO 3166-1 alpha-2 country code, e.g. US')).max(20).optional().describe('countries where you may work without a visa sponsor'),
      })
      .optional(),
  })
  .meta({ id: 'UpdateProfile' });

const yearsSchema = z.partialRecord(z.enum(IMAGING_MODALITIES), z.number().int());

/** One's own profile, as its owner sees it. */
export const profileSchema = z
  .object({
    enabled: z.boolean(),
    visibility: z.enum(PROFILE_VISIBILITY_VALUES),
    handle: z.string().describe('the name recruiters see until you accept a request'),
    preferences: z.object({
      places: z.array(z.object({ label: z.string(), region: z.string(), country: z.string(), lat: z.number(), lon: z.number(), radiusKm: z.number() })),
      relocate: z.boolean(),
      travel: z.boolean(),
      shifts: z.array(z.enum(WORK_SHIFTS)),
      payFloor: z.object({ amount: z.number(), unit: z.enum(PAY_UNITS) }).nullable(),
      startDate: z.string().nullable(),
      workAuthorisation: z.array(z.string()),
    }),
    credentials: z.object({
      held: z.array(z.object({ code: z.string(), name: z.string(), earnedOn: z.string(), status: z.string() })),
      inProgress: z.array(
        z.object({
          code: z.string(),
          name: z.string(),
          eligible: z.boolean(),
          remaining: z.array(z.object({ what: z.string(), need: z.number(), have: z.number(), unit: z.string() })),
        }),
      ),
    }),
    years: yearsSchema.describe('whole years in each modality, from the first credential earned in it'),
    updatedAt: z.string(),
  })
  .meta({ id: 'CandidateProfile' });

/** What a recruiter sees of a candidate before consent: no name, e-mail, phone or address. */
export const candidateCardSchema = z
  .object({
    handle: z.string(),
    place: z.string().describe('city level'),
    held: z.array(z.object({ code: z.string(), name: z.string() })),
    inProgress: z.array(z.object({ code: z.string(), name: z.string(), eligible: z.boolean() })),
    years: yearsSchema,
    relocate: z.boolean(),
    travel: z.boolean(),
  })
  .meta({ id: 'CandidateCard' });
