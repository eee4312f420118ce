/**
 * One TCP connection of the course gossip API: its bytes cut into messages (message-reader.ts,
 * with the scaffold's read deadlines), each decoded and dispatched through CLIENT_HANDLERS; its
 * subscriptions (one per data type, capped per client and in total), its announce rate, its
 * notifications awaiting VALIDATION and its outgoing queue. Anything malformed or over a limit
 * closes this connection alone, with a logged and counted reason. Closing unsubscribes
 * everything, so the notifications still awaiting this client's verdict count as not validated.
 */
import type { Clock } from '../../../web/src/node/base/clock.ts';
import { TabmeshError } from '../../../web/src/node/base/errors.ts';
import type { GossipApi, Notification, Subscription } from '../../../web/src/node/gossip/api.ts';
import {
  COURSE_GOSSIP_MESSAGES,
  gossipNotification,
  MAX_COURSE_GOSSIP_DATA_BYTES,
  type CourseGossipMessage,
} from './messages.ts';
import { ClientWriter } from '../tcp-gateway/client-writer.ts';
import type { ClientRates } from '../tcp-gateway/client-rates.ts';
import { readMessages, type MessageStream, type ReadDeadline, type ReadDeadlineOptions } from '../tcp-gateway/message-reader.ts';
import type { ReasonLog } from '../tcp-gateway/reason-log.ts';
import type { AdmittedConnection } from '../tcp-gateway/server.ts';
import { MAX_GATEWAY_ANNOUNCE_DATA_BYTES } from './constants.ts';
import type { GatewayCounters, GossipCloseReason } from './counters.ts';
import { CLIENT_HANDLERS, type ClientSession } from './handlers.ts';
import { PendingValidations } from './pending-validations.ts';
import type { SubscriptionQuota } from './subscription-quota.ts';

export interface ClientContext {
  readonly gossip: GossipApi;
  readonly clock: Clock;
  readonly counters: GatewayCounters;
  readonly maxQueueBytes: number;
  readonly maxPendingValidations: number;
  readonly maxSubscriptionsPerClient: number;
  /** Every client's subscriptions together. */
  readonly subscriptions: SubscriptionQuota;
  readonly rates: ClientRates;
  readonly deadlines: ReadDeadlineOptions;
  readonly log: ReasonLog;
  readonly onError: (message: string, error: unknown) => void;
}

export class GatewayClient implements ClientSession {
  readonly #connection: AdmittedConnection;
  readonly #ctx: ClientContext;
  readonly #writer: ClientWriter;
  readonly #reader: MessageStream;
  readonly #pending: PendingValidations;
  readonly #subscriptions = new Map<number, Subscription>();
  readonly #listener = (notification: Notification): void => this.#notify(notification);
  #closed = false;

  constructor(connection: AdmittedConnection, ctx: ClientContext) {
    this.#connection = connection;
    this.#ctx = ctx;
    this.#writer = new ClientWriter(connection.socket, ctx.maxQueueBytes, () => {
      ctx.counters.notificationsSent++;
      this.#reader.markActive();
    });
    this.#pending = new PendingValidations(ctx.maxPendingValidations);
    this.#reader = readMessages<CourseGossipMessage>(
      connection.socket,
      this,
      {
        decode: COURSE_GOSSIP_MESSAGES.decode,
        message: (msg) => this.#guard(msg.kind, () => COURSE_GOSSIP_MESSAGES.dispatch(CLIENT_HANDLERS, msg, this)),
      },
      ctx.deadlines,
    );
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

  /** A subscriber waits for news, however long the mesh is quiet. */
  get waitingOnGateway(): boolean {
    return this.#subscriptions.size > 0;
  }

  get queuedBytes(): number {
    return this.#writer.queuedBytes;
  }

  subscribe(dataType: number): void {
    if (this.#subscriptions.has(dataType)) return;
    const max = this.#ctx.maxSubscriptionsPerClient;
    if (this.#subscriptions.size >= max) return this.#closeFor('subscriptions', `NOTIFY for more than ${max} data types`);
    const quota = this.#ctx.subscriptions;
    if (!quota.take()) return this.#closeFor('subscriptions', `all ${quota.max} subscriptions of the gateway are held`);
    try {
      this.#subscriptions.set(dataType, this.#ctx.gossip.subscribe(dataType, this.#listener));
    } catch (error) {
      quota.give();
      throw error;
    }
  }

  announce(ttl: number, dataType: number, data: Uint8Array): void {
    const counters = this.#ctx.counters;
    counters.announcesReceived++;
    if (data.length > MAX_GATEWAY_ANNOUNCE_DATA_BYTES) {
      return this.#closeFor('oversized', `ANNOUNCE of ${data.length} data bytes; a mesh rumour carries at most ${MAX_GATEWAY_ANNOUNCE_DATA_BYTES}`);
    }
    const { id, address } = this.#connection;
    if (this.#ctx.rates.take(id, address, this.#ctx.clock.now()) !== 'ok') {
      return this.#closeFor('rate-limited', 'announcing faster than its own or its address’s rate');
    }
    // One subscription per data type, and an announce reaches only its own type's subscribers:
    // excluding this one keeps the announce from every subscription of this client.
    const except = this.#subscriptions.get(dataType);
    try {
      this.#ctx.gossip.announce(ttl, dataType, data, except ? { except } : {});
      counters.announcesForwarded++;
    } catch (error) {
      if (!(error instanceof TabmeshError)) throw error;
      counters.announcesRejected++;
      this.#ctx.log.log(`mesh-${error.code}`, `the mesh refused an ANNOUNCE of ${address} (${error.code}): ${error.message}`);
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

  violate(why: string): void {
    this.#closeFor('malformed', why);
  }

  expire(deadline: ReadDeadline): void {
    this.#closeFor(deadline, deadline === 'idle' ? 'no message and no subscription' : 'a message begun was not finished in time');
  }

  /** Idempotent; also what the socket's 'close' ends in. */
  close(): void {
    if (this.#closed) return;
    this.#closed = true;
    this.#connection.socket.destroy();
    for (const subscription of this.#subscriptions.values()) {
      this.#guard('unsubscribe', () => subscription.unsubscribe());
    }
    this.#ctx.subscriptions.give(this.#subscriptions.size);
    this.#subscriptions.clear();
    this.#pending.clear();
    this.#connection.onClosed();
  }

  #closeFor(reason: GossipCloseReason, detail: string): void {
    if (this.#closed) return;
    this.#ctx.counters.closes[reason]++;
    this.#ctx.log.log(reason, `closed ${this.#connection.address} (${reason}): ${detail}`);
    this.close();
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
    if (!this.#writer.enqueue(frame)) this.#closeFor('slow-reader', 'its outgoing queue is full: it does not read');
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
