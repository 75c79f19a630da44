import type { Cost, PlanStep, PlanTotals } from './types.js';

/**
 * Totals of a list of steps. Duration runs along the longest chain of `after` links (steps without a link
 * between them may run side by side), counting known durations only; costs are summed per currency (never
 * converted). Steps whose duration or cost is unknown are listed, and the totals say they are incomplete.
 *
 * @example
 * totalsOf(plan.steps).duration // { minMonths: 24, maxMonths: 24 } — months
 */
export function totalsOf(steps: readonly PlanStep[]): PlanTotals {
  const finish = new Map<string, { min: number; max: number }>();
  let anyKnown = false;
  let min = 0;
  let max = 0;
  for (const s of steps) {
    let startMin = 0;
    let startMax = 0;
    for (const a of s.after) {
      const f = finish.get(a);
      if (f !== undefined) {
        startMin = Math.max(startMin, f.min);
        startMax = Math.max(startMax, f.max);
      }
    }
    if (s.duration !== null) anyKnown = true;
    const f = { min: startMin + (s.duration?.minMonths ?? 0), max: startMax + (s.duration?.maxMonths ?? 0) };
    finish.set(s.id, f);
    min = Math.max(min, f.min);
    max = Math.max(max, f.max);
  }
  const byCurrency = new Map<Cost['currency'], { min: number; max: number }>();
  for (const s of steps) {
    if (s.cost === null) continue;
    const c = byCurrency.get(s.cost.currency) ?? { min: 0, max: 0 };
    byCurrency.set(s.cost.currency, { min: c.min + s.cost.min, max: c.max + s.cost.max });
  }
  const unknownDuration = steps.filter((s) => s.duration === null).map((s) => s.id);
  const unknownCost = steps.filter((s) => s.cost === null).map((s) => s.id);
  return {
    steps: steps.length,
    duration: anyKnown ? { minMonths: min, maxMonths: max } : null,
    durationComplete: unknownDuration.length === 0,
    cost: [...byCurrency.entries()].map(([currency, v]) => ({ min: v.min, max: v.max, currency })).sort((a, b) => (a.currency < b.currency ? -1 : 1)),
    costComplete: unknownCost.length === 0,
    unknownDuration,
    unknownCost,
  };
}
