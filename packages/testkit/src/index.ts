export * from './dialects.js';
export * from './fakes.js';
export * from './builders.js';
export * from './fhir-schema.js';
export * from './pdf-text.js';
export * from './smtp-server.js';
