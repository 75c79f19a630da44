/**
 * @modality/runtime — the composition root shared by the API and the CLI: the production adapters of the
 * app's ports (system clock, crypto ids and tokens, Argon2id hasher, Data Integrity credential proofs, the
 * issuer-key box, the PDF renderer, the blob store of record files) and `openRuntime` (database from the environment, migrations, demo seed).
 */
export * from './runtime.js';
export { argon2Hasher } from './argon2-hasher.js';
export { cryptoIds } from './crypto-ids.js';
export { systemClock } from './system-clock.js';
export { pdfkitRenderer } from './pdf/pdfkit-renderer.js';
export { dataIntegrityProofs } from './proof/data-integrity-proofs.js';
export { aesGcmSecretBox } from './proof/secret-box.js';
export { DEMO_KEY_SECRET, publicUrlFromEnv, secretBoxFromEnv, type KeySecretSource } from './proof/key-secret.js';
export { mailboxTransport, mailTransportFromEnv, smtpTransport, type SmtpSettings } from './mail/smtp-transport.js';
export { startMailWorker, type MailWorker } from './mail/mail-worker.js';
export * from './places/zipcodes-gazetteer.js';
export * from './places/world-cities-gazetteer.js';
export * from './places/bundled-gazetteer.js';
export { startReminderJob, type ReminderJob } from './mail/reminder-job.js';
export { startJobAlertJob } from './mail/job-alert-job.js';
export { startPeriodicJob, type PeriodicJob } from './mail/periodic-job.js';
export { backupDatabase, BackupFileError, restoreDatabase, PostgresBackupError } from './backup.js';
export { FileBlobStore } from './blob/file-blob-store.js';
export { followRankingFeed, type RankingFeed } from './ranking-feed.js';
