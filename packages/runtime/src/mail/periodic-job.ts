/** A job on a timer; `stop` waits for a run under way. */
export interface PeriodicJob {
  stop(): Promise<void>;
}

/**
 * Runs `run` now and then every `intervalMs`, one run at a time. Failures are reported to `onError`, never
 * thrown, so one bad run does not stop the next.
 */
export function startPeriodicJob(run: () => Promise<unknown>, options: { readonly intervalMs: number; readonly onError?: ((error: unknown) => void) | undefined }): PeriodicJob {
  let running: Promise<void> = Promise.resolve();
  let stopped = false;
  const tick = () => {
    if (stopped) return;
    running = running.then(async () => {
      try {
        await run();
      } catch (error) {
        options.onError?.(error);
      }
    });
  };
  const timer = setInterval(tick, options.intervalMs);
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
