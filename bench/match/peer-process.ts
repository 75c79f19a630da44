import { procStatus } from './memory.js';
import type { PeerRun } from './run.js';
import { runPeer } from './run.js';
import { engineExtras } from './engine-extras.js';
import { EnginePeer } from './peers/engine.js';
import { makePeer, type PeerName, type PeerOptions } from './peers/registry.js';
import type { QuerySet } from './queries.js';

/**
 * The process one peer runs in (forked by main.ts, one per peer, one after another): so that no peer
 * inherits another's heap, caches or garbage, and so that an in-process peer's peak memory is simply
 * this process's VmHWM. Messages: the job in; `server` (PostgreSQL's backend pids, for the parent to
 * sample), then `result` out; the parent answers `ack` once it has read the server's memory, and only
 * then is the peer closed.
 */
export interface PeerJob {
  peer: PeerName;
  dir: string;
  qs: QuerySet;
  k: number;
  seed: number;
  options: PeerOptions;
}

export type PeerMessage = { type: 'server'; pids: number[] } | { type: 'result'; run: PeerRun } | { type: 'error'; message: string };

function send(m: PeerMessage): void {
  process.send?.(m);
}

async function main(job: PeerJob): Promise<void> {
  const baselineMb = procStatus().VmRSS;
  const peer = makePeer(job.peer, job.options);
  const log = (line: string): void => void process.stderr.write(`${line}\n`);
  let inServer = false;
  try {
    const run = await runPeer(peer, job.dir, job.qs, job.k, log, (pids) => {
      inServer = true;
      send({ type: 'server', pids });
    });
    const peakMb = procStatus().VmHWM;
    const extras = { ...(await peer.facts()), ...(peer instanceof EnginePeer ? engineExtras(peer, job.qs, job.k, job.seed) : {}) };
    const memory = inServer ? null : { peakMb, baselineMb, method: 'VmHWM of the peer process' };
    const acked = new Promise<void>((resolve) => process.once('message', () => resolve()));
    send({ type: 'result', run: { ...run, memory, extras } });
    await acked;
  } catch (e) {
    send({ type: 'error', message: e instanceof Error ? (e.stack ?? e.message) : String(e) });
    process.exitCode = 1;
  } finally {
    await peer.close().catch((e: unknown) => {
      send({ type: 'error', message: `close: ${String(e)}` });
      process.exitCode = 1;
    });
  }
  process.disconnect();
}

process.once('message', (job: PeerJob) => void main(job));
