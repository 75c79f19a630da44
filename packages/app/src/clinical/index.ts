export * from './clinical-log.js';
export * from './sign-off.js';
export * from './demo-sites.js';
export * from './instructor-sign-off.js';
export * from './sign-request-mail.js';
export * from './procedure-catalogue.js';
