import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { BlockList, isIP } from 'node:net';

/**
 * Where webhooks may go and how long a receiver may take.
 *
 * @public
 */
export interface OutboundPolicy {
  /**
   * Hosts callback URLs may name: exact names (`hooks.example.nl`), `*.example.nl` for its
   * subdomains, or IP addresses. A name must also resolve to a public address, unless the
   * address itself is on the list (so an allowed name cannot be pointed at an internal one).
   */
  readonly allowedHosts: readonly string[];
  /** Time for connecting, sending and the answer's status line, in milliseconds. */
  readonly timeoutMs: number;
}

/**
 * The outcome of one POST: the receiver's status, or why there was none.
 *
 * @public
 */
export type SendResult =
  | { readonly statusCode: number }
  | { readonly error: 'timeout' | 'connection-failed' | 'host-not-allowed' | 'address-not-allowed' };

const normalise = (host: string) =>
  host
    .toLowerCase()
    .replace(/^\[|\]$/g, '')
    .replace(/\.$/, '');

/**
 * Whether a host name matches the allow-list (exact, or a subdomain of a `*.` entry).
 *
 * @public
 */
export function isHostAllowed(hostname: string, allowedHosts: readonly string[]): boolean {
  const host = normalise(hostname);
  return allowedHosts.some((entry) => {
    const e = normalise(entry);
    return e.startsWith('*.') ? host.endsWith(e.slice(1)) && host.length > e.length - 1 : host === e;
  });
}

/** Loopback, private, link-local, carrier-grade NAT, unspecified and other non-public ranges. */
const NON_PUBLIC = (() => {
  const list = new BlockList();
  for (const [net, prefix] of [
    ['0.0.0.0', 8],
    ['10.0.0.0', 8],
    ['100.64.0.0', 10],
    ['127.0.0.0', 8],
    ['169.254.0.0', 16],
    ['172.16.0.0', 12],
    ['192.0.0.0', 24],
    ['192.168.0.0', 16],
    ['198.18.0.0', 15],
    ['224.0.0.0', 3],
  ] as const)
    list.addSubnet(net, prefix, 'ipv4');
  for (const [net, prefix] of [
    ['::', 127],
    ['::ffff:0:0', 96],
    ['64:ff9b::', 96],
    ['fc00::', 7],
    ['fe80::', 10],
    ['ff00::', 8],
  ] as const)
    list.addSubnet(net, prefix, 'ipv6');
  return list;
})();

/**
 * Whether an address may be connected to: public, or named on the allow-list itself.
 *
 * @public
 */
export function isAddressAllowed(address: string, allowedHosts: readonly string[]): boolean {
  const family = isIP(address) === 6 ? 'ipv6' : 'ipv4';
  return !NON_PUBLIC.check(address, family) || allowedHosts.some((h) => normalise(h) === normalise(address));
}

/**
 * POSTs a webhook. The host is checked against the allow-list before anything happens, and
 * every address it resolves to is checked inside the connection's own lookup, so what is
 * checked is what is connected to (no second resolution to rebind). Redirects are not
 * followed. Never throws.
 *
 * @public
 */
export function postWebhook(url: string, headers: Record<string, string>, body: string, policy: OutboundPolicy): Promise<SendResult> {
  let target: URL;
  try {
    target = new URL(url);
  } catch {
    return Promise.resolve({ error: 'host-not-allowed' });
  }
  const hostname = normalise(target.hostname);
  if ((target.protocol !== 'https:' && target.protocol !== 'http:') || !isHostAllowed(hostname, policy.allowedHosts))
    return Promise.resolve({ error: 'host-not-allowed' });
  if (isIP(hostname) && !isAddressAllowed(hostname, policy.allowedHosts)) return Promise.resolve({ error: 'address-not-allowed' });
  let refused = false;
  const lookup = (host: string, options: { all?: boolean }, callback: (...args: unknown[]) => void) => {
    dnsLookup(host, { ...options, all: true }, (err, addresses: LookupAddress[]) => {
      if (err) return callback(err);
      const allowed = addresses.filter((a) => isAddressAllowed(a.address, policy.allowedHosts));
      if (allowed.length === 0 || allowed.length !== addresses.length) {
        refused = true;
        return callback(new Error('address not allowed'));
      }
      if (options.all) return callback(null, allowed);
      const first = allowed[0] as LookupAddress;
      return callback(null, first.address, first.family);
    });
  };
  const send = target.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise<SendResult>((resolve) => {
    const req = send(
      target,
      {
        method: 'POST',
        headers: { ...headers, 'Content-Length': String(Buffer.byteLength(body)) },
        lookup: lookup as never,
        signal: AbortSignal.timeout(policy.timeoutMs),
      },
      (res) => {
        // The answer's body is not used: read and drop it, so the socket is released.
        res.resume();
        resolve({ statusCode: res.statusCode ?? 0 });
      },
    );
    req.on('error', (err: Error & { code?: string }) => {
      if (refused) resolve({ error: 'address-not-allowed' });
      else if (err.name === 'AbortError' || err.code === 'ABORT_ERR') resolve({ error: 'timeout' });
      else resolve({ error: 'connection-failed' });
    });
    req.end(body);
  });
}
