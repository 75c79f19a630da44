import { z } from 'zod';
import { calendarDateSchema } from './person-record.schema.js';

/**
 * Clinical sites and placement (issue 12, part 5): the program director keeps a school's sites, terms,
 * capacities and preceptors, runs placement and publishes the rotations; students rank sites and read
 * their rotations.
 */
const text = (max: number) => z.string('must be text').trim().min(1, 'must not be empty').max(max, `must be at most ${max} characters`);
const id = z.string().min(1).max(100);
const optionalText = (max: number) => z.string('must be text').trim().max(max, `must be at most ${max} characters`).nullable().optional();

export const schoolParamsSchema = z.strictObject({ id });
export const schoolSiteParamsSchema = z.strictObject({ id, siteId: id });
export const schoolPreceptorParamsSchema = z.strictObject({ id, siteId: id, preceptorId: id });
export const schoolSiteTermParamsSchema = z.strictObject({ id, siteId: id, termId: id });
export const schoolTermParamsSchema = z.strictObject({ id, termId: id });
export const schoolRunParamsSchema = z.strictObject({ id, runId: id });

const modalities = z.array(text(60), 'must be a list of modalities').max(20, 'must name at most 20 modalities');

/** `POST /api/v1/schools/{id}/sites`. */
export const newSiteSchema = z
  .strictObject({
    name: text(160),
    address: optionalText(200),
    city: optionalText(100),
    modalities: modalities.optional().describe('e.g. ["Radiography", "CT"]'),
  })
  .meta({ id: 'NewClinicalSite' });

/** `PATCH /api/v1/schools/{id}/sites/{siteId}`: only the fields given change. */
export const siteChangeSchema = z
  .strictObject({ name: text(160).optional(), address: optionalText(200), city: optionalText(100), modalities: modalities.optional() })
  .meta({ id: 'ClinicalSiteChange' });

export const newPreceptorSchema = z.strictObject({ name: text(120), credentials: text(60).describe('e.g. RT(R)(CT)') }).meta({ id: 'NewPreceptor' });

export const capacitySchema = z
  .strictObject({ capacity: z.number('must be a number').int('must be a whole number').min(0, 'must be 0 or more').max(500, 'must be at most 500') })
  .meta({ id: 'SiteCapacity' });

export const managedSiteSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    address: z.string().nullable(),
    city: z.string().nullable(),
    modalities: z.array(z.string()),
    preceptors: z.array(z.object({ id: z.string(), name: z.string(), credentials: z.string() })),
    capacities: z.array(z.object({ termId: z.string(), capacity: z.number().int() })).describe('places per term'),
    area: z
      .object({ latitude: z.number(), longitude: z.number(), radiusM: z.number() })
      .nullable()
      .describe('the circle a time punch is checked against (centre in degrees, radius in metres); null: not set, location is not checked'),
  })
  .meta({ id: 'ManagedClinicalSite' });

/** `PUT /api/v1/schools/{id}/sites/{siteId}/area`: the centre and radius; `{ "area": null }` clears it. */
export const siteAreaSchema = z
  .strictObject({
    area: z
      .strictObject({
        latitude: z.number('must be a number').min(-90, 'must be between -90 and 90').max(90, 'must be between -90 and 90'),
        longitude: z.number('must be a number').min(-180, 'must be between -180 and 180').max(180, 'must be between -180 and 180'),
        radiusM: z.number('must be a number').int('must be a whole number of metres').min(20, 'must be at least 20 metres').max(5000, 'must be at most 5000 metres'),
      })
      .nullable(),
  })
  .meta({ id: 'SiteAreaChange' });
export const managedSitesSchema = z.object({ sites: z.array(managedSiteSchema) }).meta({ id: 'ManagedClinicalSites' });

export const termSchema = z.object({ id: z.string(), name: z.string(), startsOn: z.string(), endsOn: z.string() }).meta({ id: 'ClinicalTerm' });
export const termsSchema = z.object({ terms: z.array(termSchema) }).meta({ id: 'ClinicalTerms' });
export const newTermSchema = z.strictObject({ name: text(80), startsOn: calendarDateSchema, endsOn: calendarDateSchema }).meta({ id: 'NewClinicalTerm' });

export const deletedSchema = z.object({ deleted: z.literal(true) }).meta({ id: 'Deleted' });

/** `PUT /api/v1/schools/{id}/terms/{termId}/ranking`: site ids, first choice first, each once. */
export const siteRankingInputSchema = z.strictObject({ sites: z.array(id, 'must be a list of site ids').max(100, 'must rank at most 100 sites') }).meta({ id: 'SiteRankingChange' });

export const siteRankingSchema = z
  .object({
    term: termSchema,
    sites: z.array(
      z.object({
        id: z.string(),
        name: z.string(),
        address: z.string().nullable(),
        city: z.string().nullable(),
        modalities: z.array(z.string()),
        preceptors: z.array(z.object({ name: z.string(), credentials: z.string() })),
      }),
    ),
    ranking: z.array(z.string()).describe('site ids, first choice first'),
  })
  .meta({ id: 'SiteRanking' });

export const placementRunInputSchema = z.strictObject({ mode: z.enum(['stable', 'optimal'], 'must be stable or optimal') }).meta({ id: 'PlacementRunRequest' });

export const placementRunSchema = z
  .object({
    id: z.string(),
    termId: z.string(),
    mode: z.enum(['stable', 'optimal']),
    createdAt: z.string(),
    publishedAt: z.string().nullable(),
    assignments: z.array(
      z.object({
        personId: z.string(),
        studentName: z.string(),
        siteId: z.string().nullable(),
        siteName: z.string().nullable(),
        rank: z.number().int().nullable().describe('1 = first choice; null when unplaced'),
        explanation: z.string(),
      }),
    ),
    report: z.object({
      students: z.number(),
      placed: z.number(),
      meanRank: z.number(),
      medianRank: z.number(),
      firstChoiceShare: z.number(),
      topThreeShare: z.number(),
      blockingPairs: z.number(),
      capacityViolations: z.number(),
    }),
  })
  .meta({ id: 'PlacementRun' });
export const placementRunsSchema = z.object({ runs: z.array(placementRunSchema) }).meta({ id: 'PlacementRuns' });

export const rotationSchema = z
  .object({
    id: z.string(),
    schoolName: z.string(),
    studentName: z.string(),
    site: z.object({ name: z.string(), address: z.string().nullable(), city: z.string().nullable(), modalities: z.array(z.string()) }),
    preceptors: z.array(z.object({ name: z.string(), credentials: z.string() })),
    startsOn: z.string(),
    endsOn: z.string(),
  })
  .meta({ id: 'ClinicalRotation' });

export const myPlacementSchema = z
  .object({
    terms: z.array(z.object({ schoolId: z.string(), schoolName: z.string(), term: termSchema })),
    rotations: z.array(rotationSchema),
  })
  .meta({ id: 'MyPlacement' });
