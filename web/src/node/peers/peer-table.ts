/**
 * The peer table (seed 002): what this node knows about other nodes — roles, RTT, measured
 * throughput, last seen — deduplicated by id, pruned when probes fail, merged with the tables of
 * neighbours. Entries heard from a neighbour are hearsay until this node measures them itself.
 */
import type { PeerRow, GraphLink } from './types.ts';
import { UNKNOWN_LATENCY_US } from '../wire/constants.ts';
import { isPeerId, type PeerId } from '../base/peer-id.ts';
import { isRole, rolesFromMask, rolesToMask, type Role } from './roles.ts';
import {
  HEARSAY_TTL_MS,
  MAX_PROBE_FAILURES,
  MAX_TABLE_ENTRIES,
  MAX_TABLE_ENTRIES_SENT,
  RTT_SAMPLES_KEPT,
  SRTT_ALPHA,
} from './constants.ts';

export { UNKNOWN_LATENCY_US };

/** One entry as it travels in a peerTable message. */
export interface WireTableEntry {
  id: PeerId;
  roles: number;
  linked: number;
  latencyUs: number;
  downBps: number;
  upBps: number;
  ageMs: number;
}

export interface PeerEntry {
  id: PeerId;
  roles: Role[];
  source: 'measured' | 'hearsay';
  rttSamples: number[];
  srttMs?: number;
  downBps?: number;
  upBps?: number;
  lastSeen: number;
  via?: PeerId;
  probeFailures: number;
  /** Peers this entry reported having open links to (from its own table). */
  neighbours: Set<PeerId>;
}

export interface PeerTableSnapshot {
  version: 1;
  entries: { id: PeerId; roles: Role[]; latencyMs?: number; downBps?: number; upBps?: number; lastSeen: number }[];
}

export function latencyMs(entry: PeerEntry): number | undefined {
  return entry.rttSamples.length === 0 ? undefined : Math.min(...entry.rttSamples) / 2;
}

export class PeerTable {
  readonly selfId: PeerId;
  readonly #entries = new Map<PeerId, PeerEntry>();

  constructor(selfId: PeerId) {
    this.selfId = selfId;
  }

  get size(): number {
    return this.#entries.size;
  }

  get(id: PeerId): PeerEntry | undefined {
    return this.#entries.get(id);
  }

