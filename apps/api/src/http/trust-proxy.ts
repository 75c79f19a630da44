import { isIP } from 'node:net';

/** What Fastify is told about proxies: `false` (none), a hop count, or the proxies' addresses / CIDR ranges. */
export type TrustProxy = false | number | readonly string[];

/** Why a `TRUST_PROXY` value was refused, quoting it. */
export interface TrustProxyIssue {
  readonly value: string;
  readonly message: string;
}

function isAddressOrRange(entry: string): boolean {
  const [address = '', bits, ...rest] = entry.split('/');
  const version = isIP(address);
  if (version === 0 || rest.length > 0) return false;
  if (bits === undefined) return true;
  if (!/^\d{1,3}$/.test(bits)) return false;
  return Number(bits) <= (version === 4 ? 32 : 128);
}

/**
 * Reads `TRUST_PROXY`. Unset or empty: no proxy is trusted and the client address is the socket's peer, so
 * no request can choose its own address with `X-Forwarded-For`. A whole number N: trust the N hops nearest
 * to the server (one load balancer in front: `1`). Otherwise a comma-separated list of the proxies'
 * addresses or CIDR ranges (`10.0.0.0/8, 192.168.1.5`). `true`/`*` ("trust everyone") is refused on purpose.
 *
 * @example parseTrustProxy('1') // { ok: true, value: 1 }
 */
export function parseTrustProxy(
  raw: string | undefined,
): { ok: true; value: TrustProxy } | { ok: false; issue: TrustProxyIssue } {
  const text = (raw ?? '').trim();
  if (text === '' || text === '0' || text.toLowerCase() === 'false') return { ok: true, value: false };
  if (/^\d+$/.test(text)) {
    const hops = Number(text);
    if (hops > 10) return { ok: false, issue: { value: text, message: 'a hop count must be from 0 to 10' } };
    return { ok: true, value: hops };
  }
  const entries = text
    .split(',')
    .map((e) => e.trim())
    .filter((e) => e !== '');
  const bad = entries.find((e) => !isAddressOrRange(e));
  if (bad !== undefined) {
    return {
      ok: false,
      issue: {
        value: bad,
        message: 'must be a hop count, or a comma-separated list of IP addresses or CIDR ranges',
      },
    };
  }
  return { ok: true, value: entries };
}

/** The setting in Fastify's terms; a hop count becomes "trust the N nearest hops" (what proxy-addr does with N). */
export function fastifyTrustProxy(
  trust: TrustProxy,
): boolean | string[] | ((address: string, hop: number) => boolean) {
  if (trust === false) return false;
  if (typeof trust === 'number') return (_address, hop) => hop < trust;
  return [...trust];
}
