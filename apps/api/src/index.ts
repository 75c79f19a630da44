export * from './runtime.js';
export * from './server.js';
export { argon2Hasher } from './platform/argon2-hasher.js';
export { cryptoIds } from './platform/crypto-ids.js';
export { systemClock } from './platform/system-clock.js';
export { pdfkitRenderer } from './platform/pdf/pdfkit-renderer.js';
export { dataIntegrityProofs } from './platform/proof/data-integrity-proofs.js';
