export * from './fhir/index.js';
export * from './vc/index.js';
export * from './print/print-document.js';
export * from './audit/audit-packet.js';
export * from './audit/audit-document.js';
export * from './schema-org/job-posting.js';
