export * from './dialects.js';
export * from './fakes.js';
export * from './builders.js';
