/**
 * Who keeps the chain where, for the Nodes page (seed 001's "scanner"): every node announces its
 * chain height and chain roles by gossip every PRESENCE_INTERVAL_MS (the first after its start has
 * settled) and when it starts mining;
 * an announcement not renewed within PRESENCE_TTL_MS is forgotten. Rumours are signed by their
 * origin, so nobody announces in another node's name. The bytes: height u32, the tip hash's first
 * 8 bytes, roles u8 (bit 0 full, 1 miner, 2 seed, 3 head).
 */
import type { PeerId } from '../base/peer-id.ts';
import { bytesHex, hexBytes } from './header.ts';

export const PRESENCE_DATA_TYPE = 0x7b02;
export const PRESENCE_INTERVAL_MS = 120_000;
export const PRESENCE_TTL_MS = 3 * PRESENCE_INTERVAL_MS;
/** The first announcement comes this long after start, plus up to one interval of jitter. */
export const PRESENCE_FIRST_MS = 30_000;
const PRESENCE_BYTES = 13;
const MAX_KNOWN = 4096;

export const CHAIN_ROLES = ['full', 'miner', 'seed', 'head'] as const;
export type ChainRole = (typeof CHAIN_ROLES)[number];

export interface Presence {
  height: number;
  /** The tip hash's first 16 hex digits. */
  tip: string;
  roles: ChainRole[];
}

export function encodePresence(p: Presence): Uint8Array {
  const out = new Uint8Array(PRESENCE_BYTES);
  const view = new DataView(out.buffer);
  view.setUint32(0, p.height);
  out.set(hexBytes(p.tip.slice(0, 16)), 4);
  out[12] = p.roles.reduce((mask, role) => mask | (1 << CHAIN_ROLES.indexOf(role)), 0);
  return out;
}

export function decodePresence(bytes: Uint8Array): Presence | undefined {
  if (bytes.length !== PRESENCE_BYTES) return undefined;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const mask = bytes[12]!;
  if (mask >> CHAIN_ROLES.length) return undefined;
  return { height: view.getUint32(0), tip: bytesHex(bytes.subarray(4, 12)), roles: CHAIN_ROLES.filter((_, i) => mask & (1 << i)) };
}

/** What other nodes last announced, forgotten after PRESENCE_TTL_MS. */
export class PresenceBook {
  readonly #heard = new Map<PeerId, Presence & { at: number }>();

  heard(origin: PeerId, presence: Presence, now: number): void {
    this.#heard.delete(origin);
    this.#heard.set(origin, { ...presence, at: now });
    if (this.#heard.size > MAX_KNOWN) this.#heard.delete(this.#heard.keys().next().value!);
  }

  get(id: PeerId, now: number): Presence | undefined {
    const p = this.#heard.get(id);
    if (!p || now - p.at > PRESENCE_TTL_MS) return undefined;
    return { height: p.height, tip: p.tip, roles: p.roles };
  }

  all(now: number): [PeerId, Presence][] {
    return [...this.#heard.keys()].flatMap((id) => {
      const p = this.get(id, now);
      return p ? [[id, p] as [PeerId, Presence]] : [];
    });
  }
}
