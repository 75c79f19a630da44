export * from './procedures.js';
export * from './requirement-sets.js';
export * from './progress.js';
export * from './clinical-hour-limits.js';
export * from './clinical-hours.js';
export * from './geofence.js';
