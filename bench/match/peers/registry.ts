import type { Peer } from '../peer.js';
import { DuckDbPeer } from './duckdb.js';
import { EnginePeer } from './engine.js';
import { PostgresPeer } from './postgres.js';
import { SqlitePeer } from './sqlite.js';

/** `duckdb` runs at the machine's cores (`--threads`); `duckdb-1t` on one thread, which on a busy 2-core box can be the faster of the two. */
export const PEER_NAMES = ['engine', 'pg', 'pg-gin', 'sqlite', 'sqlite-fts5', 'duckdb', 'duckdb-1t'] as const;
export type PeerName = (typeof PEER_NAMES)[number];

export function isPeerName(s: string): s is PeerName {
  return (PEER_NAMES as readonly string[]).includes(s);
}

export interface PeerOptions {
  /** Threads for the peers that can use more than one (DuckDB, PostgreSQL's leader + workers). */
  threads: number;
  /** PostgreSQL server to create the benchmark databases on (a database URL; its path is ignored). */
  pgUrl: string;
}

export function makePeer(name: PeerName, o: PeerOptions): Peer {
  switch (name) {
    case 'engine':
      return new EnginePeer();
    case 'pg':
      return new PostgresPeer('scan', o.pgUrl, o.threads);
    case 'pg-gin':
      return new PostgresPeer('gin', o.pgUrl, o.threads);
    case 'sqlite':
      return new SqlitePeer('scan');
    case 'sqlite-fts5':
      return new SqlitePeer('fts5');
    case 'duckdb':
      return new DuckDbPeer(o.threads);
    case 'duckdb-1t':
      return new DuckDbPeer(1, 'duckdb-1t');
  }
}
