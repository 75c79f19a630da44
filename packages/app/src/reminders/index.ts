export * from './renewal-reminders.js';
