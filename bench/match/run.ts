import type { CandidateRecord, Posting } from '@modality/matching';
import type { Answer, Peer } from './peer.js';
import { QUERY_CLASSES, queriesOf, type QueryClass, type QuerySet } from './queries.js';

/** One class as one peer ran it: the latency of every timed query (ms) and its answer. */
export interface ClassRun {
  queryClass: QueryClass;
  warmup: number;
  times: number[];
  answers: Answer[];
}

/** Everything measured for one peer in one process; checked against the reference afterwards. */
export interface PeerRun {
  peer: string;
  threads: number;
  settings: string;
  /** From the dataset files to ready to serve, ms. */
  loadMs: number;
  classes: ClassRun[];
  /** Peak resident memory, MB (see memory.ts for what each peer's figure covers), and before the load. */
  memory: { peakMb: number; baselineMb: number; method: string } | null;
  /** Engine-only figures (explanations, near-misses, updates, index bytes). */
  extras: Record<string, number>;
}

/**
 * Loads a peer and runs every class: the warm-up list, then the timed list with `process.hrtime.bigint()`
 * around each call (end to end, as the application would see it). Answers are kept for the check; a peer
 * that throws fails the whole run (the caller lets the error through).
 */
export async function runPeer(peer: Peer, dir: string, qs: QuerySet, k: number, log: (line: string) => void, server: (pids: number[]) => void = () => undefined): Promise<Omit<PeerRun, 'memory' | 'extras'>> {
  const t0 = performance.now();
  await peer.load(dir, server);
  const loadMs = performance.now() - t0;
  log(`${peer.name}: loaded in ${Math.round(loadMs)} ms (${peer.settings()})`);
  const classes: ClassRun[] = [];
  for (const cls of QUERY_CLASSES) {
    const ask = (q: Posting | CandidateRecord): Promise<Answer> => (cls === 'candidate-to-postings' ? peer.candidate(q as CandidateRecord, k) : peer.posting(q as Posting, k));
    const warm = queriesOf(qs.warmup, cls);
    for (const q of warm) await ask(q);
    const times: number[] = [];
    const answers: Answer[] = [];
    for (const q of queriesOf(qs.timed, cls)) {
      const s = process.hrtime.bigint();
      const a = await ask(q);
      times.push(Number(process.hrtime.bigint() - s) / 1e6);
      answers.push(a);
    }
    classes.push({ queryClass: cls, warmup: warm.length, times, answers });
    log(`${peer.name} ${cls}: ${times.length} timed after ${warm.length} warm-up, p50 ${percentile(times, 50).toFixed(3)} ms, p99 ${percentile(times, 99).toFixed(3)} ms`);
  }
  return { peer: peer.name, threads: peer.threads, settings: peer.settings(), loadMs, classes };
}

/** p-th percentile (0..100) by the nearest-rank method: with 200 samples p99 is the 198th smallest. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return 0;
  const s = [...values].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)] ?? 0;
}
