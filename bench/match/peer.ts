import type { CandidateRecord, Posting } from '@modality/matching';

/** A ranked answer: ids best first, with their scores. */
export interface Answer {
  ids: number[];
  scores: number[];
}

/**
 * One peer of the benchmark (plan §8.5): load the shared dataset files, answer queries, close. Every peer
 * runs the same query lists with the same warm-up (see run.ts); its answers are checked afterwards.
 */
export interface Peer {
  readonly name: string;
  /** CPU threads one query may use, as configured (PostgreSQL: leader + parallel workers). */
  readonly threads: number;
  /** The settings that matter for reading its figures (printed with the results). */
  settings(): string;
  /**
   * Loads from the dataset directory (binary columns, CSV files), from files to ready to serve. A peer
   * whose work runs in server processes names them through `server` as soon as it knows them, so their
   * memory is followed through the load too.
   */
  load(dir: string, server: (pids: number[]) => void): Promise<void>;
  posting(p: Posting, k: number): Promise<Answer>;
  candidate(c: CandidateRecord, k: number): Promise<Answer>;
  /** Figures about the loaded data worth reporting (e.g. PostgreSQL's tables and indexes on disk, MB). */
  facts(): Promise<Record<string, number>>;
  close(): Promise<void>;
}

/** Rows [id, score] from a driver into an Answer. */
export function toAnswer(rows: readonly { id: unknown; score: unknown }[]): Answer {
  return { ids: rows.map((r) => Number(r.id)), scores: rows.map((r) => Number(r.score)) };
}
