import { deliverDueMail, MAIL_DELIVERY, type Deps, type MailDeliveryPolicy, type MailTransport } from '@modality/app';
import { startPeriodicJob, type PeriodicJob } from './periodic-job.js';

/** A background loop working off the outbox; `stop` waits for a run under way to finish. */
export type MailWorker = PeriodicJob;

/**
 * Runs {@link deliverDueMail} every `intervalMs` (and at once), on {@link startPeriodicJob}. Several
 * workers, one per node, share one PostgreSQL outbox safely: each claim leases its rows. Failures of a run
 * are reported, never thrown.
 */
export function startMailWorker(
  deps: Pick<Deps, 'store' | 'clock'>,
  transport: MailTransport,
  options: { readonly intervalMs?: number; readonly policy?: MailDeliveryPolicy; readonly onError?: (error: unknown) => void } = {},
): MailWorker {
  const policy = options.policy ?? MAIL_DELIVERY;
  let stopping = false;
  const job = startPeriodicJob(
    async () => {
      // Keep going while whole batches come back: a backlog drains without waiting for the next tick.
      for (;;) {
        const run = await deliverDueMail(deps, transport, policy);
        if (stopping || run.sent + run.retrying + run.dead < policy.batch) break;
      }
    },
    { intervalMs: options.intervalMs ?? 5_000, onError: options.onError },
  );
  return {
    async stop() {
      stopping = true;
      await job.stop();
    },
  };
}
