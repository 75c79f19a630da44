import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestDialect } from '@modality/testkit';

/** The `modality` binary, as a user runs it. */
export const MODALITY_BIN = fileURLToPath(new URL('../../bin/modality.js', import.meta.url));

/** A scratch directory and a fresh database of one dialect, for running the real binary against. */
export interface CliSandbox {
  /** Scratch directory for the suite's input files; the data directory is `data/` inside it. */
  readonly dir: string;
  /** The environment that points the binary at this sandbox's data directory and database. */
  readonly env: NodeJS.ProcessEnv;
  /** Runs `modality …args` to completion (one minute at most). */
  readonly run: (...args: string[]) => SpawnSyncReturns<string>;
  /** Runs `modality …args` with `input` on its standard input. */
  readonly runWithInput: (input: string, ...args: string[]) => SpawnSyncReturns<string>;
  /** Drops the database and deletes the directory. */
  readonly close: () => Promise<void>;
}

/**
 * Opens a sandbox for one suite: on SQLite the binary creates its file in `data/`; on PostgreSQL it gets a
 * database of its own through `DATABASE_URL`.
 *
 * @example
 * const cli = await openCliSandbox(dialect, 'modality-cli-');
 * cli.run('db', 'migrate', '--json').status // 0
 */
export async function openCliSandbox(dialect: TestDialect, prefix: string, extraEnv: NodeJS.ProcessEnv = {}): Promise<CliSandbox> {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  const { config, drop } = await dialect.create();
  const env = { ...process.env, MODALITY_DATA_DIR: join(dir, 'data'), DATABASE_URL: config.kind === 'postgres' ? config.url : '', ...extraEnv };
  return {
    dir,
    env,
    run: (...args) => spawnSync(process.execPath, [MODALITY_BIN, ...args], { env, encoding: 'utf8', timeout: 60_000 }),
    runWithInput: (input, ...args) => spawnSync(process.execPath, [MODALITY_BIN, ...args], { env, input, encoding: 'utf8', timeout: 60_000 }),
    async close() {
      await drop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
