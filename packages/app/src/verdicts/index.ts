export * from './as-of.js';
export * from './deadlines.js';
export * from './person-verdict.js';
export * from './record-check.js';
export type { ComplianceEntry, EligibilityEntry, Verdict } from '@modality/rules';
export * from './ce-questions.js';
