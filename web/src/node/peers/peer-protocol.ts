/**
 * The peer-layer messages: decode each frame from a link and dispatch it through a table keyed
 * by message kind (a new kind without a handler fails the type check).
 */
import type { Clock } from '../base/clock.ts';
import { ERROR_CODES } from '../base/errors.ts';
import type { Link } from '../transport/types.ts';
import { ChunkAssembler, chunkPayload } from '../wire/chunks.ts';
import { decodeMessage, encodeMessage, type AnyMessage, type MessageHandlers, type MessageOf } from '../wire/messages.ts';
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

/** Message kinds the peers layer carries for the layers above it (apps register handlers). */
export const APP_MESSAGE_KINDS = [
  'mailSend',
  'mailResult',
  'gossipPush',
  'gossipPull',
  'gossipResponse',
  'rumor',
  'ihave',
  'iwant',
  'meshSignal',
  'dhtRoute',
  'dhtResult',
  'dhtRingQuery',
  'dhtRing',
  'dhtNotify',
  'dhtLeave',
] as const;
export type AppMessageKind = (typeof APP_MESSAGE_KINDS)[number];
export type AppMessageHandler<K extends AppMessageKind> = (msg: MessageOf<K>, from: Link) => void;

export class PeerProtocol {
  readonly #d: PeerProtocolDeps;
  readonly #assemblers = new Map<PeerId, ChunkAssembler>();
  readonly #payloadListeners = new Set<PayloadListener>();
  #nextTransferId = 1;
  readonly #handlers: MessageHandlers<Link>;
  readonly #app = new Map<AppMessageKind, AppMessageHandler<AppMessageKind>>();

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
      ping: (msg, link) => void link.send(encodeMessage({ kind: 'pong', nonce: msg.nonce })),
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
      mailSend: (msg, link) => this.#toApp(msg, link),
      mailResult: (msg, link) => this.#toApp(msg, link),
      gossipPush: (msg, link) => this.#toApp(msg, link),
      gossipPull: (msg, link) => this.#toApp(msg, link),
      gossipResponse: (msg, link) => this.#toApp(msg, link),
      rumor: (msg, link) => this.#toApp(msg, link),
      ihave: (msg, link) => this.#toApp(msg, link),
      iwant: (msg, link) => this.#toApp(msg, link),
      meshSignal: (msg, link) => this.#toApp(msg, link),
      dhtRoute: (msg, link) => this.#toApp(msg, link),
      dhtResult: (msg, link) => this.#toApp(msg, link),
      dhtRingQuery: (msg, link) => this.#toApp(msg, link),
      dhtRing: (msg, link) => this.#toApp(msg, link),
      dhtNotify: (msg, link) => this.#toApp(msg, link),
      dhtLeave: (msg, link) => this.#toApp(msg, link),
    };
  }

  receive(link: Link, frame: Uint8Array): void {
    const decoded = decodeMessage(frame);
    if (!decoded.ok) {
      link.reportMalformed();
      return;
    }
    const msg = decoded.value;
    (this.#handlers[msg.kind] as (m: AnyMessage, l: Link) => void)(msg, link);
  }

  sendHello(link: Link): void {
    link.send(
      encodeMessage({ kind: 'hello', roles: rolesToMask(this.#d.roles()), protocolVersion: PROTOCOL_VERSION, startedAt: this.#d.startedAt() }),
    );
  }

  sendBye(link: Link): void {
    link.send(encodeMessage({ kind: 'bye', reason: 0 }));
  }

  sendTable(link: Link): void {
    const entries = this.#d.table.toWire(this.#d.isLinked, this.#d.clock.now(), link.remoteId);
    link.send(encodeMessage({ kind: 'peerTable', entries }));
  }

  async sendPayload(link: Link, contentKind: number, bytes: Uint8Array): Promise<void> {
    const transferId = this.#nextTransferId++ >>> 0;
    for (const msg of chunkPayload(transferId, contentKind, bytes)) {
      const frame = encodeMessage(msg);
      for (;;) {
        const sent = link.send(frame);
        if (sent.ok) break;
        if (sent.error.code !== 'backpressure') throw sent.error;
        await link.drained();
      }
    }
  }

  /** One handler per app message kind; a kind with no handler is ignored. */
  handle<K extends AppMessageKind>(kind: K, handler: AppMessageHandler<K>): () => void {
    const stored = handler as unknown as AppMessageHandler<AppMessageKind>;
    this.#app.set(kind, stored);
    return () => {
      if (this.#app.get(kind) === stored) this.#app.delete(kind);
    };
  }

  #toApp(msg: MessageOf<AppMessageKind>, link: Link): void {
    try {
      this.#app.get(msg.kind)?.(msg, link);
    } catch {
      // an app's bug must not take the link down
    }
  }

  onPayload(listener: PayloadListener): () => void {
    this.#payloadListeners.add(listener);
    return () => this.#payloadListeners.delete(listener);
  }

  forget(id: PeerId): void {
    this.#assemblers.delete(id);
  }

  #chunk(link: Link, msg: AnyMessage & { kind: 'chunkStart' | 'chunkData' }): void {
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
