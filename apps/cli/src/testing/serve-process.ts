import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { MODALITY_BIN } from './cli-sandbox.js';

/** A port nothing listens on right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const address = s.address();
      s.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/** Waits until `/api/health` answers 200 (15 s at most), failing at once if the process exits. */
export async function waitForHealth(base: string, child: ChildProcess): Promise<void> {
  for (let i = 0; i < 150; i++) {
    if (child.exitCode !== null) throw new Error(`server exited with ${String(child.exitCode)}`);
    try {
      if ((await fetch(`${base}/api/health`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${base} did not become healthy`);
}

/** A running `modality serve`, its address, and how to stop it. */
export interface ServeProcess {
  readonly base: string;
  readonly child: ChildProcess;
  readonly stop: () => Promise<void>;
}

/** Starts `modality serve …args` on a free port with `env` and waits until it is healthy. */
export async function startServe(env: NodeJS.ProcessEnv, ...args: string[]): Promise<ServeProcess> {
  const port = await freePort();
  const child = spawn(process.execPath, [MODALITY_BIN, 'serve', '--port', String(port), ...args], { env: { HOST: '127.0.0.1', LOG_LEVEL: 'warn', ...env }, stdio: 'ignore' });
  const base = `http://127.0.0.1:${String(port)}`;
  const stop = async () => {
    if (child.exitCode === null) {
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await exited;
    }
  };
  try {
    await waitForHealth(base, child);
  } catch (error) {
    await stop();
    throw error;
  }
  return { base, child, stop };
}
