import { openRuntime, type Runtime } from '@modality/runtime';

/** Opens the configured database for a one-shot command (no demo seeding unless asked). */
export function openForCommand(seed = false): Promise<Runtime> {
  return openRuntime({ env: process.env, seed });
}

/** Runs `work` on the configured database and closes it, whatever happens. */
export async function withRuntime<T>(work: (runtime: Runtime) => Promise<T>, seed = false): Promise<T> {
  const runtime = await openForCommand(seed);
  try {
    return await work(runtime);
  } finally {
    await runtime.close();
  }
}
