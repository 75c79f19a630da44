export * from './deliver-mail.js';
export * from './account-mails.js';
