export * from './clinical-log.js';
export * from './sign-off.js';
export * from './demo-sites.js';
