import { openRuntime, type Runtime } from '@modality/api';

/** Opens the configured database for a one-shot command (no demo seeding unless asked). */
export function openForCommand(seed = false): Promise<Runtime> {
  return openRuntime({ env: process.env, seed });
}
