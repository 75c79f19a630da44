import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';
import type { SecretBox } from '@modality/app';

/** Secrets shorter than this are refused: the key-encryption key is only as strong as its secret. */
export const MIN_KEY_SECRET_LENGTH = 32;

/**
 * A {@link SecretBox} with AES-256-GCM under a key derived (HKDF-SHA256) from the install's secret
 * (`MODALITY_KEY_SECRET`). Sealed text: `v1.<iv>.<tag>.<ciphertext>`, base64url parts.
 */
export function aesGcmSecretBox(secret: string): SecretBox {
  if (secret.length < MIN_KEY_SECRET_LENGTH) throw new RangeError(`MODALITY_KEY_SECRET must be at least ${String(MIN_KEY_SECRET_LENGTH)} characters`);
  const key = Buffer.from(hkdfSync('sha256', secret, 'modality-key-encryption', 'issuer keys v1', 32));
  return {
    seal(plaintext) {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', key, iv);
      const ct = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
      return ['v1', iv.toString('base64url'), cipher.getAuthTag().toString('base64url'), ct.toString('base64url')].join('.');
    },
    open(sealed) {
      const [v, iv, tag, ct] = sealed.split('.');
      if (v !== 'v1' || iv === undefined || tag === undefined || ct === undefined) throw new Error('not a sealed secret');
      const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'));
      decipher.setAuthTag(Buffer.from(tag, 'base64url'));
      return Buffer.concat([decipher.update(Buffer.from(ct, 'base64url')), decipher.final()]).toString('utf8');
    },
  };
}
