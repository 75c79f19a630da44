import { CandidateIndex, PostingIndex, topCandidates, topPostings, type CandidateRecord, type Posting } from '@modality/matching';
import { loadDataset } from '../dataset.js';
import type { Answer, Peer } from '../peer.js';

/**
 * The engine: @modality/matching's two indexes, in this process, one thread. Loading reads the binary
 * columns and the postings JSON, then builds both indexes; the candidate index adopts the columns it was
 * given (reordered in place, no second copy).
 */
export class EnginePeer implements Peer {
  readonly name = 'engine';
  readonly threads = 1;
  index: CandidateIndex | null = null;
  postings: PostingIndex | null = null;
  /** The two index builds alone, ms (the load also reads the files). */
  buildMs = 0;

  settings(): string {
    return 'one thread, in process';
  }

  load(dir: string): Promise<void> {
    const ds = loadDataset(dir);
    const t0 = performance.now();
    this.index = CandidateIndex.build(ds.cols, { adopt: true });
    this.postings = PostingIndex.build(ds.postings);
    this.buildMs = performance.now() - t0;
    return Promise.resolve();
  }

  /** Bytes of the two indexes' typed arrays (candidate columns, bitsets, block bounds, id table; posting columns and bitsets). */
  indexBytes(): number {
    return (this.index?.bytes ?? 0) + (this.postings?.bytes ?? 0);
  }

  posting(p: Posting, k: number): Promise<Answer> {
    return Promise.resolve(topCandidates(this.index as CandidateIndex, p, k));
  }

  candidate(c: CandidateRecord, k: number): Promise<Answer> {
    return Promise.resolve(topPostings(this.postings as PostingIndex, c, k));
  }

  facts(): Promise<Record<string, number>> {
    return Promise.resolve({});
  }

  close(): Promise<void> {
    this.index = null;
    this.postings = null;
    return Promise.resolve();
  }
}