  ids(): PeerId[] {
    return [...this.#entries.keys()];
  }

  entries(): PeerEntry[] {
    return [...this.#entries.values()];
  }

  /** A neighbour we hold a link to: measured from now on. */
  upsertLinked(id: PeerId, roles: Role[], now: number): PeerEntry {
    const entry = this.#ensure(id, now);
    entry.roles = roles;
    entry.source = 'measured';
    entry.lastSeen = now;
    delete entry.via;
    return entry;
  }

  /** Peers learnt from the signaling server's bootstrap sample. */
  addCandidate(id: PeerId, roles: Role[], now: number): void {
    if (id === this.selfId || this.#entries.has(id)) return;
    const entry = this.#ensure(id, now);
    entry.roles = roles;
    this.#enforceLimit();
  }

  recordRtt(id: PeerId, rttMs: number, now: number): void {
    const entry = this.#entries.get(id);
    if (!entry) return;
    entry.rttSamples.push(rttMs);
    if (entry.rttSamples.length > RTT_SAMPLES_KEPT) entry.rttSamples.shift();
    entry.srttMs = entry.srttMs === undefined ? rttMs : (1 - SRTT_ALPHA) * entry.srttMs + SRTT_ALPHA * rttMs;
    entry.probeFailures = 0;
    entry.lastSeen = now;
    entry.source = 'measured';
  }

  /** Returns true when the peer has failed enough probes in a row to be pruned. */
  recordProbeFailure(id: PeerId): boolean {
    const entry = this.#entries.get(id);
    if (!entry) return false;
    entry.probeFailures += 1;
    return entry.probeFailures >= MAX_PROBE_FAILURES;
  }

  recordThroughput(id: PeerId, measured: { downBps?: number; upBps?: number }, now: number): void {
    const entry = this.#entries.get(id);
    if (!entry) return;
    if (measured.downBps !== undefined) entry.downBps = measured.downBps;
    if (measured.upBps !== undefined) entry.upBps = measured.upBps;
    entry.lastSeen = now;
    entry.source = 'measured';
  }

  remove(id: PeerId): boolean {
    for (const entry of this.#entries.values()) entry.neighbours.delete(id);
    return this.#entries.delete(id);
  }

  /**
   * Merge a neighbour's table. Its own measurements become hearsay here; our measurements are
   * never overwritten by hearsay; hearsay we had from this neighbour that it no longer lists
   * is dropped, since it was the only source.
   */
  mergeFrom(via: PeerId, wire: readonly WireTableEntry[], now: number): void {
    const listed = new Set<PeerId>();
    const viaEntry = this.#entries.get(via);
    if (viaEntry) viaEntry.neighbours = new Set();
    for (const item of wire) {
      if (item.id === via || listed.has(item.id)) continue;
      listed.add(item.id);
      if (item.linked === 1) viaEntry?.neighbours.add(item.id);
      if (item.id === this.selfId) continue;
      const existing = this.#entries.get(item.id);
      if (existing && existing.source === 'measured') continue;
      const entry = existing ?? this.#ensure(item.id, now - item.ageMs);
      entry.roles = rolesFromMask(item.roles);
      entry.via = via;
      entry.lastSeen = Math.max(entry.lastSeen, now - item.ageMs);
      if (item.latencyUs !== UNKNOWN_LATENCY_US) entry.rttSamples = [(item.latencyUs / 1000) * 2];
      if (item.downBps > 0) entry.downBps = item.downBps;
      if (item.upBps > 0) entry.upBps = item.upBps;
    }
    for (const entry of this.#entries.values()) {
      if (entry.source === 'hearsay' && entry.via === via && !listed.has(entry.id)) this.#entries.delete(entry.id);
    }
    this.#enforceLimit();
  }

  /** Forget hearsay nobody has refreshed. Returns the ids dropped. */
  expireHearsay(now: number): PeerId[] {
    const dropped: PeerId[] = [];
    for (const entry of this.#entries.values()) {
      if (entry.source === 'hearsay' && now - entry.lastSeen > HEARSAY_TTL_MS) dropped.push(entry.id);
    }
    for (const id of dropped) this.#entries.delete(id);
    return dropped;
  }

  /** Our table as we tell it to a neighbour: measured entries first, then freshest hearsay. */
  toWire(isLinked: (id: PeerId) => boolean, now: number, exclude?: PeerId): WireTableEntry[] {
    const sorted = this.entries()
      .filter((e) => e.id !== exclude)
      .sort((a, b) => rank(a) - rank(b) || b.lastSeen - a.lastSeen);
    return sorted.slice(0, MAX_TABLE_ENTRIES_SENT).map((e) => {
      const latency = latencyMs(e);
      return {
        id: e.id,
        roles: rolesToMask(e.roles),
        linked: isLinked(e.id) ? 1 : 0,
        latencyUs: latency === undefined || !(latency >= 0) ? UNKNOWN_LATENCY_US : Math.min(Math.round(latency * 1000), UNKNOWN_LATENCY_US - 1),
        downBps: clampU32(e.downBps),
        upBps: clampU32(e.upBps),
        ageMs: clampU32(Math.max(0, now - e.lastSeen)),
      };
    });
  }

  rows(linkState: (id: PeerId) => PeerRow['link']): PeerRow[] {
    return this.entries().map((e) => {
      const row: PeerRow = { id: e.id, roles: e.roles, link: linkState(e.id), source: e.source, lastSeen: e.lastSeen };
      const latency = latencyMs(e);
      if (latency !== undefined) row.latencyMs = latency;
      if (e.srttMs !== undefined) row.srttMs = e.srttMs;
      if (e.downBps !== undefined) row.downBps = e.downBps;
      if (e.upBps !== undefined) row.upBps = e.upBps;
      if (e.via !== undefined) row.via = e.via;
      return row;
    });
  }

  /** Links between other nodes as their tables reported them. */
  reportedLinks(): GraphLink[] {
    const links: GraphLink[] = [];
    for (const entry of this.#entries.values()) {
      for (const other of entry.neighbours) if (entry.id < other || !this.#entries.get(other)?.neighbours.has(entry.id)) links.push({ a: entry.id, b: other });
    }
    return links;
  }

  snapshot(): PeerTableSnapshot {
    return {
      version: 1,
      entries: this.entries().map((e) => {
        const item: PeerTableSnapshot['entries'][number] = { id: e.id, roles: e.roles, lastSeen: e.lastSeen };
        const latency = latencyMs(e);
        if (latency !== undefined) item.latencyMs = latency;
        if (e.downBps !== undefined) item.downBps = e.downBps;
        if (e.upBps !== undefined) item.upBps = e.upBps;
        return item;
      }),
    };
  }

  /**
   * Entries restored from storage are candidates, not facts: hearsay until measured again.
   * Storage may hold anything (an older version, a corrupt write): items that would poison the
   * table — an id the wire cannot carry, a lastSeen that never expires — are skipped.
   */
  restore(snapshot: PeerTableSnapshot, now: number): void {
    const items = Array.isArray(snapshot?.entries) ? snapshot.entries : [];
    for (const item of items.slice(0, MAX_TABLE_ENTRIES)) {
      if (!isPeerId(item?.id) || !Number.isFinite(item.lastSeen)) continue;
      if (item.id === this.selfId || this.#entries.has(item.id)) continue;
      const entry = this.#ensure(item.id, Math.min(item.lastSeen, now));
      entry.roles = Array.isArray(item.roles) ? item.roles.filter(isRole) : [];
      if (isMeasure(item.latencyMs)) entry.rttSamples = [item.latencyMs * 2];
      if (isMeasure(item.downBps)) entry.downBps = item.downBps;
      if (isMeasure(item.upBps)) entry.upBps = item.upBps;
    }
  }

  #ensure(id: PeerId, now: number): PeerEntry {
    let entry = this.#entries.get(id);
    if (!entry) {
      entry = { id, roles: [], source: 'hearsay', rttSamples: [], lastSeen: now, probeFailures: 0, neighbours: new Set() };
      this.#entries.set(id, entry);
    }
    return entry;
  }

  #enforceLimit(): void {
    if (this.#entries.size <= MAX_TABLE_ENTRIES) return;
    const hearsay = this.entries()
      .filter((e) => e.source === 'hearsay')
      .sort((a, b) => a.lastSeen - b.lastSeen);
    for (const e of hearsay.slice(0, this.#entries.size - MAX_TABLE_ENTRIES)) this.#entries.delete(e.id);
  }
}

function rank(e: PeerEntry): number {
  return e.source === 'measured' ? 0 : 1;
}

function isMeasure(x: unknown): x is number {
  return typeof x === 'number' && Number.isFinite(x) && x >= 0;
}

function clampU32(x: number | undefined): number {
  if (x === undefined || !Number.isFinite(x) || x < 0) return 0;
  return Math.min(Math.round(x), 0xffffffff);
}
