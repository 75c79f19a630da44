export * from './postprimary-log.js';
export * from './postprimary-links.js';
export * from './postprimary-mail.js';
export * from './demo-postprimary.js';
export * from './postprimary-queue.js';
