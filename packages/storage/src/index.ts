export * from './database.js';
export * from './dialect.js';
export * from './kysely-store.js';
export * from './migrations/migrations.js';
export * from './sqlite-backup.js';
export * from './database-blob-store.js';
export * from './candidate-change-listener.js';
