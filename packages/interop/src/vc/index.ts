export * from './achievement-credentials.js';
export * from './contexts.js';
export * from './credential-summary.js';
export { procedureName } from './procedure-name.js';
