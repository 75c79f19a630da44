import { randomBytes, randomUUID } from 'node:crypto';
import type { IdGenerator } from '@modality/app';

/** Ids of 96 random bits and tokens of 256, base64url, from the OS CSPRNG. */
export const cryptoIds: IdGenerator = {
  newId: (prefix) => `${prefix}_${randomBytes(12).toString('base64url')}`,
  newToken: () => randomBytes(32).toString('base64url'),
  newUuid: () => randomUUID(),
};
