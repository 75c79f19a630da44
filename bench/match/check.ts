import { referenceScore, referenceVerdicts, type CandidateRecord, type Posting, type ReferenceRanking } from '@modality/matching';
import type { Answer } from './peer.js';

/** Scores within this distance count as ties (peers round the last bits of a double differently). */
export const SCORE_EPS = 1e-9;

export interface Verdict {
  /** |answer ∩ reference top k| / min(k, qualified), tie-aware: an id whose score equals the reference k-th score counts. */
  recall: number;
  /** Returned rows that fail a hard requirement, carry a wrong score, repeat, or are missing/extra in count. */
  violations: number;
}

/**
 * Checks one answer against the brute-force reference. `verdicts(id)` and `score(id)` evaluate a returned
 * row with the reference's own rules.
 */
export function checkAnswer(answer: Answer, ref: ReferenceRanking, k: number, passes: (id: number) => boolean, score: (id: number) => number): Verdict {
  let violations = 0;
  const seen = new Set<number>();
  const refSet = new Set(ref.ids);
  const kth = ref.scores[ref.scores.length - 1] ?? -Infinity;
  let hits = 0;
  answer.ids.forEach((id, i) => {
    if (seen.has(id)) violations++;
    seen.add(id);
    if (!passes(id)) {
      violations++;
      return;
    }
    if (Math.abs(score(id) - (answer.scores[i] ?? NaN)) > SCORE_EPS) violations++;
    if (refSet.has(id) || Math.abs(score(id) - kth) <= SCORE_EPS) hits++;
  });
  const expected = Math.min(k, ref.totalQualified);
  if (answer.ids.length !== expected) violations += Math.abs(answer.ids.length - expected);
  return { recall: expected === 0 ? (answer.ids.length === 0 ? 1 : 0) : Math.min(hits, expected) / expected, violations };
}

export function checkPosting(answer: Answer, ref: ReferenceRanking, k: number, p: Posting, recordOf: (id: number) => CandidateRecord | undefined): Verdict {
  return checkAnswer(
    answer,
    ref,
    k,
    (id) => {
      const c = recordOf(id);
      return c !== undefined && referenceVerdicts(c, p).every(Boolean);
    },
    (id) => referenceScore(recordOf(id) as CandidateRecord, p),
  );
}

export function checkCandidate(answer: Answer, ref: ReferenceRanking, k: number, c: CandidateRecord, postingOf: (id: number) => Posting | undefined): Verdict {
  return checkAnswer(
    answer,
    ref,
    k,
    (id) => {
      const p = postingOf(id);
      return p !== undefined && referenceVerdicts(c, p).every(Boolean);
    },
    (id) => referenceScore(c, postingOf(id) as Posting),
  );
}

/** p-th percentile (0..100) of durations in ms. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return 0;
  const s = [...values].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)] ?? 0;
}
