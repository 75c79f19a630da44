export * from './auth/index.js';
export * from './deps.js';
export * from './organisations/index.js';
export * from './people/index.js';
export * from './ports/index.js';
export * from './demo/index.js';
export * from './proof/index.js';
