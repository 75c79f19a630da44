export * from './calendar-date.js';
export * from './calendar-arithmetic.js';
export * from './seeded-random.js';
export * from './errors.js';
export * from './person-record.js';
export * from './result.js';
export * from './membership-roles.js';
export * from './verify-reasons.js';
