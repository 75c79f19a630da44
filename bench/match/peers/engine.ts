import { CandidateIndex, PostingIndex, topCandidates, topPostings, type CandidateRecord, type Posting } from '@modality/matching';
import type { Dataset } from '../dataset.js';
import { collectGarbage, procStatusMb, type Answer, type Peer } from '../peer.js';

/** The engine: @modality/matching's indexes over the dataset's binary columns, in this process. */
export class EnginePeer implements Peer {
  readonly name = 'engine';
  index: CandidateIndex | null = null;
  postings: PostingIndex | null = null;
  private rssBefore = 0;
  private rssPeak = 0;
  private readonly afterBuild: () => void;
  private readonly adopt: boolean;

  /**
   * With `adopt`, the candidate index takes the dataset's columns as its storage (reordered in place, no
   * copy), so the dataset must not be read afterwards; `afterBuild` runs once the indexes are built, before
   * memory is measured (the benchmark drops its reference to the columns there).
   */
  constructor(options: { adopt?: boolean; afterBuild?: () => void } = {}) {
    this.adopt = options.adopt ?? false;
    this.afterBuild = options.afterBuild ?? (() => undefined);
  }

  /** Build time of the last load: the two index builds only, not the garbage collections around them. */
  loadMs = 0;

  load(ds: Dataset): Promise<void> {
    collectGarbage();
    this.rssBefore = procStatusMb('VmRSS');
    const t0 = performance.now();
    this.index = CandidateIndex.build(ds.cols, { adopt: this.adopt });
    this.postings = PostingIndex.build(ds.postings);
    this.loadMs = performance.now() - t0;
    this.afterBuild();
    collectGarbage();
    this.rssPeak = procStatusMb('VmRSS');
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

  /** Process RSS after build and a full GC (the index, the postings as objects, the query set, Node and tsx). */
  peakRssMb(): number {
    return Math.max(this.rssPeak, procStatusMb('VmRSS'));
  }

  /** Growth of RSS caused by the build alone. */
  buildRssMb(): number {
    return this.rssPeak - this.rssBefore;
  }

  close(): Promise<void> {
    this.index = null;
    this.postings = null;
    return Promise.resolve();
  }
}
