import { z } from 'zod';

/**
 * Time records (issue 12): clocking in and out at a clinical site, the instructor's exception queue, and
 * the hour-limit warnings (each with its source and a plain-words flag).
 */
const instant = z.iso.datetime({ offset: true, message: 'must be a date and time with its offset, e.g. 2026-09-07T15:30:00-05:00' });

export const geoPointSchema = z
  .strictObject({
    latitude: z.number('must be a number').min(-90, 'must be between -90 and 90').max(90, 'must be between -90 and 90'),
    longitude: z.number('must be a number').min(-180, 'must be between -180 and 180').max(180, 'must be between -180 and 180'),
  })
  .meta({ id: 'GeoPoint' });

/** `POST /api/v1/clinical/time/clock-in`. */
export const clockInSchema = z
  .strictObject({
    site: z.string('must be text').trim().min(1, 'must not be empty').max(100, 'must be at most 100 characters').describe('id of a site where you have a rotation today'),
    location: geoPointSchema.optional().describe('where the browser says you are (optional; checked against the site’s area)'),
  })
  .meta({ id: 'ClockIn' });

/** `POST /api/v1/clinical/time/clock-out`. */
export const clockOutSchema = z
  .strictObject({
    location: geoPointSchema.optional(),
    at: instant.optional().describe('only for a clock-out entered afterwards: when you left (not in the future); the record then needs the instructor’s decision'),
  })
  .meta({ id: 'ClockOut' });

/** `POST /api/v1/clinical/time/planned-shifts`. */
export const plannedShiftSchema = z
  .strictObject({
    site: z.string('must be text').trim().min(1, 'must not be empty').max(100, 'must be at most 100 characters'),
    startsAt: instant,
    endsAt: instant,
  })
  .meta({ id: 'NewPlannedShift' });

export const timeRecordParamsSchema = z.strictObject({ id: z.string().min(1).max(100) });

/** `POST /api/v1/clinical/time/exceptions/{id}/decision`. */
export const timeDecisionSchema = z
  .strictObject({
    decision: z.enum(['approved', 'rejected'], 'must be approved or rejected'),
    reason: z.string('must be text').trim().max(500, 'must be at most 500 characters').optional().describe('why, in words the student reads in the mail'),
  })
  .meta({ id: 'TimeDecision' });

const hhmm = z.string('must be a time').regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be a time of day as HH:MM, e.g. 18:00');

/** `PUT /api/v1/schools/{id}/time-settings`. */
export const timeSettingsInputSchema = z
  .strictObject({
    timeZone: z.string('must be text').trim().min(1, 'must not be empty').max(60, 'must be at most 60 characters').describe('e.g. America/Chicago: days and weeks are counted in it'),
    weeklyDidacticHours: z.number('must be a number').min(0, 'must be 0 or more').max(60, 'must be at most 60'),
    eveningStartsAt: hhmm,
    eveningEndsAt: hhmm,
    lateAfterMinutes: z.number('must be a number').int('must be a whole number of minutes').min(0, 'must be 0 or more').max(120, 'must be at most 120'),
  })
  .meta({ id: 'TimeSettingsChange' });

export const timeSettingsSchema = z
  .object({
    timeZone: z.string(),
    weeklyDidacticHours: z.number(),
    eveningStartsAt: z.string(),
    eveningEndsAt: z.string(),
    lateAfterMinutes: z.number(),
    stored: z.boolean().describe("false while Modality's defaults apply"),
    limits: z.array(z.object({ words: z.string(), sourceUrl: z.string(), effective: z.string(), confidence: z.string(), confidenceWords: z.string(), flag: z.string() })).readonly(),
    sites: z.array(z.object({ name: z.string(), areaSet: z.boolean() })).readonly().describe('location is checked only at a site whose area is set'),
  })
  .meta({ id: 'TimeSettings' });

const exceptionKind = z.enum(['off-site', 'late', 'missing-clock-out']);

export const timeRecordSchema = z
  .object({
    id: z.string(),
    site: z.object({ id: z.string(), name: z.string() }),
    clockInAt: z.string(),
    clockOutAt: z.string().nullable(),
    hours: z.number().nullable().describe('null while clocked in'),
    locationGiven: z.boolean(),
    exceptions: z.array(z.object({ kind: exceptionKind, words: z.string() })).readonly(),
    decision: z.object({ decision: z.enum(['approved', 'rejected']), byName: z.string(), at: z.string() }).nullable(),
  })
  .meta({ id: 'TimeRecord' });

export const hourWarningSchema = z
  .object({
    kind: z.enum(['daily-clinical-hours', 'weekly-clinical-and-didactic-hours', 'evening-weekend-share']),
    period: z.string().nullable().describe('the day, the week’s Monday, or null for the share over all hours'),
    value: z.number(),
    planned: z.boolean().describe('true when only planned shifts break the limit: a warning ahead of time'),
    message: z.string(),
    limit: z.object({ value: z.number(), sourceUrl: z.string(), effective: z.string(), confidence: z.string(), flag: z.string().describe('plain words: how sure the limit is') }),
  })
  .meta({ id: 'HourWarning' });

export const myTimeSchema = z
  .object({
    timeZone: z.string(),
    today: z.string(),
    sitesToday: z.array(z.object({ id: z.string(), name: z.string() })).readonly(),
    open: timeRecordSchema.nullable(),
    todayHours: z.number(),
    weekHours: z.number(),
    weeklyDidacticHours: z.number(),
    eveningWeekendShare: z.number(),
    records: z.array(timeRecordSchema).readonly(),
    warnings: z.array(hourWarningSchema).readonly(),
  })
  .meta({ id: 'MyTime' });

export const plannedShiftResultSchema = z.object({ id: z.string(), warnings: z.array(hourWarningSchema).readonly() }).meta({ id: 'PlannedShiftResult' });

export const timeExceptionSchema = timeRecordSchema.extend({ student: z.object({ name: z.string() }) }).meta({ id: 'TimeException' });
export const timeExceptionsSchema = z.object({ exceptions: z.array(timeExceptionSchema).readonly() }).meta({ id: 'TimeExceptions' });

export const schoolHourWarningsSchema = z
  .object({ students: z.array(z.object({ student: z.object({ name: z.string() }), warnings: z.array(hourWarningSchema).readonly() })).readonly() })
  .meta({ id: 'SchoolHourWarnings' });
