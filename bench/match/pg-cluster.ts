import { execFileSync, spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * A private PostgreSQL cluster for the benchmark (plan §8.5): `initdb` in a temporary folder, started
 * with `pg_ctl` on 127.0.0.1 and a free port, stopped and deleted at the end. It exists so that the
 * server-level settings a PostgreSQL engineer would size for this data set — which need a restart and so
 * cannot be set per session on a shared server — are the server's: shared_buffers large enough to hold
 * the tables and indexes, and room for parallel workers. Everything else is the distribution's default.
 */
export interface PrivateCluster {
  url: string;
  settings: string;
  stop(): void;
}

/** The newest installed server binaries (Debian: /usr/lib/postgresql/<major>/bin). */
function serverBin(): string {
  const root = '/usr/lib/postgresql';
  const majors = existsSync(root) ? readdirSync(root).filter((v) => existsSync(join(root, v, 'bin', 'initdb'))).sort((a, b) => Number(b) - Number(a)) : [];
  if (majors[0] === undefined) throw new Error('no PostgreSQL server binaries under /usr/lib/postgresql (apt-get install postgresql)');
  return join(root, majors[0], 'bin');
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const a = s.address();
      const port = typeof a === 'object' && a !== null ? a.port : 0;
      s.close(() => resolve(port));
    });
  });
}

/** Starts a private cluster; `stop()` (also run on process exit) stops it and deletes its folder. */
export async function startPrivateCluster(sharedBuffers: string, workers: number, log: (line: string) => void): Promise<PrivateCluster> {
  const bin = serverBin();
  const dir = mkdtempSync(join(tmpdir(), 'modality-bench-pg-'));
  const data = join(dir, 'data');
  // PostgreSQL refuses to run as root: as root, the folder goes to the postgres user and commands run as it.
  const asRoot = process.getuid?.() === 0;
  if (asRoot) {
    const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());
    const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim());
    chownSync(dir, uid, gid);
  }
  const run = (cmd: string, args: string[]): void => {
    const r = asRoot ? spawnSync('runuser', ['-u', 'postgres', '--', join(bin, cmd), ...args], { encoding: 'utf8' }) : spawnSync(join(bin, cmd), args, { encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`${cmd} failed: ${r.stderr || r.stdout}`);
  };
  const port = await freePort();
  const options = [
    `-c listen_addresses=127.0.0.1`, `-p ${port}`, `-c unix_socket_directories=${dir}`,
    `-c shared_buffers=${sharedBuffers}`, `-c max_worker_processes=${Math.max(8, workers + 4)}`, `-c max_parallel_workers=${Math.max(8, workers)}`,
  ].join(' ');
  run('initdb', ['-D', data, '-U', 'postgres', '-A', 'trust', '-E', 'UTF8', '--locale=C', '--no-sync']);
  run('pg_ctl', ['-D', data, '-o', options, '-l', join(dir, 'server.log'), '-w', 'start']);
  let stopped = false;
  const stop = (): void => {
    if (stopped) return;
    stopped = true;
    spawnSync(asRoot ? 'runuser' : join(bin, 'pg_ctl'), asRoot ? ['-u', 'postgres', '--', join(bin, 'pg_ctl'), '-D', data, '-m', 'fast', '-w', 'stop'] : ['-D', data, '-m', 'fast', '-w', 'stop']);
    rmSync(dir, { recursive: true, force: true });
  };
  process.on('exit', stop);
  log(`private PostgreSQL cluster in ${dir} on 127.0.0.1:${port} (shared_buffers ${sharedBuffers})`);
  return { url: `postgres://postgres@127.0.0.1:${port}/postgres`, settings: `private cluster, shared_buffers ${sharedBuffers}`, stop };
}
