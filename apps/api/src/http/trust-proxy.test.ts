import { describe, expect, it } from 'vitest';
import { fastifyTrustProxy, parseTrustProxy } from './trust-proxy.js';

describe('TRUST_PROXY', () => {
  it('trusts no proxy when unset, empty, 0 or false', () => {
    for (const raw of [undefined, '', ' ', '0', 'false'])
      expect(parseTrustProxy(raw)).toEqual({ ok: true, value: false });
  });

  it('reads a hop count, and an address list with CIDR ranges', () => {
    expect(parseTrustProxy('2')).toEqual({ ok: true, value: 2 });
    expect(parseTrustProxy('10.0.0.0/8, 192.168.1.5,::1,fd00::/8')).toEqual({
      ok: true,
      value: ['10.0.0.0/8', '192.168.1.5', '::1', 'fd00::/8'],
    });
  });

  it('refuses "trust everyone" and anything that is not an address, quoting the bad entry', () => {
    expect(parseTrustProxy('true')).toMatchObject({ ok: false, issue: { value: 'true' } });
    expect(parseTrustProxy('*')).toMatchObject({ ok: false, issue: { value: '*' } });
    expect(parseTrustProxy('10.0.0.1, proxy.local')).toMatchObject({
      ok: false,
      issue: { value: 'proxy.local' },
    });
    expect(parseTrustProxy('10.0.0.0/33')).toMatchObject({ ok: false, issue: { value: '10.0.0.0/33' } });
    expect(parseTrustProxy('99')).toMatchObject({ ok: false, issue: { value: '99' } });
  });

  it('turns a hop count into "the N nearest hops"', () => {
    const trust = fastifyTrustProxy(1);
    expect(typeof trust).toBe('function');
    if (typeof trust !== 'function') return;
    expect(trust('203.0.113.9', 0)).toBe(true);
    expect(trust('203.0.113.9', 1)).toBe(false);
  });
});
