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

/** The check of one class of one peer: its timed answers against the reference (and against the engine's). */
export interface ClassCheck {
  /** Timed answers checked against the brute-force reference (the first `refs.length`). */
  checked: number;
  /** Mean recall@k over the checked answers. */
  recall: number;
  violations: number;
  /** Positions (in the timed list) of the answers that were not exact. */
  wrong: number[];
  /** Timed answers compared with the baseline peer's answers to the same queries (all of them), and the positions where the rankings differ. */
  compared: number;
  disagree: number[];
}

/** Same ranking: the same length and, rank by rank, the same score (ids may differ only between tied scores, which the reference check covers). */
export function sameRanking(a: Answer, b: Answer): boolean {
  return a.scores.length === b.scores.length && a.scores.every((s, i) => Math.abs(s - (b.scores[i] ?? NaN)) <= SCORE_EPS) && a.ids.every((id, i) => id === b.ids[i] || a.scores[i] === a.scores[i - 1] || a.scores[i] === a.scores[i + 1]);
}

/**
 * Checks a class run: the first `refs.length` timed answers against the brute-force reference
 * (`refs[i]` answers the i-th timed query), and every timed answer against `baseline`'s answers to the
 * same queries (another peer's run of the class, or null).
 */
export function checkClass(run: ClassRun, qs: QuerySet, refs: readonly RefAnswer[], ctx: CheckContext, baseline: ClassRun | null = null): ClassCheck {
  const queries = queriesOf(qs.timed, run.queryClass);
  let recall = 0;
  let violations = 0;
  const wrong: number[] = [];
  const n = Math.min(run.answers.length, refs.length);
  const disagree: number[] = [];
  const compared = baseline === null ? 0 : run.answers.length;
  if (baseline !== null) run.answers.forEach((a, i) => {
    const b = baseline.answers[i];
    if (b === undefined || !sameRanking(a, b)) disagree.push(i);
  });
  for (let i = 0; i < n; i++) {
    const ref = refs[i] as RefAnswer;
    const a = run.answers[i] as Answer;
    let v: Verdict;
    if (run.queryClass === 'candidate-to-postings') {
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
  return { checked: n, recall: n === 0 ? 0 : recall / n, violations, wrong, compared, disagree };
}

/** Is this class run exact: `expected` answers checked against the reference with recall 1 and no violation, and no disagreement with the baseline? */
export function exact(c: ClassCheck, expected: number): boolean {
  return c.checked === expected && c.checked > 0 && c.violations === 0 && c.recall === 1 && c.disagree.length === 0;
}

