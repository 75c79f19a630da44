export * from './rate-limit-policies.js';
export * from './take-rate-limit.js';
