export * from './demo-data.js';
export * from './demo-graduates.js';
export * from './seed-demo.js';
export * from './demo-programs.js';
export * from './seed-demo-credentials.js';
export * from './seed-demo-staffing.js';
