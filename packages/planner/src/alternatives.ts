import type { Alternative } from './types.js';

/**
 * Ranks alternatives. By time: fewer steps of unknown length first (a route of unknowns cannot be called
 * fast), then the shorter known minimum, then the shorter known maximum. By cost: fewer steps of unknown cost
 * first, then the lower known minimum summed over currencies of the same kind only when there is one currency
 * (different currencies are never converted; a route in several currencies ranks after single-currency ones).
 * Ties keep the routes' own order. Returns route ids.
 */
export function rankByTime(alts: readonly Alternative[]): string[] {
  return [...alts]
    .map((a, i) => ({ a, i }))
    .sort((x, y) => {
      const ux = x.a.totals.unknownDuration.length;
      const uy = y.a.totals.unknownDuration.length;
      if (ux !== uy) return ux - uy;
      const dx = x.a.totals.duration;
      const dy = y.a.totals.duration;
      const mx = dx?.minMonths ?? Infinity;
      const my = dy?.minMonths ?? Infinity;
      if (mx !== my) return mx - my;
      const Mx = dx?.maxMonths ?? Infinity;
      const My = dy?.maxMonths ?? Infinity;
      if (Mx !== My) return Mx - My;
      return x.i - y.i;
    })
    .map((x) => x.a.id);
}

export function rankByCost(alts: readonly Alternative[]): string[] {
  const key = (a: Alternative): number => (a.totals.cost.length === 0 ? 0 : a.totals.cost.length === 1 ? (a.totals.cost[0]?.min ?? 0) : Infinity);
  return [...alts]
    .map((a, i) => ({ a, i }))
    .sort((x, y) => {
      const ux = x.a.totals.unknownCost.length;
      const uy = y.a.totals.unknownCost.length;
      if (ux !== uy) return ux - uy;
      const kx = key(x.a);
      const ky = key(y.a);
      if (kx !== ky) return kx - ky;
      return x.i - y.i;
    })
    .map((x) => x.a.id);
}

/**
 * The route a plan follows: the fewest steps left (so that holding more never lengthens a plan), then the
 * best by time, then by cost. Routes in `secondary` (resting on a SECONDARY source) are chosen only when no
 * other route exists, or when nothing but a visa is left to do on them.
 */
export function chooseRoute(all: readonly Alternative[], secondary: ReadonlySet<string> = new Set()): Alternative | undefined {
  const done = all.find((a) => a.steps.length === 0) ?? all.find((a) => a.steps.every((s) => s.kind === 'visa'));
  if (done !== undefined) return done;
  const firm = all.filter((a) => !secondary.has(a.id));
  const alts = firm.length > 0 ? firm : all;
  const byTime = rankByTime(alts);
  const byCost = rankByCost(alts);
  return [...alts].sort((a, b) => a.steps.length - b.steps.length || byTime.indexOf(a.id) - byTime.indexOf(b.id) || byCost.indexOf(a.id) - byCost.indexOf(b.id))[0];
}
