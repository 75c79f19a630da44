import { createHash } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';
import type { Hasher } from '@modality/app';

/**
 * Argon2id (the library's default variant; a test checks the `$argon2id$` prefix) with OWASP's second recommended setting (19 MiB, 2 iterations, 1 lane); SHA-256 for tokens,
 * which are random 256-bit values and need no slow hash.
 */
export const argon2Hasher: Hasher = {
  hashPassword: (password) => hash(password, { memoryCost: 19_456, timeCost: 2, parallelism: 1 }),
  verifyPassword: async (stored, password) => {
    try {
      return await verify(stored, password);
    } catch {
      return false;
    }
  },
  digest: (token) => createHash('sha256').update(token).digest('hex'),
};
