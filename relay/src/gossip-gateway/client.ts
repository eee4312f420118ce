/**
 * One TCP connection of the course gossip API: its bytes cut into messages by a FrameSplitter,
 * each decoded and dispatched through CLIENT_HANDLERS; its subscriptions (one per data type),
 * its notifications awaiting VALIDATION and its outgoing queue. Anything malformed closes this
 * connection alone. Closing unsubscribes everything, so the notifications still awaiting this
 * client's verdict count as not validated.
 */
import type { Socket } from 'node:net';
import { TabmeshError } from '../../../web/src/node/base/errors.ts';
import type { GossipApi, Notification, Subscription } from '../../../web/src/node/gossip/api.ts';
import {
  COURSE_GOSSIP_MESSAGES,
  gossipNotification,
  MAX_COURSE_GOSSIP_DATA_BYTES,
  type CourseGossipMessage,
} from './messages.ts';
import { ClientWriter } from '../tcp-gateway/client-writer.ts';
import { readMessages } from '../tcp-gateway/message-reader.ts';
import { CLIENT_HANDLERS, type ClientSession } from './handlers.ts';
import { PendingValidations } from './pending-validations.ts';

export interface GatewayCounters {
  /** NOTIFICATIONs handed to client sockets (one write each). */
  notificationsSent: number;
  /** ANNOUNCEs read from clients. */
  announcesReceived: number;
  /** ANNOUNCEs the mesh refused (rate-limited, oversized, …); the client stays connected. */
  announcesRejected: number;
  validationsReceived: number;
  /** VALIDATIONs naming no awaited message id (late, repeated or made up); ignored. */
  unknownValidations: number;
  /** Notifications left unanswered past the per-client bound, settled as not validated. */
  evictedValidations: number;
  /** Connections closed for a malformed message, an unknown type or a gateway-only type. */
  malformedCloses: number;
  /** Connections dropped for letting their outgoing queue grow past the bound. */
  slowClientDrops: number;
  /** Connections refused by the per-address or total limit. */
  refusedConnections: number;
  /** Failures inside the gateway or the gossip service; the gateway carries on. */
  internalErrors: number;
}

export function zeroCounters(): GatewayCounters {
  return {
    notificationsSent: 0,
    announcesReceived: 0,
    announcesRejected: 0,
    validationsReceived: 0,
    unknownValidations: 0,
    evictedValidations: 0,
    malformedCloses: 0,
    slowClientDrops: 0,
    refusedConnections: 0,
    internalErrors: 0,
  };
}

export interface ClientContext {
  readonly gossip: GossipApi;
  readonly counters: GatewayCounters;
  readonly maxQueueBytes: number;
  readonly maxPendingValidations: number;
  readonly onError: (message: string, error: unknown) => void;
}

export class GatewayClient implements ClientSession {
  readonly #socket: Socket;
  readonly #ctx: ClientContext;
  readonly #onClosed: () => void;
  readonly #writer: ClientWriter;
  readonly #pending: PendingValidations;
  readonly #subscriptions = new Map<number, Subscription>();
  readonly #listener = (notification: Notification): void => this.#notify(notification);
  #closed = false;

  constructor(socket: Socket, ctx: ClientContext, onClosed: () => void) {
    this.#socket = socket;
    this.#ctx = ctx;
    this.#onClosed = onClosed;
    this.#writer = new ClientWriter(socket, ctx.maxQueueBytes, () => ctx.counters.notificationsSent++);
    this.#pending = new PendingValidations(ctx.maxPendingValidations);
    readMessages<CourseGossipMessage>(socket, this, {
      decode: COURSE_GOSSIP_MESSAGES.decode,
      message: (msg) => this.#guard(msg.kind, () => COURSE_GOSSIP_MESSAGES.dispatch(CLIENT_HANDLERS, msg, this)),
    });
  }

  get subscriptionCount(): number {
    return this.#subscriptions.size;
  }

  get pendingValidations(): number {
    return this.#pending.size;
  }

  get closed(): boolean {
    return this.#closed;
  }

  get queuedBytes(): number {
    return this.#writer.queuedBytes;
  }

  subscribe(dataType: number): void {
    if (this.#subscriptions.has(dataType)) return;
    this.#subscriptions.set(dataType, this.#ctx.gossip.subscribe(dataType, this.#listener));
  }

  announce(ttl: number, dataType: number, data: Uint8Array): void {
    this.#ctx.counters.announcesReceived++;
    // One subscription per data type, and an announce reaches only its own type's subscribers:
    // excluding this one keeps the announce from every subscription of this client.
    const except = this.#subscriptions.get(dataType);
    try {
      this.#ctx.gossip.announce(ttl, dataType, data, except ? { except } : {});
    } catch (error) {
      if (!(error instanceof TabmeshError)) throw error;
      this.#ctx.counters.announcesRejected++;
    }
  }

  validate(localId: number, valid: boolean): void {
    this.#ctx.counters.validationsReceived++;
    const notificationId = this.#pending.take(localId);
    if (notificationId === undefined) {
      this.#ctx.counters.unknownValidations++;
      return;
    }
    this.#ctx.gossip.validate(notificationId, valid);
  }

  violate(_why: string): void {
    this.#ctx.counters.malformedCloses++;
    this.close();
  }

  /** Idempotent; also what the socket's 'close' ends in. */
  close(): void {
    if (this.#closed) return;
    this.#closed = true;
    this.#socket.destroy();
    for (const subscription of this.#subscriptions.values()) {
      this.#guard('unsubscribe', () => subscription.unsubscribe());
    }
    this.#subscriptions.clear();
    this.#pending.clear();
    this.#onClosed();
  }

  #notify(notification: Notification): void {
    if (this.#closed) return;
    // Unreachable with today's rumour limit (MAX_RUMOR_DATA_BYTES is smaller); no frame could
    // carry it, so this client never sees it and its verdict is left to the others.
    if (notification.data.length > MAX_COURSE_GOSSIP_DATA_BYTES) return;
    const { localId, evicted } = this.#pending.add(notification.id);
    if (evicted !== undefined) {
      this.#ctx.counters.evictedValidations++;
      this.#guard('validate', () => this.#ctx.gossip.validate(evicted, false));
    }
    const frame = gossipNotification.encode({ messageId: localId, dataType: notification.dataType, data: notification.data });
    if (!this.#writer.enqueue(frame)) {
      this.#ctx.counters.slowClientDrops++;
      this.close();
    }
  }

  #guard(what: string, fn: () => void): void {
    try {
      fn();
    } catch (error) {
      this.#ctx.counters.internalErrors++;
      this.#ctx.onError(`gossip gateway: ${what} failed`, error);
    }
  }
}
