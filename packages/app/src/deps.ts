import type { Clock, Hasher, IdGenerator, Store } from './ports/index.js';

/** What every use case may touch; composition roots (api, cli) build it once. */
export interface Deps {
  readonly store: Store;
  readonly clock: Clock;
  readonly ids: IdGenerator;
  readonly hasher: Hasher;
}
