export * from './abilities.js';
export * from './principal.js';
export * from './session.js';
export * from './session-policy.js';
export * from './sign-in.js';
export * from './sign-up.js';
export * from './admin-create.js';
