import { CandidateIndex, PostingIndex, topCandidates, topPostings, type CandidateRecord, type Posting } from '@modality/matching';
import type { Dataset } from '../dataset.js';
import { procStatusMb, type Answer, type Peer } from '../peer.js';

/** The engine: @modality/matching's indexes over the dataset's binary columns, in this process. */
export class EnginePeer implements Peer {
  readonly name = 'engine';
  index: CandidateIndex | null = null;
  postings: PostingIndex | null = null;
  private rssBefore = 0;
  private rssPeak = 0;

  load(ds: Dataset): Promise<void> {
    this.rssBefore = procStatusMb('VmRSS');
    this.index = CandidateIndex.build(ds.cols);
    this.postings = PostingIndex.build(ds.postings);
    this.rssPeak = procStatusMb('VmRSS');
    return Promise.resolve();
  }

  posting(p: Posting, k: number): Promise<Answer> {
    return Promise.resolve(topCandidates(this.index as CandidateIndex, p, k));
  }

  candidate(c: CandidateRecord, k: number): Promise<Answer> {
    return Promise.resolve(topPostings(this.postings as PostingIndex, c, k));
  }

  /** Process RSS after build (includes the loaded dataset columns and Node itself, ~50 MB). */
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
