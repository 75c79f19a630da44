/** The time, injected so that use cases can be replayed; `now` is an instant, `today` a calendar date in UTC. */
export interface Clock {
  now(): Date;
}
