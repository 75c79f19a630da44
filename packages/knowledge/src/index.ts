export * from './credentials/catalogue.js';
