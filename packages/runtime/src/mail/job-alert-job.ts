import { enqueueJobAlerts, type JobAlertDeps } from '@modality/app';
import { startPeriodicJob, type PeriodicJob } from './periodic-job.js';

/**
 * Runs {@link enqueueJobAlerts} now and then every `intervalMs` (an hour by default). Every node may run it:
 * each saved search's cursor moves once, whoever gets there first. Failures are reported, never thrown.
 */
export function startJobAlertJob(deps: JobAlertDeps, options: { readonly intervalMs?: number; readonly onError?: (error: unknown) => void } = {}): PeriodicJob {
  return startPeriodicJob(() => enqueueJobAlerts(deps), { intervalMs: options.intervalMs ?? 60 * 60_000, onError: options.onError });
}
