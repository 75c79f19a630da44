import type { CandidateColumns } from './candidate-columns.js';
import type { QueryPlan } from './candidate-index.js';
import type { ExplainedMatch } from './model.js';
import { verdictAt } from './requirements.js';
import { distance2, pairContributions } from './score.js';

/** Explains one candidate row against a plan: per-criterion contributions and every requirement's verdict. */
export function explainSlot(c: CandidateColumns, plan: QueryPlan, slot: number): ExplainedMatch {
  const q = plan.q;
  const d2 = distance2(q, c.lat[slot] ?? 0, c.lon[slot] ?? 0);
  const { contributions, score } = pairContributions(
    q,
    c.quarters[q.modality]?.[slot] ?? 0,
    d2,
    c.payFloor[slot] ?? 0,
    c.procedures[q.procedure]?.[slot] ?? 0,
    c.languages[slot] ?? 0,
  );
  return {
    id: c.id[slot] ?? 0,
    score,
    contributions,
    requirements: plan.requirements.map((r) => verdictAt(c, slot, plan.posting, q, r)),
  };
}
