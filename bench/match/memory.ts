import { readFileSync } from 'node:fs';

/**
 * Memory figures from /proc, the same way for every peer:
 * - an in-process peer (engine, DuckDB, SQLite) runs alone in its own Node process, so its figure is that
 *   process's VmHWM (the kernel's peak resident set) — Node itself, the query lists, the load and the
 *   queries;
 * - PostgreSQL's work happens in server processes: the backend of the benchmark's connection and its
 *   parallel workers, sampled every 100 ms, with shared memory (shared_buffers pages) counted once.
 */

export type StatusField = 'VmRSS' | 'VmHWM' | 'RssAnon' | 'RssFile' | 'RssShmem';

/** Fields of /proc/<pid>/status in MB (0 when the process is gone). */
export function procStatus(pid: number | 'self' = 'self'): Record<StatusField, number> {
  const out: Record<StatusField, number> = { VmRSS: 0, VmHWM: 0, RssAnon: 0, RssFile: 0, RssShmem: 0 };
  let text: string;
  try {
    text = readFileSync(`/proc/${pid}/status`, 'utf8');
  } catch {
    return out;
  }
  for (const f of Object.keys(out) as StatusField[]) {
    const m = new RegExp(`${f}:\\s+(\\d+) kB`).exec(text);
    if (m !== null) out[f] = Number(m[1]) / 1024;
  }
  return out;
}

function readOr(path: string, fallback: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return fallback;
  }
}

/** Parallel workers serving backend `pid` (children of the postmaster titled "parallel worker for PID <pid>"). */
function parallelWorkers(postmaster: number, pid: number): number[] {
  const children = readOr(`/proc/${postmaster}/task/${postmaster}/children`, '').trim().split(/\s+/).filter((s) => s !== '').map(Number);
  return children.filter((c) => readOr(`/proc/${c}/cmdline`, '').includes(`parallel worker for PID ${pid}`));
}

/**
 * Samples the memory of PostgreSQL server processes: each sample sums, over the backends and their
 * parallel workers, private and file-backed resident memory, plus the largest shared-memory residency
 * (the shared buffers every process maps are counted once). `peakMb` also covers each backend's own
 * VmHWM (a peak between samples).
 */
export class ServerMemorySampler {
  private readonly pids: number[];
  private readonly postmasters: Map<number, number>;
  private timer: NodeJS.Timeout | null = null;
  private peak = 0;
  readonly firstMb: number;

  constructor(pids: readonly number[]) {
    this.pids = [...pids];
    this.postmasters = new Map(pids.map((p) => [p, Number(readOr(`/proc/${p}/stat`, '').replace(/^.*\) /, '').split(' ')[1] ?? 0)]));
    this.firstMb = this.sample();
  }

  private sample(): number {
    let own = 0;
    let shared = 0;
    for (const pid of this.pids) {
      for (const p of [pid, ...parallelWorkers(this.postmasters.get(pid) ?? 0, pid)]) {
        const s = procStatus(p);
        own += s.RssAnon + s.RssFile;
        shared = Math.max(shared, s.RssShmem);
      }
    }
    const total = own + shared;
    this.peak = Math.max(this.peak, total);
    return total;
  }

  start(): void {
    this.timer = setInterval(() => this.sample(), 100);
  }

  /** Stops sampling; the peak in MB. */
  stop(): number {
    if (this.timer !== null) clearInterval(this.timer);
    this.timer = null;
    this.sample();
    return Math.max(this.peak, ...this.pids.map((p) => procStatus(p).VmHWM));
  }
}
