export * from './clinical-log.js';
export * from './sign-off.js';
export * from './demo-sites.js';
export * from './time-settings.js';
export * from './time-record-view.js';
export * from './time-records.js';
export * from './time-exceptions.js';
export * from './demo-time-records.js';
