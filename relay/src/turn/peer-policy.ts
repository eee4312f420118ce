/**
 * Which peers the relay may send to (CreatePermission, ChannelBind, every Send indication). A TURN
 * server is a UDP proxy for anyone holding a credential, so by default it refuses what coturn's
 * denied-peer ranges refuse: private, link-local (cloud metadata at 169.254.169.254), CGNAT and
 * ULA ranges, the relay host's own services, and loopback unless allowed. IPv4-mapped (::ffff:)
 * and NAT64 (64:ff9b::/96) addresses are judged as the IPv4 address they carry.
 */
import { err, ok, type Result } from '../../../web/src/node/base/errors.ts';
import type { PortRange } from './relay-ports.ts';
import { bytesToIp, ipToBytes, type TransportAddress } from './ip-address.ts';
import { parseIpRange, rangeContains, ranges, type IpRange } from './ip-range.ts';

/** Why a peer was refused; the label of tabmesh_relay_turn_permissions_refused_total. */
export const PEER_REFUSAL_REASONS = ['denied-range', 'own-address', 'loopback', 'reserved'] as const;
export type PeerRefusal = (typeof PEER_REFUSAL_REASONS)[number];

/** Never a peer, whatever is allowed: "this network", multicast, reserved and broadcast. */
const RESERVED_V4 = ranges(['0.0.0.0/8', '224.0.0.0/4', '240.0.0.0/4']);
/** Unspecified, deprecated IPv4-compatible (::a.b.c.d) and multicast. */
const RESERVED_V6 = ranges(['::/96', 'ff00::/8']);
const LOOPBACK_V4 = ranges(['127.0.0.0/8']);
const LOOPBACK_V6 = ranges(['::1/128']);
/** Refused unless an allowed range covers them (RFC 1918, 6598, 3927, 6890, 2544). */
const DENIED_V4 = ranges(['10.0.0.0/8', '100.64.0.0/10', '169.254.0.0/16', '172.16.0.0/12', '192.0.0.0/24', '192.168.0.0/16', '198.18.0.0/15']);
/** ULA, link-local and the deprecated site-local range. */
const DENIED_V6 = ranges(['fc00::/7', 'fe80::/10', 'fec0::/10']);
/** IPv6 forms of an IPv4 address: mapped (::ffff:0:0/96) and the NAT64 well-known prefix. */
const CARRYING_V4 = ranges(['::ffff:0:0/96', '64:ff9b::/96']);

export interface PeerPolicyOptions {
  /** Relay to 127.0.0.0/8 and ::1 (tests and one-machine setups). */
  readonly allowLoopbackPeers: boolean;
  /** Ranges opened despite DENIED_*; they never open loopback, reserved or own addresses. */
  readonly allowedRanges: readonly IpRange[];
  /** The relay host's addresses: its interfaces, the listening and the relayed address. */
  readonly ownAddresses: readonly string[];
  /** The server's listening ports: never a peer on the host itself (no relay loops). */
  readonly ownPorts: ReadonlySet<number>;
  /** Where relayed sockets are bound on this host (this relay's and others'): reachable on own addresses. */
  readonly relayedPorts: readonly PortRange[];
}

export class PeerPolicy {
  readonly #options: PeerPolicyOptions;
  /** Canonical text of the own addresses, IPv4 ones as IPv4. */
  readonly #own: ReadonlySet<string>;

  constructor(options: PeerPolicyOptions) {
    this.#options = options;
    const own = new Set<string>();
    for (const address of options.ownAddresses) {
      const bytes = ipToBytes(address);
      if (bytes) own.add(bytesToIp(asIpv4(bytes) ?? bytes));
    }
    this.#own = own;
  }

  /** Why `peer` may not be relayed to, or null when it may. */
  refusal(peer: TransportAddress): PeerRefusal | null {
    const raw = ipToBytes(peer.address);
    if (!raw) return 'reserved';
    const bytes = asIpv4(raw) ?? raw;
    const v4 = bytes.length === 4;
    const loopback = matches(v4 ? LOOPBACK_V4 : LOOPBACK_V6, bytes);
    if (!loopback && matches(v4 ? RESERVED_V4 : RESERVED_V6, bytes)) return 'reserved';
    const own = this.#own.has(bytesToIp(bytes));
    if ((own || loopback) && this.#options.ownPorts.has(peer.port)) return 'own-address';
    if (loopback) return this.#options.allowLoopbackPeers ? null : 'loopback';
    // Two clients of relays on this host reach each other at relayed ports of its own addresses;
    // anything else there is one of the host's services, which trust their own address.
    if (own) return this.#options.relayedPorts.some((r) => peer.port >= r.min && peer.port <= r.max) ? null : 'own-address';
    if (matches(this.#options.allowedRanges, bytes)) return null;
    return matches(v4 ? DENIED_V4 : DENIED_V6, bytes) ? 'denied-range' : null;
  }
}

/** The IPv4 address an IPv6 one carries (mapped or NAT64), else null. */
function asIpv4(bytes: Uint8Array): Uint8Array | null {
  if (bytes.length !== 16 || !matches(CARRYING_V4, bytes)) return null;
  return bytes.subarray(12);
}

function matches(list: readonly IpRange[], bytes: Uint8Array): boolean {
  return list.some((range) => rangeContains(range, bytes));
}

/**
 * A comma-separated list of CIDRs (TURN_ALLOWED_PEER_RANGES) as canonical range texts; an entry
 * that is not a range, or opens loopback (which TURN_ALLOW_LOOPBACK_PEERS alone does), is an error.
 */
export function parseAllowedPeerRanges(list: string): Result<string[]> {
  const texts: string[] = [];
  for (const entry of list.split(',').map((e) => e.trim()).filter((e) => e !== '')) {
    const range = parseIpRange(entry);
    if (!range.ok) return range;
    const network = asIpv4(range.value.bytes) ?? range.value.bytes;
    if (matches(network.length === 4 ? LOOPBACK_V4 : LOOPBACK_V6, network)) {
      return err('bad-field', `${entry} is loopback: set TURN_ALLOW_LOOPBACK_PEERS=1 instead`);
    }
    texts.push(range.value.text);
  }
  return ok(texts);
}

/** Whether `address` lies in a range refused by default (private, link-local, CGNAT, ULA), not loopback. */
export function isInDeniedRange(address: string): boolean {
  const raw = ipToBytes(address);
  if (!raw) return false;
  const bytes = asIpv4(raw) ?? raw;
  return matches(bytes.length === 4 ? DENIED_V4 : DENIED_V6, bytes);
}
