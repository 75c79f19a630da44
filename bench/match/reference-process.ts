import { loadDataset } from './dataset.js';
import type { RefAnswer } from './check.js';
import type { QueryClass, QuerySet } from './queries.js';
import { computeReferences } from './references.js';

/** One share of the brute-force reference answers, in its own process (main.ts runs one per core). */
export interface ReferenceJob {
  dir: string;
  qs: QuerySet;
  k: number;
  part: number;
  parts: number;
}

export type ReferenceMessage = { type: 'result'; refs: Record<QueryClass, (RefAnswer | null)[]> } | { type: 'error'; message: string };

process.once('message', (job: ReferenceJob) => {
  try {
    const refs = computeReferences(loadDataset(job.dir), job.qs, job.k, job.part, job.parts);
    process.send?.({ type: 'result', refs } satisfies ReferenceMessage, () => process.disconnect());
  } catch (e) {
    process.send?.({ type: 'error', message: String(e) } satisfies ReferenceMessage, () => process.disconnect());
    process.exitCode = 1;
  }
});
