/**
 * The key a client's sockets are counted under: its IPv4 address, or the /64 of its IPv6 address
 * (one host or home gets a whole /64, so counting single IPv6 addresses would cap nothing).
 * Behind a reverse proxy (SIGNALING_TRUST_PROXY) the client is the last X-Forwarded-For hop,
 * the one the proxy itself appended; without that setting the header is ignored, since anyone can send it.
 */
import type { IncomingMessage } from 'node:http';
import { isIPv4, isIPv6 } from 'node:net';

/** Groups of an IPv6 address that name the network a single subscriber is handed. */
const IPV6_PREFIX_GROUPS = 4;
const IPV4_MAPPED_PREFIX = '::ffff:';

export function clientAddress(req: IncomingMessage, trustProxy: boolean): string {
  const direct = req.socket.remoteAddress ?? '';
  if (!trustProxy) return addressKey(direct);
  const forwarded = req.headers['x-forwarded-for'];
  const header = Array.isArray(forwarded) ? forwarded.at(-1) : forwarded;
  const last = header?.split(',').at(-1)?.trim();
  return addressKey(last !== undefined && last !== '' ? last : direct);
}

export function addressKey(address: string): string {
  const lower = address.toLowerCase();
  if (lower.startsWith(IPV4_MAPPED_PREFIX) && isIPv4(lower.slice(IPV4_MAPPED_PREFIX.length))) {
    return lower.slice(IPV4_MAPPED_PREFIX.length);
  }
  if (!isIPv6(lower)) return lower;
  return expandIPv6(lower).slice(0, IPV6_PREFIX_GROUPS).join(':') + '::/64';
}

/** The eight groups of an IPv6 address, '::' expanded (a trailing dotted IPv4 part counts as two). */
function expandIPv6(address: string): string[] {
  const [head = '', tail] = address.split('::') as [string, string | undefined];
  const groups = (part: string): string[] => (part === '' ? [] : part.split(':').flatMap(ipv4AsGroups));
  const front = groups(head);
  if (tail === undefined) return front;
  const back = groups(tail);
  return [...front, ...Array<string>(8 - front.length - back.length).fill('0'), ...back];
}

function ipv4AsGroups(group: string): string[] {
  if (!isIPv4(group)) return [String(parseInt(group, 16).toString(16))];
  const [a = 0, b = 0, c = 0, d = 0] = group.split('.').map(Number);
  return [((a << 8) | b).toString(16), ((c << 8) | d).toString(16)];
}
