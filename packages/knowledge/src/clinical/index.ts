export * from './procedures.js';
export * from './requirement-sets.js';
export * from './progress.js';
