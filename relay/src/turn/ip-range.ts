/**
 * IP ranges in CIDR notation ("10.77.0.0/24", "fd00::/8"; a bare address is a range of one), as
 * the peer policy matches them: against the 4 or 16 bytes of an address.
 */
import { err, ok, type Result } from '../../../web/src/node/base/errors.ts';
import { bytesToIp, ipToBytes } from './ip-address.ts';

export interface IpRange {
  /** The network's bytes (host bits cleared): 4 for IPv4, 16 for IPv6. */
  readonly bytes: Uint8Array;
  readonly prefix: number;
  /** Canonical text: network address and prefix. */
  readonly text: string;
}

const PREFIX_PATTERN = /^\d{1,3}$/;

export function parseIpRange(text: string): Result<IpRange> {
  const slash = text.indexOf('/');
  const addressText = slash < 0 ? text : text.slice(0, slash);
  const bytes = ipToBytes(addressText);
  if (!bytes || addressText.includes('%')) return err('bad-field', `${JSON.stringify(text)} is not an IP range (a.b.c.d/n or x::/n)`);
  const bits = bytes.length * 8;
  let prefix = bits;
  if (slash >= 0) {
    const prefixText = text.slice(slash + 1);
    if (!PREFIX_PATTERN.test(prefixText) || Number(prefixText) > bits) {
      return err('bad-field', `${JSON.stringify(text)}: the prefix length must be 0..${bits}`);
    }
    prefix = Number(prefixText);
  }
  const network = bytes.map((byte, i) => byte & maskByte(prefix, i));
  return ok({ bytes: network, prefix, text: `${bytesToIp(network)}/${prefix}` });
}

/** Parses every range or throws; for built-in tables, whose text is known to be good. */
export function ranges(texts: readonly string[]): IpRange[] {
  return texts.map((text) => {
    const range = parseIpRange(text);
    if (!range.ok) throw range.error;
    return range.value;
  });
}

/** Whether `bytes` (an address of the same family) lies in `range`. */
export function rangeContains(range: IpRange, bytes: Uint8Array): boolean {
  if (bytes.length !== range.bytes.length) return false;
  for (let i = 0; i < bytes.length; i++) {
    const mask = maskByte(range.prefix, i);
    if (mask === 0) return true;
    if ((bytes[i]! & mask) !== range.bytes[i]) return false;
  }
  return true;
}

/** The mask of byte `i` under a prefix of `prefix` bits. */
function maskByte(prefix: number, i: number): number {
  const bits = Math.min(8, Math.max(0, prefix - i * 8));
  return (0xff << (8 - bits)) & 0xff;
}
