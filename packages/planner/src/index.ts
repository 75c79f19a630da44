export * from './types.js';
export { plan, checkPlanTarget, VALID_JURISDICTIONS, VALID_TARGETS, type PlanInputError, type PlanRequest } from './plan.js';
export { totalsOf } from './totals.js';
export { rankByCost, rankByTime } from './alternatives.js';
