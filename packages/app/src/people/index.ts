export * from './canonical-json.js';
export * from './ce-activity-add.js';
export * from './record-access.js';
export * from './record-delete.js';
export * from './record-import.js';
export * from './record-read.js';
export * from './my-data.js';
