export * from './job-roles-read.js';
