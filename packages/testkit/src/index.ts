export * from './dialects.js';
export * from './fakes.js';
export * from './fhir-schema.js';
