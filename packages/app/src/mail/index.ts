export * from './deliver-mail.js';
