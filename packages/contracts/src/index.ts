export * from './auth.schema.js';
export * from './field-path.js';
export * from './organisation.schema.js';
export * from './people.schema.js';
export * from './person-record.schema.js';
export * from './problem.schema.js';
export * from './zod-issues.js';
export * from './verdict.schema.js';
