import { referenceScore, referenceVerdicts, type CandidateRecord, type Posting } from '@modality/matching';
import type { Answer } from './peer.js';
import { queriesOf, type QuerySet } from './queries.js';
import type { ClassRun } from './run.js';

/** Scores within this distance count as ties (peers round the last bits of a double differently). */
export const SCORE_EPS = 1e-9;

/** The brute-force reference's answer to one query (what the check needs of it). */
export interface RefAnswer {
  ids: number[];
  scores: number[];
  /** How many pass every hard requirement. */
  totalQualified: number;
  /** How many fail exactly one requirement. */
  nearMissCount: number;
}

export interface Verdict {
  /** |answer ∩ reference top k| / min(k, qualified), tie-aware: an id whose score equals the reference k-th score counts. */
  recall: number;
  /** Returned rows that fail a hard requirement, carry a wrong score, repeat, sit at the wrong rank, or are missing/extra in count. */
  violations: number;
}

/**
 * Checks one answer against the brute-force reference. `passes(id)` and `score(id)` evaluate a returned
 * row with the reference's own rules.
 */
export function checkAnswer(answer: Answer, ref: RefAnswer, k: number, passes: (id: number) => boolean, score: (id: number) => number): Verdict {
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
  // The ranking itself: the i-th score is the reference's i-th score, and equal scores come in id order.
  answer.scores.forEach((sc, i) => {
    if (!(Math.abs(sc - (ref.scores[i] ?? NaN)) <= SCORE_EPS)) violations++;
    if (i > 0 && sc === answer.scores[i - 1] && (answer.ids[i] ?? 0) < (answer.ids[i - 1] ?? 0)) violations++;
  });
  const expected = Math.min(k, ref.totalQualified);
  if (answer.ids.length !== expected) violations += Math.abs(answer.ids.length - expected);
  return { recall: expected === 0 ? (answer.ids.length === 0 ? 1 : 0) : Math.min(hits, expected) / expected, violations };
}

/** Lookups the check needs: a candidate by external id, a posting by id. */
export interface CheckContext {
  k: number;
  candidate(id: number): CandidateRecord | undefined;
  posting(id: number): Posting | undefined;
}

/** The check of one class of one peer: every timed answer against the reference. */
export interface ClassCheck {
  checked: number;
  /** Mean recall@k over the checked answers. */
  recall: number;
  violations: number;
  /** Positions (in the timed list) of the answers that were not exact. */
  wrong: number[];
}

/** Checks every timed answer of a class run (`refs[i]` answers the i-th timed query). */
export function checkClass(run: ClassRun, qs: QuerySet, refs: readonly RefAnswer[], ctx: CheckContext): ClassCheck {
  const queries = queriesOf(qs.timed, run.queryClass);
  let recall = 0;
  let violations = 0;
  const wrong: number[] = [];
  const n = run.answers.length;
  for (let i = 0; i < n; i++) {
    const ref = refs[i];
    const a = run.answers[i] as Answer;
    let v: Verdict;
    if (ref === undefined) v = { recall: 0, violations: 1 };
    else if (run.queryClass === 'candidate-to-postings') {
      const c = queries[i] as CandidateRecord;
      v = checkAnswer(a, ref, ctx.k, (id) => {
        const p = ctx.posting(id);
        return p !== undefined && referenceVerdicts(c, p).every(Boolean);
      }, (id) => referenceScore(c, ctx.posting(id) as Posting));
    } else {
      const p = queries[i] as Posting;
      v = checkAnswer(a, ref, ctx.k, (id) => {
        const c = ctx.candidate(id);
        return c !== undefined && referenceVerdicts(c, p).every(Boolean);
      }, (id) => referenceScore(ctx.candidate(id) as CandidateRecord, p));
    }
    recall += v.recall;
    violations += v.violations;
    if (v.violations > 0 || v.recall < 1) wrong.push(i);
  }
  return { checked: n, recall: n === 0 ? 0 : recall / n, violations, wrong };
}

/** Is this class run exact (every answer checked, recall 1, no violation)? */
export function exact(c: ClassCheck, expected: number): boolean {
  return c.checked === expected && c.checked > 0 && c.violations === 0 && c.recall === 1;
}

