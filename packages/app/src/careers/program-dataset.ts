import type { Deps } from '../deps.js';
import type { ProgramDataset, ProgramRow } from '../ports/index.js';
import type { ProgramImportCounts } from './program-import.js';

/** What loading a dataset did: skipped (the same file was loaded before), or the upsert counts. */
export type ProgramDatasetLoad = { readonly loaded: false } | { readonly loaded: true; readonly counts: ProgramImportCounts };

/**
 * Loads a data file shipped with the product (the programs reported to IPEDS) into the directory, in one
 * transaction. A file whose digest was already loaded is skipped with one read, so every start may call
 * this; a changed file updates its rows by id and rows it no longer has are left alone.
 *
 * @example
 * await loadProgramDataset(deps, { dataset: { name: 'ipeds-2023-24', digest, rows: 1725 }, programs }) // { loaded: true, counts: { inserted: 1725, … } }
 * await loadProgramDataset(deps, same) // { loaded: false }
 */
export async function loadProgramDataset(
  deps: Pick<Deps, 'store' | 'clock'>,
  input: { readonly dataset: ProgramDataset; readonly programs: readonly ProgramRow[] },
): Promise<ProgramDatasetLoad> {
  const at = deps.clock.now().toISOString();
  return deps.store.transaction(async (tx) => {
    if ((await tx.programs.datasetDigest(input.dataset.name)) === input.dataset.digest) return { loaded: false };
    const counts = { inserted: 0, updated: 0, unchanged: 0 };
    for (const program of input.programs) counts[await tx.programs.upsert(program, at)]++;
    await tx.programs.recordDataset(input.dataset, at);
    return { loaded: true, counts };
  });
}
