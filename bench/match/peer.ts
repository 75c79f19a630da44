import { readFileSync } from 'node:fs';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import type { CandidateRecord, Posting } from '@modality/matching';
import type { Dataset } from './dataset.js';

/** A ranked answer: ids best first, with their scores. */
export interface Answer {
  ids: number[];
  scores: number[];
}

/** One peer of the benchmark (plan §8.5): load the shared dataset, answer queries, report memory, close. */
export interface Peer {
  readonly name: string;
  load(ds: Dataset): Promise<void>;
  posting(p: Posting, k: number): Promise<Answer>;
  candidate(c: CandidateRecord, k: number): Promise<Answer>;
  /** Milliseconds of the last load when the peer times it itself (otherwise load() is timed whole). */
  readonly loadMs?: number;
  /** Peak resident memory attributable to the peer, MB (see each peer for what is counted). */
  peakRssMb(): number;
  close(): Promise<void>;
}

/** Reads a field of /proc/self/status (VmRSS, VmHWM) in MB. */
export function procStatusMb(field: 'VmRSS' | 'VmHWM', pid: number | 'self' = 'self'): number {
  try {
    const m = new RegExp(`${field}:\\s+(\\d+) kB`).exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m === null ? 0 : Number(m[1]) / 1024;
  } catch {
    return 0;
  }
}

/** Rows [id, score] from a driver into an Answer. */
export function toAnswer(rows: readonly { id: unknown; score: unknown }[]): Answer {
  return { ids: rows.map((r) => Number(r.id)), scores: rows.map((r) => Number(r.score)) };
}

let gc: (() => void) | null = null;

/** A full garbage collection (so RSS figures do not depend on when V8 last collected). */
export function collectGarbage(): void {
  if (gc === null) {
    setFlagsFromString('--expose-gc');
    gc = runInNewContext('gc') as () => void;
  }
  gc();
}
