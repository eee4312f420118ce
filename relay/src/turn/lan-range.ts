/**
 * For a relay on a private LAN address (npm start on a laptop): the LAN it sits on, which TURN
 * refuses by default. One-machine setups allow it, as they allow loopback on a loopback-only host.
 */
import { networkInterfaces, type NetworkInterfaceInfo } from 'node:os';
import { canonicalIp } from './ip-address.ts';
import { parseIpRange } from './ip-range.ts';
import { isInDeniedRange } from './peer-policy.ts';

type Interfaces = Readonly<Record<string, readonly NetworkInterfaceInfo[] | undefined>>;

/**
 * The subnet (canonical CIDR) of the interface carrying `relayIp` when that address is in a
 * denied range, the address alone when no interface carries it; null for any other address.
 */
export function privateLanRange(relayIp: string, interfaces: Interfaces = networkInterfaces()): string | null {
  if (!isInDeniedRange(relayIp)) return null;
  const ip = canonicalIp(relayIp);
  for (const list of Object.values(interfaces)) {
    for (const info of list ?? []) {
      if (canonicalIp(info.address) !== ip || info.cidr === null) continue;
      const range = parseIpRange(info.cidr);
      if (range.ok) return range.value.text;
    }
  }
  const single = parseIpRange(ip);
  return single.ok ? single.value.text : null;
}
