import { rmSync } from 'node:fs';
import { basename } from 'node:path';

/** Removes the temporary data directory that playwright.config.ts made for this run. */
export default function globalTeardown(): void {
  const dir = process.env['MODALITY_E2E_DATA_DIR'];
  if (dir !== undefined && basename(dir).startsWith('modality-e2e-'))
    rmSync(dir, { recursive: true, force: true });
}
