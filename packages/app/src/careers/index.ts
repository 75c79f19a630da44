export * from './job-roles-read.js';
export * from './program-import.js';
export * from './program-search.js';
export * from './program-dataset.js';
