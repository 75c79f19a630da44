import { deliverDueMail, MAIL_DELIVERY, type Deps, type MailDeliveryPolicy, type MailTransport } from '@modality/app';

/** A background loop working off the outbox; `stop` waits for a run under way to finish. */
export interface MailWorker {
  stop(): Promise<void>;
}

/**
 * Runs {@link deliverDueMail} every `intervalMs` (and at once). Several workers, one per node, share one
 * PostgreSQL outbox safely: each claim leases its rows. Failures of a run are reported, never thrown.
 */
export function startMailWorker(
  deps: Pick<Deps, 'store' | 'clock'>,
  transport: MailTransport,
  options: { readonly intervalMs?: number; readonly policy?: MailDeliveryPolicy; readonly onError?: (error: unknown) => void } = {},
): MailWorker {
  let running: Promise<void> = Promise.resolve();
  let stopped = false;
  const tick = () => {
    if (stopped) return;
    running = running.then(async () => {
      try {
        // Keep going while whole batches come back: a backlog drains without waiting for the next tick.
        for (;;) {
          const run = await deliverDueMail(deps, transport, options.policy ?? MAIL_DELIVERY);
          if (stopped || run.sent + run.retrying + run.dead < (options.policy ?? MAIL_DELIVERY).batch) break;
        }
      } catch (error) {
        options.onError?.(error);
      }
    });
  };
  const timer = setInterval(tick, options.intervalMs ?? 5_000);
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
