import { readFile } from 'node:fs/promises';
import { deferredAcceptance, optimalPlacement, placementReport, seededPermutation, seededRng, type PlacementProblem, type PlacementReport } from '@modality/matching';
import { Command } from 'commander';
import { EXIT_BAD_INPUT, processIo, type Io } from '../cli-error.js';

/**
 * `modality place FILE [--mode stable|optimal] [--json]`: allocates students to clinical sites.
 *
 * FILE is JSON, format `modality/placement@1`:
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
export const MODES = ['stable', 'optimal'] as const;
export type PlacementMode = (typeof MODES)[number];

export interface PlaceOutcome {
  exitCode: number;
  stdout: string;
  stderr: string;
}

interface Parsed {
  problem: PlacementProblem;
  studentIds: string[];
  siteIds: string[];
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Validates the placement file; returns every problem found as `field: message`. */
export function parsePlacementInput(input: unknown): { ok: true; value: Parsed } | { ok: false; errors: string[] } {
  const errors: string[] = [];
  if (!isObject(input)) return { ok: false, errors: ['(root): must be a JSON object'] };
  if (input.format !== PLACEMENT_FORMAT) errors.push(`format: must be "${PLACEMENT_FORMAT}"`);
  const known = new Set(['format', 'seed', 'tieOrder', 'sites', 'students']);
  for (const k of Object.keys(input)) if (!known.has(k)) errors.push(`${k}: unknown field`);
  const seed = input.seed ?? 0;
  if (typeof seed !== 'number' || !Number.isInteger(seed)) errors.push('seed: must be an integer');
  const sites = input.sites;
  const students = input.students;
  if (!Array.isArray(sites)) errors.push('sites: must be an array');
  if (!Array.isArray(students)) errors.push('students: must be an array');
  if (!Array.isArray(sites) || !Array.isArray(students)) return { ok: false, errors };
  const siteIndex = new Map<string, number>();
  const capacity = new Int32Array(sites.length);
  sites.forEach((s: unknown, t) => {
    if (!isObject(s)) return errors.push(`sites[${t}]: must be an object`);
    if (typeof s.id !== 'string' || s.id === '') errors.push(`sites[${t}].id: must be a non-empty string`);
    else if (siteIndex.has(s.id)) errors.push(`sites[${t}].id: duplicate site "${s.id}"`);
    else siteIndex.set(s.id, t);
    if (typeof s.capacity !== 'number' || !Number.isInteger(s.capacity) || s.capacity < 0) errors.push(`sites[${t}].capacity: must be an integer ≥ 0`);
    else capacity[t] = s.capacity;
    if (s.priorities !== undefined && !isObject(s.priorities)) errors.push(`sites[${t}].priorities: must be an object of student id → number`);
    for (const k of Object.keys(s)) if (!['id', 'capacity', 'priorities'].includes(k)) errors.push(`sites[${t}].${k}: unknown field`);
    return 0;
  });
  const studentIndex = new Map<string, number>();
  students.forEach((s: unknown, i) => {
    if (!isObject(s)) return errors.push(`students[${i}]: must be an object`);
    if (typeof s.id !== 'string' || s.id === '') errors.push(`students[${i}].id: must be a non-empty string`);
    else if (studentIndex.has(s.id)) errors.push(`students[${i}].id: duplicate student "${s.id}"`);
    else studentIndex.set(s.id, i);
    if (!Array.isArray(s.preferences)) errors.push(`students[${i}].preferences: must be an array of site ids`);
    else {
      const seen = new Set<string>();
      s.preferences.forEach((p: unknown, j) => {
        if (typeof p !== 'string' || !siteIndex.has(p)) errors.push(`students[${i}].preferences[${j}]: unknown site ${JSON.stringify(p)}`);
        else if (seen.has(p)) errors.push(`students[${i}].preferences[${j}]: site "${p}" listed twice`);
        else seen.add(p);
      });
    }
    for (const k of Object.keys(s)) if (!['id', 'preferences'].includes(k)) errors.push(`students[${i}].${k}: unknown field`);
    return 0;
  });
  sites.forEach((s: unknown, t) => {
    if (!isObject(s) || !isObject(s.priorities)) return;
    for (const [sid, v] of Object.entries(s.priorities)) {
      if (!studentIndex.has(sid)) errors.push(`sites[${t}].priorities.${sid}: unknown student`);
      else if (typeof v !== 'number' || !Number.isFinite(v)) errors.push(`sites[${t}].priorities.${sid}: must be a number`);
    }
  });
  let tieOrder: Int32Array | null = null;
  if (input.tieOrder !== undefined) {
    if (!Array.isArray(input.tieOrder)) errors.push('tieOrder: must be an array of student ids');
    else {
      tieOrder = new Int32Array(students.length).fill(-1);
      const order = tieOrder;
      input.tieOrder.forEach((sid: unknown, r) => {
        const s = typeof sid === 'string' ? studentIndex.get(sid) : undefined;
        if (s === undefined) errors.push(`tieOrder[${r}]: unknown student ${JSON.stringify(sid)}`);
        else if ((order[s] ?? -1) >= 0) errors.push(`tieOrder[${r}]: student "${String(sid)}" listed twice`);
        else order[s] = r;
      });
      if (input.tieOrder.length !== students.length) errors.push(`tieOrder: must list every student exactly once (${students.length})`);
    }
  }
  if (errors.length > 0) return { ok: false, errors };
  const listStart = new Int32Array(students.length + 1);
  const flat: number[] = [];
  const prio: number[] = [];
  (students as { id: string; preferences: string[] }[]).forEach((s, i) => {
    for (const p of s.preferences) {
      const t = siteIndex.get(p) ?? 0;
      flat.push(t);
      const pr = (sites[t] as { priorities?: Record<string, number> }).priorities?.[s.id];
      prio.push(pr ?? 0);
    }
    listStart[i + 1] = flat.length;
  });
  return {
    ok: true,
    value: {
      problem: {
        students: students.length,
        sites: sites.length,
        capacity,
        listStart,
        listSite: Int32Array.from(flat),
        priority: Float64Array.from(prio),
        tieOrder: tieOrder ?? seededPermutation(students.length, seededRng(seed as number)),
      },
      studentIds: [...studentIndex.keys()],
      siteIds: [...siteIndex.keys()],
    },
  };
}

