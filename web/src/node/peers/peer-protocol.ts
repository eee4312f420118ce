/**
 * The peer-layer messages: decode each frame from a link and dispatch it through a table keyed
 * by message kind (a new kind without a handler fails the type check). Frames of any other type
 * go to the registry a service claimed them with; a type nobody claimed is counted and dropped,
 * and the link survives it.
 */
import type { Clock } from '../base/clock.ts';
import { ERROR_CODES, TabmeshError } from '../base/errors.ts';
import type { Link } from '../transport/types.ts';
import { ChunkAssembler, chunkPayload } from '../wire/chunks.ts';
import { readFrameHeader } from '../wire/frame.ts';
import { PEER_MESSAGES, type PeerMessage } from '../wire/messages.ts';
import type { Declarations, HandlersOf, Registry, RegistryHandlers } from '../wire/registry.ts';
import { PROTOCOL_VERSION } from '../wire/constants.ts';
import type { PeerId } from '../base/peer-id.ts';
import type { PeerTable } from './peer-table.ts';
import type { Pinger } from './pinger.ts';
import { rolesFromMask, rolesToMask, type Role } from './roles.ts';
import type { ThroughputService } from './throughput.ts';

export interface PeerProtocolDeps {
  clock: Clock;
  table: PeerTable;
  pinger: Pinger;
  throughput: ThroughputService;
  roles(): Role[];
  startedAt(): number;
  isLinked(id: PeerId): boolean;
  changed(): void;
  kick(): void;
}

type PayloadListener = (from: PeerId, contentKind: number, bytes: Uint8Array) => void;

/** The part of a link a service's handler sees. */
export interface FromLink {
  readonly remoteId: PeerId;
  reportMalformed(): void;
}

interface Route {
  registry: Registry;
  handlers: HandlersOf<Declarations, FromLink>;
}

/** Frames this layer could not hand to anyone, by why. */
export interface ProtocolStats {
  /** A type no registry claims (a newer peer's message, or garbage). */
  unclaimed: number;
  /** A claimed type whose body did not decode. */
  malformed: number;
  /** A service's handler threw. */
  handlerErrors: number;
}

export class PeerProtocol {
  readonly #d: PeerProtocolDeps;
  readonly #assemblers = new Map<PeerId, ChunkAssembler>();
  readonly #payloadListeners = new Set<PayloadListener>();
  #nextTransferId = 1;
  readonly #handlers: RegistryHandlers<typeof PEER_MESSAGES, Link>;
  readonly #routes = new Map<number, Route>();
  readonly stats: ProtocolStats = { unclaimed: 0, malformed: 0, handlerErrors: 0 };

  constructor(deps: PeerProtocolDeps) {
    this.#d = deps;
    const d = deps;
    this.#handlers = {
      hello: (msg, link) => {
        // A peer speaking another version could misread everything after; part at once.
        if (msg.protocolVersion !== PROTOCOL_VERSION) return link.close('protocol-violation');
        d.table.upsertLinked(link.remoteId, rolesFromMask(msg.roles), d.clock.now());
        d.changed();
      },
      bye: (_msg, link) => link.close('closed'),
      ping: (msg, link) => void link.send(PEER_MESSAGES.encode({ kind: 'pong', nonce: msg.nonce })),
      pong: (msg) => d.pinger.onPong(msg.nonce),
      peerTable: (msg, link) => {
        d.table.mergeFrom(link.remoteId, msg.entries, d.clock.now());
        d.changed();
        d.kick();
      },
      speedRequest: (msg, link) => d.throughput.onSpeedRequest(link, msg),
      speedData: (msg, link) => d.throughput.onSpeedData(link, msg),
      speedReport: (msg, link) => d.throughput.onSpeedReport(link, msg),
      chunkStart: (msg, link) => this.#chunk(link, msg),
      chunkData: (msg, link) => this.#chunk(link, msg),
      error: (msg, link) => {
        if (ERROR_CODES[msg.code] === 'rate-limited') d.throughput.onRefused(link, msg.context);
      },
    };
  }

  receive(link: Link, frame: Uint8Array): void {
    const header = readFrameHeader(frame);
    if (!header.ok) {
      link.reportMalformed();
      return;
    }
    if (PEER_MESSAGES.has(header.value.type)) {
      const decoded = PEER_MESSAGES.decode(frame);
      if (!decoded.ok) return link.reportMalformed();
      PEER_MESSAGES.dispatch(this.#handlers, decoded.value, link);
      return;
    }
    const route = this.#routes.get(header.value.type);
    if (!route) {
      this.stats.unclaimed++;
      return;
    }
    const decoded = route.registry.decode(frame);
    if (!decoded.ok) {
      this.stats.malformed++;
      link.reportMalformed();
      return;
    }
    try {
      route.registry.dispatch(route.handlers, decoded.value, link);
    } catch {
      // a service's bug must not take the link down, nor the frames behind this one
      this.stats.handlerErrors++;
    }
  }

  /** Routes every type of `registry` to `handlers`. Throws when a type is taken. */
  route<D extends Declarations>(registry: Registry<D>, handlers: HandlersOf<D, FromLink>): void {
    for (const type of registry.types) {
      const holder = PEER_MESSAGES.has(type) ? PEER_MESSAGES.name : this.#routes.get(type)?.registry.name;
      if (holder !== undefined) throw new TabmeshError('bad-field', `${registry.name}: type ${type} is held by ${holder}`);
    }
    const route = { registry, handlers } as unknown as Route;
    for (const type of registry.types) this.#routes.set(type, route);
  }

  sendHello(link: Link): void {
    link.send(
      PEER_MESSAGES.encode({ kind: 'hello', roles: rolesToMask(this.#d.roles()), protocolVersion: PROTOCOL_VERSION, startedAt: this.#d.startedAt() }),
    );
  }

  sendBye(link: Link): void {
    link.send(PEER_MESSAGES.encode({ kind: 'bye', reason: 0 }));
  }

  sendTable(link: Link): void {
    const entries = this.#d.table.toWire(this.#d.isLinked, this.#d.clock.now(), link.remoteId);
    link.send(PEER_MESSAGES.encode({ kind: 'peerTable', entries }));
  }

  async sendPayload(link: Link, contentKind: number, bytes: Uint8Array): Promise<void> {
    const transferId = this.#nextTransferId++ >>> 0;
    for (const msg of chunkPayload(transferId, contentKind, bytes)) {
      const frame = PEER_MESSAGES.encode(msg);
      for (;;) {
        const sent = link.send(frame);
        if (sent.ok) break;
        if (sent.error.code !== 'backpressure') throw sent.error;
        await link.drained();
      }
    }
  }

  onPayload(listener: PayloadListener): () => void {
    this.#payloadListeners.add(listener);
    return () => this.#payloadListeners.delete(listener);
  }

  forget(id: PeerId): void {
    this.#assemblers.delete(id);
  }

  #chunk(link: Link, msg: Extract<PeerMessage, { kind: 'chunkStart' | 'chunkData' }>): void {
    let assembler = this.#assemblers.get(link.remoteId);
    if (!assembler) {
      assembler = new ChunkAssembler();
      this.#assemblers.set(link.remoteId, assembler);
    }
    const result = assembler.accept(msg, this.#d.clock.now());
    if (!result.ok) {
      link.reportMalformed();
      return;
    }
    if (!result.value.done) return;
    const { contentKind, bytes } = result.value;
    for (const listener of this.#payloadListeners) {
      try {
        listener(link.remoteId, contentKind, bytes);
      } catch {
        // a broken listener must not cost the other listeners, or the frames behind this one
      }
    }
  }
}
