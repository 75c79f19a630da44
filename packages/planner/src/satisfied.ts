import type { PlanContext } from './context.js';
import { provenanceOf, type Route, type StepTemplate } from './step.js';
import type { PlanStep, SatisfiedStep } from './types.js';

/** A route with the record applied: the steps still to do and those the record already satisfies. */
export interface AppliedRoute {
  readonly route: Route;
  readonly steps: readonly PlanStep[];
  readonly satisfied: readonly SatisfiedStep[];
  readonly warnings: readonly string[];
}

/**
 * Applies the record to a route. A step is satisfied when its own check says so, or when a step that depends
 * on it (directly or through others) is satisfied: holding ARRT(R) implies the program behind it. The steps
 * left keep their order; each `after` is rewritten to the nearest steps still to do, so it only ever names
 * earlier steps of the plan.
 */
export function applyRecord(route: Route, ctx: PlanContext): AppliedRoute {
  const byId = new Map<string, StepTemplate>(route.steps.map((s) => [s.id, s]));
  const reason = new Map<string, string>();
  for (const s of route.steps) {
    const why = s.done(ctx);
    if (why !== undefined) reason.set(s.id, why);
  }
  // Downward closure: a satisfied step implies its prerequisites (walk from the end, so chains resolve).
  for (let i = route.steps.length - 1; i >= 0; i--) {
    const s = route.steps[i];
    if (s === undefined || !reason.has(s.id)) continue;
    const stack = [...s.after];
    while (stack.length > 0) {
      const id = stack.pop() ?? '';
      if (reason.has(id)) continue;
      reason.set(id, `implied: ${s.title} is already satisfied (${reason.get(s.id) ?? ''})`);
      stack.push(...(byId.get(id)?.after ?? []));
    }
  }
  const remainingAfter = (ids: readonly string[]): string[] => {
    const out: string[] = [];
    const seen = new Set<string>();
    const stack = [...ids];
    while (stack.length > 0) {
      const id = stack.shift() ?? '';
      if (seen.has(id)) continue;
      seen.add(id);
      if (!byId.has(id)) continue;
      if (reason.has(id)) stack.push(...(byId.get(id)?.after ?? []));
      else if (!out.includes(id)) out.push(id);
    }
    return out;
  };
  const steps: PlanStep[] = [];
  const satisfied: SatisfiedStep[] = [];
  const warnings: string[] = [...route.warnings];
  for (const s of route.steps) {
    const why = reason.get(s.id);
    if (why !== undefined) {
      satisfied.push({ id: s.id, title: s.title, reason: why });
      continue;
    }
    const prov = provenanceOf(s);
    const order = route.steps.map((x) => x.id);
    const after = remainingAfter(s.after).sort((a, b) => order.indexOf(a) - order.indexOf(b));
    steps.push({ id: s.id, kind: s.kind, title: s.title, after, duration: s.duration, cost: s.cost, rules: s.rules, sources: prov.sources, confidence: prov.confidence, notes: s.notes });
    // Warnings are read by people: the step is named by its title, never by its id or a rule id.
    for (const w of s.warnings) warnings.push(`${s.title}: ${w}`);
    if (prov.lowRules.length > 0) warnings.push(`${s.title}: part of this step rests on a copy or a secondary source — check it with the body's own page`);
    if (prov.confidence === 'secondary') warnings.push(`${s.title}: this step rests on a secondary source — check before relying on it`);
  }
  return { route, steps, satisfied, warnings: [...new Set(warnings)] };
}
