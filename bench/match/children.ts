import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { ServerMemorySampler } from './memory.js';
import type { PeerJob, PeerMessage } from './peer-process.js';
import type { ReferenceJob, ReferenceMessage } from './reference-process.js';
import type { PeerRun } from './run.js';

const here = (file: string): string => fileURLToPath(new URL(file, import.meta.url));

/**
 * Runs one peer in a fresh process and returns its run; rejects if the peer throws, the process dies, or
 * no result arrives. While a peer names server processes (PostgreSQL), their memory is sampled here, in
 * the otherwise idle parent, so the peer's own process does no extra work between queries.
 */
export function runPeerProcess(job: PeerJob): Promise<PeerRun> {
  return new Promise((resolve, reject) => {
    // The parent's execArgv (tsx's loader) is inherited, so the child runs TypeScript too.
    const child = fork(here('./peer-process.ts'), [], { serialization: 'advanced', stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    let sampler: ServerMemorySampler | null = null;
    let result: PeerRun | null = null;
    let error: string | null = null;
    child.on('message', (m: PeerMessage) => {
      if (m.type === 'server') {
        sampler = new ServerMemorySampler(m.pids);
        sampler.start();
      } else if (m.type === 'result') {
        const s = sampler;
        result = s === null ? m.run : { ...m.run, memory: { peakMb: s.stop(), baselineMb: s.firstMb, method: 'server processes (backend + parallel workers), sampled every 100 ms, shared memory once' } };
        child.send('ack');
      } else error = m.message;
    });
    child.on('error', (e) => (error ??= String(e)));
    child.on('exit', (code, signal) => {
      (sampler)?.stop();
      if (result !== null && error === null && code === 0) resolve(result);
      else reject(new Error(`${job.peer}: ${error ?? `process exited (${signal ?? `code ${String(code)}`}) without a result`}`));
    });
    child.send(job);
  });
}

/** One share of the reference answers, computed in a fresh process. */
export function runReferenceProcess(job: ReferenceJob): Promise<Extract<ReferenceMessage, { type: 'result' }>['refs']> {
  return new Promise((resolve, reject) => {
    const child = fork(here('./reference-process.ts'), [], { serialization: 'advanced', stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    let refs: Extract<ReferenceMessage, { type: 'result' }>['refs'] | null = null;
    let error: string | null = null;
    child.on('message', (m: ReferenceMessage) => {
      if (m.type === 'result') refs = m.refs;
      else error = m.message;
    });
    child.on('exit', (code) => {
      if (refs !== null && code === 0) resolve(refs);
      else reject(new Error(`reference part ${job.part}: ${error ?? `exited with code ${String(code)}`}`));
    });
    child.send(job);
  });
}
