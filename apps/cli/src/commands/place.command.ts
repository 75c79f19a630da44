import { placeStudents, type PlacementOutcome } from '@modality/app';
import { parseInput, PLACEMENT_FORMAT, PLACEMENT_MODES, placementFileSchema, placementModeSchema } from '@modality/contracts';
import { Command } from 'commander';
import { parseJsonText, readTextFile } from '../input/files.js';
import { issueLine, issueLines } from '../input/issue-lines.js';
import { processIo, type Io } from '../io.js';
import { commandAction, refused, succeeded, type CommandOutcome } from '../outcome.js';

/**
 * Runs a placement on already-parsed JSON (format `modality/placement@1`, see `placementFileSchema`) and
 * renders the result: every bad field of the file, or a bad `--mode`, is refused by name with its value.
 *
 * @example
 * runPlace(JSON.parse(text), { mode: 'stable', json: true }).stdout
 */
export function runPlace(input: unknown, opts: { readonly mode: string; readonly json: boolean }): CommandOutcome {
  const mode = parseInput(placementModeSchema, opts.mode);
  if (!mode.ok) return refused('invalid option', mode.error.map((i) => issueLine('--mode', i.message, opts.mode)));
  const file = parseInput(placementFileSchema, input);
  if (!file.ok) return refused('invalid placement file', issueLines(file.error, input));
  const placed = placeStudents({}, { problem: file.value, mode: mode.value });
  return succeeded(opts.json ? JSON.stringify(placed) : summary(placed));
}

function summary({ mode, report: r, assignments }: PlacementOutcome): string {
  const pct = (x: number): string => `${(100 * x).toFixed(1)} %`;
  const lines = [
    `Placement (${mode === 'stable' ? 'stable: student-proposing deferred acceptance' : 'optimal: most placed, then least total rank'})`,
    `  placed           ${r.placed} of ${r.students}`,
    `  mean choice      ${(r.meanRank + 1).toFixed(2)} (1 = first choice), median ${r.medianRank + 1}`,
    `  first choice     ${pct(r.firstChoiceShare)}, top three ${pct(r.topThreeShare)}`,
    `  blocking pairs   ${r.blockingPairs}${r.blockingPairs === 0 ? ' (stable)' : ' (not stable)'}`,
    `  over capacity    ${r.capacityViolations}`,
    '',
    ...assignments.map((a) => `  ${a.student} → ${a.site === null ? 'unplaced' : `${a.site} (choice ${a.rank ?? ''})`}`),
  ];
  return lines.join('\n');
}

/** `modality place FILE [--mode stable|optimal] [--json]`: allocates students to clinical sites. */
export function placeCommand(io: Io = processIo): Command {
  return new Command('place')
    .argument('<file>', `students, sites and preferences (JSON, format ${PLACEMENT_FORMAT})`)
    .description('Allocate students to clinical sites with capacities: stable (deferred acceptance) or welfare-optimal')
    .option('--mode <mode>', PLACEMENT_MODES.join(' | '), 'stable')
    .option('--json', 'print the report and assignments as JSON')
    .addHelpText(
      'after',
      `\nThe file: { "format": "${PLACEMENT_FORMAT}", "seed"?: integer, "tieOrder"?: [student ids], "sites": [{ "id", "capacity", "priorities"?: { student id: number } }], "students": [{ "id", "preferences": [site ids, best first] }] }.\nEqual priorities at a site are broken by one shared tie order (seeded, or given), never per site.\nExit codes: 0 placed, 2 bad input (unreadable file, invalid JSON or fields — each bad field is named).`,
    )
    .action(commandAction(io, async (file: string, opts: { mode: string; json?: boolean }) => runPlace(parseJsonText(file, await readTextFile(file)), { mode: opts.mode, json: opts.json === true })));
}
