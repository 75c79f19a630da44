import type { SecretBox } from '@modality/app';
import { aesGcmSecretBox } from './secret-box.js';

/**
 * The key-encryption secret of the embedded demo. Published on purpose: it protects only the demo school's
 * fictitious issuer key, and only when the demo runs on the embedded SQLite database with no
 * `MODALITY_KEY_SECRET` set. Every other install must set its own secret to issue credentials.
 */
export const DEMO_KEY_SECRET = 'modality-demo-key-secret--not-for-real-credentials';

/** How the install got its key-encryption key. */
export type KeySecretSource = 'environment' | 'demo-default' | 'none';

/**
 * The install's {@link SecretBox}: from `MODALITY_KEY_SECRET` when set; else, only for the embedded demo
 * (SQLite holding the demo data), from {@link DEMO_KEY_SECRET}; else none, and the install verifies
 * credentials but cannot issue them.
 */
export function secretBoxFromEnv(env: Readonly<Record<string, string | undefined>>, embeddedDemo: boolean): { box: SecretBox | null; source: KeySecretSource } {
  const secret = env.MODALITY_KEY_SECRET;
  if (secret !== undefined && secret !== '') return { box: aesGcmSecretBox(secret), source: 'environment' };
  if (embeddedDemo) return { box: aesGcmSecretBox(DEMO_KEY_SECRET), source: 'demo-default' };
  return { box: null, source: 'none' };
}

/**
 * The install's public address (`MODALITY_PUBLIC_URL`, e.g. `https://modality.example.org`), which names
 * its `did:web` issuers and the addresses of its status lists and calendars; default
 * `http://localhost:<PORT or 4321>`.
 */
export function publicUrlFromEnv(env: Readonly<Record<string, string | undefined>>): string {
  const raw = env.MODALITY_PUBLIC_URL ?? `http://localhost:${env.PORT ?? '4321'}`;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new RangeError(`MODALITY_PUBLIC_URL must be an absolute http(s) address, got ${raw}`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new RangeError(`MODALITY_PUBLIC_URL must be http(s), got ${raw}`);
  return `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
}
