import { describe, expect, it } from 'vitest';
import { DEMO_KEY_SECRET, publicUrlFromEnv, secretBoxFromEnv } from './key-secret.js';
import { aesGcmSecretBox } from './secret-box.js';

describe('key-encryption key', () => {
  it('seals and opens; another secret or a changed byte cannot open', () => {
    const box = aesGcmSecretBox('x'.repeat(40));
    const sealed = box.seal('zrv3secret');
    expect(sealed).not.toContain('zrv3secret');
    expect(box.open(sealed)).toBe('zrv3secret');
    expect(box.seal('zrv3secret')).not.toBe(sealed);
    expect(() => aesGcmSecretBox('y'.repeat(40)).open(sealed)).toThrow();
    const parts = sealed.split('.');
    const ct = parts[3] ?? '';
    expect(() => box.open([...parts.slice(0, 3), `${ct[0] === 'A' ? 'B' : 'A'}${ct.slice(1)}`].join('.'))).toThrow();
    expect(() => aesGcmSecretBox('short')).toThrow('at least 32 characters');
  });

  it('comes from MODALITY_KEY_SECRET; the published demo secret only on the embedded demo; else none', () => {
    expect(secretBoxFromEnv({ MODALITY_KEY_SECRET: 's'.repeat(32) }, true).source).toBe('environment');
    const demo = secretBoxFromEnv({}, true);
    expect(demo.source).toBe('demo-default');
    expect(demo.box?.open(aesGcmSecretBox(DEMO_KEY_SECRET).seal('k'))).toBe('k');
    expect(secretBoxFromEnv({}, false)).toEqual({ box: null, source: 'none' });
    expect(secretBoxFromEnv({ MODALITY_KEY_SECRET: '' }, false).source).toBe('none');
  });

  it('takes the public address from MODALITY_PUBLIC_URL, else localhost and the port', () => {
    expect(publicUrlFromEnv({})).toBe('http://localhost:4321');
    expect(publicUrlFromEnv({ PORT: '8080' })).toBe('http://localhost:8080');
    expect(publicUrlFromEnv({ MODALITY_PUBLIC_URL: 'https://modality.example.org/' })).toBe('https://modality.example.org');
    expect(publicUrlFromEnv({ MODALITY_PUBLIC_URL: 'https://x.example/modality/' })).toBe('https://x.example/modality');
    expect(() => publicUrlFromEnv({ MODALITY_PUBLIC_URL: 'modality.example.org' })).toThrow('MODALITY_PUBLIC_URL');
    expect(() => publicUrlFromEnv({ MODALITY_PUBLIC_URL: 'ftp://x.example' })).toThrow('http(s)');
  });
});
