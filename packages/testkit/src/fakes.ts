import { createHash } from 'node:crypto';
import type { Clock, Hasher, IdGenerator } from '@modality/app';

/** A clock that stands still until moved. */
export class FakeClock implements Clock {
  #now: Date;
  constructor(iso = '2026-11-26T09:00:00.000Z') {
    this.#now = new Date(iso);
  }
  now(): Date {
    return new Date(this.#now);
  }
  advance(ms: number): void {
    this.#now = new Date(this.#now.getTime() + ms);
  }
}

/** Sequential ids and tokens (`usr_1`, `tok_2` …): readable in failures, unique within a run. */
export class SequentialIds implements IdGenerator {
  #n = 0;
  newId(prefix: string): string {
    return `${prefix}_${String(++this.#n)}`;
  }
  newToken(): string {
    return `token-${String(++this.#n).padStart(8, '0')}-${'x'.repeat(24)}`;
  }
  newUuid(): string {
    return `00000000-0000-4000-8000-${String(++this.#n).padStart(12, '0')}`;
  }
}

/** A fast stand-in for Argon2id in use-case tests (not for API tests, which use the real one). */
export const fastHasher: Hasher = {
  hashPassword: (p) => Promise.resolve(`fake$${createHash('sha256').update(p).digest('hex')}`),
  verifyPassword: (h, p) => Promise.resolve(h === `fake$${createHash('sha256').update(p).digest('hex')}`),
  digest: (t) => createHash('sha256').update(t).digest('hex'),
};
