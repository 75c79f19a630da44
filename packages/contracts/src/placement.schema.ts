import { z } from 'zod';

/**
 * The clinical placement file of `modality place` (format `modality/placement@1`) and its result.
 *
 * ```jsonc
 * {
 *   "format": "modality/placement@1",
 *   "seed": 42,                        // optional (default 0): seeds the one shared tie order
 *   "tieOrder": ["s2", "s1"],          // optional: the shared tie order itself (every student once, first wins)
 *   "sites": [
 *     { "id": "mercy-ct", "capacity": 2,
 *       "priorities": { "s1": 3, "s2": 3 } }   // optional: higher = preferred by the site; missing = 0
 *   ],
 *   "students": [
 *     { "id": "s1", "preferences": ["mercy-ct", "st-luke"] }   // best first; each site at most once
 *   ]
 * }
 * ```
 * Equal priorities at a site are broken by the one shared tie order (single tie-breaking), never per site.
 */
export const PLACEMENT_FORMAT = 'modality/placement@1';
export const PLACEMENT_MODES = ['stable', 'optimal'] as const;
export type PlacementMode = (typeof PLACEMENT_MODES)[number];

const id = z.string('must be a non-empty string').min(1, 'must be a non-empty string');
const integer = (message: string) => z.number(message).int(message);

const placementSiteSchema = z.strictObject({
  id,
  capacity: integer('must be an integer ≥ 0').min(0, 'must be an integer ≥ 0'),
  priorities: z.record(z.string(), z.number('must be a number')).optional().describe('student id → priority; higher is preferred, missing is 0'),
});

const placementStudentSchema = z.strictObject({
  id,
  preferences: z.array(z.string('must be a site id'), 'must be an array of site ids').describe('site ids, best first, each at most once'),
});

/** Cross-references (ids that must exist, lists without repeats) are checked even when a field is wrong, so one run names every problem. */
const evenWithFieldErrors = { when: (payload: { value: unknown }) => typeof payload.value === 'object' && payload.value !== null };

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const ids = (list: unknown): unknown[] => (Array.isArray(list) ? list.map((x) => (isObject(x) ? x.id : undefined)) : []);

/** `modality/placement@1`: students' preferences over clinical sites with capacities and priorities. */
export const placementFileSchema = z
  .strictObject({
    format: z.literal(PLACEMENT_FORMAT, `must be "${PLACEMENT_FORMAT}"`),
    seed: integer('must be an integer').optional().describe('seeds the shared tie order (default 0)'),
    tieOrder: z.array(z.string(), 'must be an array of student ids').optional().describe('the shared tie order itself: every student once, first wins'),
    sites: z.array(placementSiteSchema, 'must be an array'),
    students: z.array(placementStudentSchema, 'must be an array'),
  })
  .superRefine((file: Record<string, unknown>, ctx) => {
    const siteIds = new Set<string>();
    ids(file.sites).forEach((s, t) => {
      if (typeof s !== 'string' || s === '') return;
      if (siteIds.has(s)) ctx.addIssue({ code: 'custom', path: ['sites', t, 'id'], message: `duplicate site "${s}"` });
      siteIds.add(s);
    });
    const studentIds = new Set<string>();
    ids(file.students).forEach((s, i) => {
      if (typeof s !== 'string' || s === '') return;
      if (studentIds.has(s)) ctx.addIssue({ code: 'custom', path: ['students', i, 'id'], message: `duplicate student "${s}"` });
      studentIds.add(s);
    });
    if (Array.isArray(file.students)) {
      file.students.forEach((s: unknown, i) => {
        if (!isObject(s) || !Array.isArray(s.preferences)) return;
        const seen = new Set<string>();
        s.preferences.forEach((p: unknown, j) => {
          if (typeof p !== 'string') return;
          if (!siteIds.has(p)) ctx.addIssue({ code: 'custom', path: ['students', i, 'preferences', j], message: `unknown site ${JSON.stringify(p)}` });
          else if (seen.has(p)) ctx.addIssue({ code: 'custom', path: ['students', i, 'preferences', j], message: `site "${p}" listed twice` });
          seen.add(p);
        });
      });
    }
    if (Array.isArray(file.sites)) {
      file.sites.forEach((s: unknown, t) => {
        if (!isObject(s) || !isObject(s.priorities)) return;
        for (const sid of Object.keys(s.priorities)) {
          if (!studentIds.has(sid)) ctx.addIssue({ code: 'custom', path: ['sites', t, 'priorities', sid], message: `unknown student ${JSON.stringify(sid)}` });
        }
      });
    }
    if (Array.isArray(file.tieOrder)) {
      const seen = new Set<string>();
      file.tieOrder.forEach((sid: unknown, r) => {
        if (typeof sid !== 'string') return;
        if (!studentIds.has(sid)) ctx.addIssue({ code: 'custom', path: ['tieOrder', r], message: `unknown student ${JSON.stringify(sid)}` });
        else if (seen.has(sid)) ctx.addIssue({ code: 'custom', path: ['tieOrder', r], message: `student "${sid}" listed twice` });
        seen.add(sid);
      });
      const students = Array.isArray(file.students) ? file.students.length : 0;
      if (file.tieOrder.length !== students) ctx.addIssue({ code: 'custom', path: ['tieOrder'], message: `must list every student exactly once (${students})` });
    }
  }, evenWithFieldErrors)
  .meta({ id: 'PlacementFile', description: 'Students, clinical sites and preferences (modality place FILE)' });
export type PlacementFile = z.output<typeof placementFileSchema>;

export const placementModeSchema = z.enum(PLACEMENT_MODES, `must be one of ${PLACEMENT_MODES.join(', ')}`);

export const placementReportSchema = z
  .object({
    students: z.number().int(),
    placed: z.number().int(),
    meanRank: z.number().describe('mean list position of the placed (0 = first choice)'),
    medianRank: z.number(),
    firstChoiceShare: z.number(),
    topThreeShare: z.number(),
    blockingPairs: z.number().int().describe('pairs that both prefer each other to what they have (0: stable)'),
    capacityViolations: z.number().int(),
  })
  .meta({ id: 'PlacementReport' });

/** What `modality place --json` prints. */
export const placementResultSchema = z
  .object({
    mode: placementModeSchema,
    report: placementReportSchema,
    assignments: z.array(z.object({ student: z.string(), site: z.string().nullable(), rank: z.number().int().nullable().describe('1 = first choice; null when unplaced') })),
  })
  .meta({ id: 'PlacementResult' });
export type PlacementResult = z.infer<typeof placementResultSchema>;
