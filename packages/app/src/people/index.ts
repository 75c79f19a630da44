export * from './canonical-json.js';
export * from './record-access.js';
export * from './record-delete.js';
export * from './record-import.js';
export * from './record-read.js';
export * from './record-dates.js';
export * from './record-sections.js';
export * from './record-files.js';
