import { enqueueRenewalReminders, type MailDeps } from '@modality/app';

/** The renewal-reminder job on a timer; `stop` waits for a run under way. */
export interface ReminderJob {
  stop(): Promise<void>;
}

/**
 * Runs {@link enqueueRenewalReminders} now and then every `intervalMs` (an hour by default). Every node may
 * run it: each reminder is enqueued once, whoever gets there first. Failures are reported, never thrown.
 */
export function startReminderJob(deps: MailDeps, options: { readonly intervalMs?: number; readonly onError?: (error: unknown) => void } = {}): ReminderJob {
  let running: Promise<void> = Promise.resolve();
  let stopped = false;
  const tick = () => {
    if (stopped) return;
    running = running.then(async () => {
      try {
        await enqueueRenewalReminders(deps);
      } catch (error) {
        options.onError?.(error);
      }
    });
  };
  const timer = setInterval(tick, options.intervalMs ?? 60 * 60_000);
  timer.unref();
  tick();
  return {
    async stop() {
      stopped = true;
      clearInterval(timer);
      await running;
    },
  };
}
