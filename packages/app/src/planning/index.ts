export * from './pathway-plan.js';
export type { Plan, PlanStep } from '@modality/planner';
