export * from './clock.port.js';
export * from './hasher.port.js';
export * from './ids.port.js';
export * from './program.port.js';
export * from './store.port.js';
export * from './credential-store.port.js';
export * from './pdf.port.js';
export * from './proof.port.js';
