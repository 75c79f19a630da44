import { err, ok, PERSON_RECORD_FORMAT, type CalendarDate, type PersonRecord, type Result } from '@modality/domain';
import { findJurisdiction, findJobRole, JURISDICTION_CODES, JOB_ROLE_CODES, type Jurisdiction, type JobRole } from '@modality/knowledge';
import { chooseRoute, rankByCost, rankByTime } from './alternatives.js';
import { makeContext, type PlanContext } from './context.js';
import { abroadRoutes } from './pathways/abroad.js';
import { usRoutes } from './pathways/us.js';
import { applyRecord } from './satisfied.js';
import type { Route } from './step.js';
import { totalsOf } from './totals.js';
import { PLAN_FORMAT, type Alternative, type Plan } from './types.js';

export interface PlanRequest {
  /** A role code (`radiographer`, `ct-technologist` …). */
  readonly target: string;
  /** A covered jurisdiction (`us-tx`, `gb`, `ie`, `au`, `ca-on` …). */
  readonly in: string;
  /** Where the person stands; absent for a blank start in the target's country. */
  readonly record?: PersonRecord;
  /** The day to plan on (the only "today" the planner knows). */
  readonly asOf: CalendarDate;
}

/** Bad input: names the field and the value, and lists the valid values. */
export interface PlanInputError {
  readonly field: 'target' | 'in';
  readonly value: string;
  readonly message: string;
  readonly valid: readonly string[];
}

/** The valid values of each request field (for messages and API docs). */
export const VALID_TARGETS: readonly string[] = JOB_ROLE_CODES;
export const VALID_JURISDICTIONS: readonly string[] = JURISDICTION_CODES;

/** Checks the target role and jurisdiction; every problem found, each naming its field and the valid values. */
export function checkPlanTarget(target: string, jurisdiction: string): Result<{ role: JobRole; where: Jurisdiction }, PlanInputError[]> {
  const errors: PlanInputError[] = [];
  const role = findJobRole(target);
  const where = findJurisdiction(jurisdiction);
  if (role === undefined) errors.push({ field: 'target', value: target, message: `unknown role "${target}"; valid roles: ${VALID_TARGETS.join(', ')}`, valid: VALID_TARGETS });
  if (where === undefined) {
    errors.push({ field: 'in', value: jurisdiction, message: `unknown jurisdiction "${jurisdiction}"; valid jurisdictions: ${VALID_JURISDICTIONS.join(', ')}`, valid: VALID_JURISDICTIONS });
  }
  if (role === undefined || where === undefined) return err(errors);
  return ok({ role, where });
}

function blankRecord(where: Jurisdiction): PersonRecord {
  // A blank start: nobody yet, in the target's country (no credentials, no education).
  return { format: PERSON_RECORD_FORMAT, person: { name: '', birthDate: '1900-01-01' as CalendarDate, country: where.country } };
}

function routesFor(ctx: PlanContext): Route[] {
  return ctx.target.kind === 'us-state' ? usRoutes(ctx) : abroadRoutes(ctx);
}

/**
 * Plans the way from where a person stands to a role in a jurisdiction: every route the sources support,
 * with the record applied (steps already satisfied are left out and listed), the route with the fewest
 * steps left as the plan, and the routes ranked by time and by cost.
 *
 * Units: durations in months (`minMonths`/`maxMonths`, fractions from week-based sources), costs in the
 * currency of their source (never converted). A duration or cost no source gives is `null` with a warning —
 * never estimated. Pure: the same request always gives the same plan; `asOf` is the only notion of today.
 *
 * @param request the target role, the jurisdiction, an optional person record and the day
 * @returns the plan, or the bad fields (unknown role or jurisdiction, each with the valid values)
 * @example
 * const r = plan({ target: 'ct-technologist', in: 'us-tx', record, asOf: calendarDate('2026-11-26') });
 * if (r.ok) r.value.steps.map((s) => s.id); // ['ct-structured-education', 'ct-clinical', 'ct-exam'] for an R.T.(R)
 */
export function plan(request: PlanRequest): Result<Plan, PlanInputError[]> {
  const checked = checkPlanTarget(request.target, request.in);
  if (!checked.ok) return checked;
  const { role, where } = checked.value;
  const blank = request.record === undefined;
  const record = request.record ?? blankRecord(where);
  const ctx = makeContext(record, blank, request.asOf, role, where);

  const routes = routesFor(ctx);
  const alternatives: Alternative[] = [];
  const routeWarnings = new Map<string, readonly string[]>();
  for (const r of routes) {
    const applied = applyRecord(r, ctx);
    alternatives.push({ id: r.id, title: r.title, steps: applied.steps, totals: totalsOf(applied.steps), satisfied: applied.satisfied });
    routeWarnings.set(r.id, applied.warnings);
  }
  const chosen = chooseRoute(alternatives, new Set(routes.filter((r) => r.secondary === true).map((r) => r.id)));
  const credentials = [
    ...role.credentials.filter((c) => c.jurisdiction === where.code || (c.jurisdiction === 'us' && where.kind === 'us-state' && !role.credentials.some((x) => x.jurisdiction === where.code))).flatMap((c) => c.anyOf),
  ];
  const base = {
    format: PLAN_FORMAT,
    asOf: request.asOf,
    from: blank ? ('blank' as const) : ('record' as const),
    target: { role: role.code, roleTitle: role.title, jurisdiction: where.code, jurisdictionName: where.name, credentials },
  };
  if (chosen === undefined) {
    return ok({
      ...base,
      status: 'not-covered',
      route: null,
      steps: [],
      totals: totalsOf([]),
      alternatives: { byTime: [], byCost: [], routes: [] },
      satisfied: [],
      warnings: [`Modality has no sourced pathway for ${role.title.toLowerCase()} in ${where.name}; only radiographers are covered outside the US`],
      sources: [],
    });
  }
  const sources: string[] = [];
  for (const s of chosen.steps) for (const u of s.sources) if (!sources.includes(u)) sources.push(u);
  const warnings = [...(routeWarnings.get(chosen.id) ?? [])];
  const unknownDuration = chosen.totals.unknownDuration;
  const unknownCost = chosen.totals.unknownCost;
  // Steps are named by their titles: people read these warnings.
  const titles = (ids: readonly string[]) => ids.map((id) => chosen.steps.find((s) => s.id === id)?.title ?? id).join('; ');
  if (unknownDuration.length > 0) warnings.push(`Total time is incomplete: no sourced duration for ${titles(unknownDuration)}`);
  if (unknownCost.length > 0) warnings.push(`Total cost is incomplete: no sourced cost for ${titles(unknownCost)}`);
  return ok({
    ...base,
    status: chosen.steps.length === 0 ? 'already-qualified' : 'plan',
    route: { id: chosen.id, title: chosen.title },
    steps: chosen.steps,
    totals: chosen.totals,
    alternatives: { byTime: rankByTime(alternatives), byCost: rankByCost(alternatives), routes: alternatives },
    satisfied: chosen.satisfied,
    warnings: chosen.steps.length === 0 ? [] : warnings,
    sources,
  });
}
