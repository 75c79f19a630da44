import { enqueueRenewalReminders, type MailDeps } from '@modality/app';
import { startPeriodicJob, type PeriodicJob } from './periodic-job.js';

/** The renewal-reminder job on a timer; `stop` waits for a run under way. */
export type ReminderJob = PeriodicJob;

/**
 * Runs {@link enqueueRenewalReminders} now and then every `intervalMs` (an hour by default). Every node may
 * run it: each reminder is enqueued once, whoever gets there first. Failures are reported, never thrown.
 */
export function startReminderJob(deps: MailDeps, options: { readonly intervalMs?: number; readonly onError?: (error: unknown) => void } = {}): ReminderJob {
  return startPeriodicJob(() => enqueueRenewalReminders(deps), { intervalMs: options.intervalMs ?? 60 * 60_000, onError: options.onError });
}