/**
 * Runs a placement on already-parsed JSON and renders the result (pure apart from the clock-free solvers).
 *
 * @example
 * runPlace(JSON.parse(text), { mode: 'stable', json: true }).stdout
 */
export function runPlace(input: unknown, opts: { mode: string; json: boolean }): PlaceOutcome {
  if (!(MODES as readonly string[]).includes(opts.mode)) return { exitCode: EXIT_BAD_INPUT, stdout: '', stderr: `--mode: must be one of ${MODES.join(', ')}` };
  const parsed = parsePlacementInput(input);
  if (!parsed.ok) return { exitCode: EXIT_BAD_INPUT, stdout: '', stderr: `Invalid placement file:\n${parsed.errors.map((e) => `  ${e}`).join('\n')}` };
  const { problem, studentIds, siteIds } = parsed.value;
  const placement = opts.mode === 'stable' ? deferredAcceptance(problem) : optimalPlacement(problem);
  const report = placementReport(problem, placement);
  const assignments = studentIds.map((id, s) => {
    const t = placement.siteOf[s] ?? -1;
    return { student: id, site: t >= 0 ? (siteIds[t] ?? null) : null, rank: t >= 0 ? (placement.rankOf[s] ?? 0) + 1 : null };
  });
  if (opts.json) return { exitCode: 0, stdout: JSON.stringify({ mode: opts.mode, report, assignments }), stderr: '' };
  return { exitCode: 0, stdout: summary(opts.mode, report, assignments), stderr: '' };
}

function summary(mode: string, r: PlacementReport, assignments: { student: string; site: string | null; rank: number | null }[]): string {
  const pct = (x: number): string => `${(100 * x).toFixed(1)} %`;
  const lines = [
    `Placement (${mode === 'stable' ? 'stable: student-proposing deferred acceptance' : 'optimal: most placed, then least total rank'})`,
    `  placed           ${r.placed} of ${r.students}`,
    `  mean choice      ${(r.meanRank + 1).toFixed(2)} (1 = first choice), median ${r.medianRank + 1}`,
    `  first choice     ${pct(r.firstChoiceShare)}, top three ${pct(r.topThreeShare)}`,
    `  blocking pairs   ${r.blockingPairs}${r.blockingPairs === 0 ? ' (stable)' : ' (not stable)'}`,
    `  over capacity    ${r.capacityViolations}`,
    '',
    ...assignments.map((a) => `  ${a.student} → ${a.site === null ? 'unplaced' : `${a.site} (choice ${a.rank})`}`),
  ];
  return lines.join('\n');
}

/** The `place` command; register it on the program. */
export function placeCommand(io: Io = processIo): Command {
  return new Command('place')
    .argument('<file>', `students, sites and preferences (JSON, format ${PLACEMENT_FORMAT})`)
    .description('Allocate students to clinical sites with capacities: stable (deferred acceptance) or welfare-optimal')
    .option('--mode <mode>', 'stable | optimal', 'stable')
    .option('--json', 'print the report and assignments as JSON')
    .addHelpText('after', '\nExit codes: 0 placed, 2 bad input (unreadable file, invalid JSON or fields — each bad field is named).')
    .action(async (file: string, opts: { mode: string; json?: boolean }) => {
      let input: unknown;
      try {
        input = JSON.parse(await readFile(file, 'utf8'));
      } catch (e) {
        io.err(`Cannot read ${file}: ${e instanceof Error ? e.message : String(e)}`);
        process.exitCode = EXIT_BAD_INPUT;
        return;
      }
      const out = runPlace(input, { mode: opts.mode, json: opts.json === true });
      if (out.stdout !== '') io.out(out.stdout);
      if (out.stderr !== '') io.err(out.stderr);
      if (out.exitCode !== 0) process.exitCode = out.exitCode;
    });
}
