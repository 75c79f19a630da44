import type { Deps } from '../deps.js';
import type { ProgramRow, ProgramUpsert } from '../ports/index.js';

/** How many programs an import inserted, updated, or found unchanged. */
export type ProgramImportCounts = Readonly<Record<ProgramUpsert, number>>;

/**
 * Imports validated programs into the directory as one transaction: all of them or none. A program is keyed
 * by its id (`accreditor:accreditorProgramId`), so importing the same rows again changes nothing.
 * `onProgress` is called after each program (for a progress bar).
 *
 * @example
 * await importPrograms(deps, { programs }) // { inserted: 9, updated: 0, unchanged: 0 }, then { inserted: 0, updated: 0, unchanged: 9 }
 */
export async function importPrograms(
  deps: Pick<Deps, 'store' | 'clock'>,
  input: { readonly programs: readonly ProgramRow[] },
  onProgress?: (done: number) => void,
): Promise<ProgramImportCounts> {
  const counts = { inserted: 0, updated: 0, unchanged: 0 };
  const at = deps.clock.now().toISOString();
  await deps.store.transaction(async (tx) => {
    for (const program of input.programs) {
      counts[await tx.programs.upsert(program, at)]++;
      onProgress?.(counts.inserted + counts.updated + counts.unchanged);
    }
  });
  return counts;
}
