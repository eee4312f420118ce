/**
 * IP addresses as bytes and canonical strings. STUN carries addresses as 4 or 16 raw bytes;
 * sockets report strings. Permissions are keyed by the canonical string, so an IPv6 peer written
 * two ways ("::1" and "0:0::1") is one peer.
 */
import { isIPv4, isIPv6 } from 'node:net';
import { networkInterfaces } from 'node:os';

export type IpFamily = 4 | 6;

export interface TransportAddress {
  readonly family: IpFamily;
  readonly address: string;
  readonly port: number;
}

/** 4 bytes for IPv4, 16 for IPv6, or null when `address` is not an IP literal. */
export function ipToBytes(address: string): Uint8Array | null {
  if (isIPv4(address)) return Uint8Array.from(address.split('.'), Number);
  if (!isIPv6(address)) return null;
  const zone = address.indexOf('%');
  let text = zone >= 0 ? address.slice(0, zone) : address;
  const out = new Uint8Array(16);
  // An embedded IPv4 tail ("::ffff:1.2.3.4") becomes two hex groups.
  const lastColon = text.lastIndexOf(':');
  const tail = text.slice(lastColon + 1);
  if (tail.includes('.')) {
    const v4 = Uint8Array.from(tail.split('.'), Number);
    const hi = ((v4[0]! << 8) | v4[1]!).toString(16);
    const lo = ((v4[2]! << 8) | v4[3]!).toString(16);
    text = `${text.slice(0, lastColon + 1)}${hi}:${lo}`;
  }
  const [head, rest] = text.split('::') as [string, string | undefined];
  const headGroups = head === '' ? [] : head.split(':');
  const restGroups = rest === undefined || rest === '' ? [] : rest.split(':');
  const groups =
    rest === undefined
      ? headGroups
      : [...headGroups, ...new Array<string>(8 - headGroups.length - restGroups.length).fill('0'), ...restGroups];
  groups.forEach((group, i) => {
    const value = parseInt(group, 16);
    out[i * 2] = value >> 8;
    out[i * 2 + 1] = value & 0xff;
  });
  return out;
}

/** Canonical text (RFC 5952 for IPv6: lower case, longest run of ≥ 2 zero groups as "::"). */
export function bytesToIp(bytes: Uint8Array): string {
  if (bytes.length === 4) return `${bytes[0]}.${bytes[1]}.${bytes[2]}.${bytes[3]}`;
  const groups: number[] = [];
  for (let i = 0; i < 16; i += 2) groups.push((bytes[i]! << 8) | bytes[i + 1]!);
  let bestStart = -1;
  let bestLength = 1;
  for (let i = 0; i < 8; ) {
    if (groups[i] !== 0) {
      i++;
      continue;
    }
    let j = i;
    while (j < 8 && groups[j] === 0) j++;
    if (j - i > bestLength) [bestStart, bestLength] = [i, j - i];
    i = j;
  }
  const hex = groups.map((g) => g.toString(16));
  if (bestStart < 0) return hex.join(':');
  const left = hex.slice(0, bestStart).join(':');
  const right = hex.slice(bestStart + bestLength).join(':');
  return `${left}::${right}`;
}

/** The canonical form of an IP literal; IPv4 strings from sockets are canonical already. */
export function canonicalIp(address: string): string {
  if (!address.includes(':')) return address;
  const bytes = ipToBytes(address);
  return bytes ? bytesToIp(bytes) : address;
}

/**
 * The address a client is known by: IPv4 clients of a dual-stack socket arrive as
 * "::ffff:a.b.c.d" and are answered (XOR-MAPPED-ADDRESS) as the IPv4 address they are.
 */
export function clientAddress(address: string, family: string, port: number): TransportAddress {
  if (family === 'IPv6' && address.startsWith('::ffff:') && isIPv4(address.slice(7))) {
    return { family: 4, address: address.slice(7), port };
  }
  return { family: family === 'IPv6' ? 6 : 4, address: family === 'IPv6' ? canonicalIp(address) : address, port };
}

export function familyOf(address: string): IpFamily | null {
  if (isIPv4(address)) return 4;
  if (isIPv6(address)) return 6;
  return null;
}

/** Every address of this machine's interfaces (loopback included), canonical. */
export function interfaceAddresses(): string[] {
  return Object.values(networkInterfaces()).flatMap((list) => (list ?? []).map((a) => canonicalIp(a.address)));
}
