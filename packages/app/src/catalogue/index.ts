export * from './catalogue-read.js';
export * from './credential-names.js';
