export * from './procedures.js';
export * from './requirement-sets.js';
export * from './progress.js';
export * from './program-effectiveness-definitions.js';
export * from './program-effectiveness.js';
export * from './cohort-risk.js';
