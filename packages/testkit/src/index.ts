export * from './dialects.js';
export * from './fakes.js';
