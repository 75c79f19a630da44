export * from './organisation-access.js';
export * from './organisation-use-cases.js';
