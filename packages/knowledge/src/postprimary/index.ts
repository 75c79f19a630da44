export * from './postprimary-requirements.js';
export * from './postprimary-progress.js';
