export * from './clinical-log.js';
export * from './sign-off.js';
export * from './demo-sites.js';
export * from './school-staff.js';
export * from './cohort.js';
export * from './program-effectiveness.js';
export * from './cohort-leaving.js';
export * from './signed-log-record.js';
