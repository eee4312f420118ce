/**
 * The btpeer peers that JOINed through the gateway: what LIST answers. The seed trusted any JOIN;
 * here a peer may only list itself — its host must be the address it connects from — only the
 * address that joined may QUIT it, and every entry expires unless joined again. Bounded in
 * total and per address.
 */
import { isIP } from 'node:net';
import type { Clock } from '../../../web/src/node/base/clock.ts';
import { LISTED_PEER_TTL_MS, MAX_LISTED_PEERS_PER_ADDRESS } from './constants.ts';

export interface ListedPeer {
  id: string;
  host: string;
  port: number;
}

interface Entry extends ListedPeer {
  address: string;
  expiresAt: number;
}

export type JoinResult = { ok: true } | { ok: false; reason: string };

const PEER_ID = /^[\x21-\x7e]{1,128}$/;
const HOSTNAME = /^[A-Za-z0-9.-]{1,253}$/;

/** `<id> <host> <port>` as JOIN carries it, or why not. */
export function parseJoin(text: string): ListedPeer | string {
  const parts = text.trim().split(/\s+/);
  if (parts.length !== 3) return 'JOIN takes "<id> <host> <port>"';
  const [id, host, portText] = parts as [string, string, string];
  if (!PEER_ID.test(id)) return 'the peer id must be 1–128 printable characters';
  if (!HOSTNAME.test(host) && isIP(host) === 0) return `${JSON.stringify(host)} is no host name or address`;
  const port = /^\d{1,5}$/.test(portText) ? Number(portText) : NaN;
  if (!(port >= 1 && port <= 65535)) return `${JSON.stringify(portText)} is no port (1–65535)`;
  return { id, host, port };
}

export class PeerList {
  readonly #clock: Clock;
  readonly #max: number;
  readonly #entries = new Map<string, Entry>();

  constructor(clock: Clock, max: number) {
    this.#clock = clock;
    this.#max = max;
  }

  get size(): number {
    this.#expire();
    return this.#entries.size;
  }

  join(peer: ListedPeer, address: string): JoinResult {
    this.#expire();
    if (!sameHost(peer.host, address)) return { ok: false, reason: `host ${peer.host} is not the address this JOIN comes from (${address})` };
    const existing = this.#entries.get(peer.id);
    if (existing && existing.address !== address) return { ok: false, reason: `peer id ${peer.id} is taken` };
    if (!existing) {
      if (this.#entries.size >= this.#max) return { ok: false, reason: 'the peer list is full' };
      if (this.#countOf(address) >= MAX_LISTED_PEERS_PER_ADDRESS) return { ok: false, reason: `at most ${MAX_LISTED_PEERS_PER_ADDRESS} peers per address` };
    }
    this.#entries.delete(peer.id); // re-joined peers go to the end
    this.#entries.set(peer.id, { ...peer, address, expiresAt: this.#clock.now() + LISTED_PEER_TTL_MS });
    return { ok: true };
  }

  quit(id: string, address: string): JoinResult {
    this.#expire();
    const entry = this.#entries.get(id);
    if (!entry) return { ok: false, reason: `peer ${id} is not listed` };
    if (entry.address !== address) return { ok: false, reason: `peer ${id} was joined from another address` };
    this.#entries.delete(id);
    return { ok: true };
  }

  list(): ListedPeer[] {
    this.#expire();
    return [...this.#entries.values()].map(({ id, host, port }) => ({ id, host, port }));
  }

  #countOf(address: string): number {
    let n = 0;
    for (const entry of this.#entries.values()) if (entry.address === address) n++;
    return n;
  }

  #expire(): void {
    const now = this.#clock.now();
    // Insertion order is expiry order: every (re-)join goes to the end with the same TTL.
    for (const [id, entry] of this.#entries) {
      if (entry.expiresAt > now) break;
      this.#entries.delete(id);
    }
  }
}

/** The host a peer names is the address it connects from (a loopback client may say localhost). */
function sameHost(host: string, address: string): boolean {
  if (host === address) return true;
  const loopback = address === '::1' || address.startsWith('127.');
  return loopback && (host === 'localhost' || host === '::1' || host.startsWith('127.'));
}
