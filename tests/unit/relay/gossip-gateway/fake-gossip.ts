/**
 * An in-memory GossipApi for the gateway tests: a hub of fake nodes where an announce on any
 * node reaches every subscription of its data type on every node (synchronously, in
 * subscription order) except `options.except`. Each node records what the gateway did to it —
 * subscriptions, announces, verdicts — and tests wait on those records instead of on time.
 */
import { TabmeshError, type ErrorCode } from '../../../../web/src/node/base/errors.ts';
import type { AnnounceOptions, GossipApi, Notification, Subscription, ViewEntry } from '../../../../web/src/node/gossip/api.ts';
import type { PeerId } from '../../../../web/src/node/base/peer-id.ts';
import { MAX_RUMOR_DATA_BYTES } from '../../../../web/src/node/gossip/messages.ts';

export type FakeEvent =
  | { kind: 'subscribe'; dataType: number }
  | { kind: 'unsubscribe'; dataType: number }
  | { kind: 'announce'; ttl: number; dataType: number; data: string; except: number | null; messageId: string }
  | { kind: 'validate'; notificationId: number; valid: boolean; messageId: string | null }
  /** A pending notification settled by unsubscribe (counts as not validated). */
  | { kind: 'abandoned'; notificationId: number; messageId: string };

interface FakeSubscription extends Subscription {
  readonly serial: number;
  readonly node: FakeGossipNode;
  readonly listener: (notification: Notification) => void;
  active: boolean;
}

export class FakeGossipHub {
  readonly nodes: FakeGossipNode[] = [];
  #messageSerial = 0;

  constructor(nodeCount: number) {
    for (let i = 0; i < nodeCount; i++) this.nodes.push(new FakeGossipNode(this, i));
  }

  node(i: number): FakeGossipNode {
    return this.nodes[i]!;
  }

  nextMessageId(): string {
    return (this.#messageSerial++).toString(16).padStart(32, '0');
  }

  deliver(origin: FakeGossipNode, messageId: string, dataType: number, data: Uint8Array, except: Subscription | undefined): void {
    for (const node of this.nodes) node.receive(origin, messageId, dataType, data, except);
  }
}

export class FakeGossipNode implements GossipApi {
  readonly hub: FakeGossipHub;
  readonly id: PeerId;
  readonly events: FakeEvent[] = [];
  /** When set, announce throws this code (a rate limit, …). */
  rejectAnnounces: ErrorCode | null = null;
  /**
   * When set, the node's own announce budget (the real one is a token bucket for its own id,
   * shared by every gateway client): each announce takes one, and at 0 announce throws
   * 'rate-limited'.
   */
  announceBudget: number | null = null;
  #subscriptions: FakeSubscription[] = [];
  #subscriptionSerial = 0;
  #notificationSerial = 0;
  readonly #pending = new Map<number, { subscription: FakeSubscription; messageId: string }>();
  readonly #waiters = new Set<() => void>();

  constructor(hub: FakeGossipHub, index: number) {
    this.hub = hub;
    this.id = index.toString(16).padStart(64, '0');
  }

  get activeSubscriptions(): number {
    return this.#subscriptions.filter((s) => s.active).length;
  }

  get pendingNotifications(): number {
    return this.#pending.size;
  }

  subscribe(dataType: number, listener: (notification: Notification) => void): Subscription {
    const subscription: FakeSubscription = {
      dataType,
      serial: this.#subscriptionSerial++,
      node: this,
      listener,
      active: true,
      unsubscribe: () => {
        if (!subscription.active) return;
        subscription.active = false;
        this.#subscriptions = this.#subscriptions.filter((s) => s !== subscription);
        this.#record({ kind: 'unsubscribe', dataType });
        for (const [id, pending] of this.#pending) {
          if (pending.subscription !== subscription) continue;
          this.#pending.delete(id);
          this.#record({ kind: 'abandoned', notificationId: id, messageId: pending.messageId });
        }
      },
    };
    this.#subscriptions.push(subscription);
    this.#record({ kind: 'subscribe', dataType });
    return subscription;
  }

  announce(ttl: number, dataType: number, data: Uint8Array, options: AnnounceOptions = {}): string {
    if (this.rejectAnnounces) throw new TabmeshError(this.rejectAnnounces, 'fake refusal');
    if (data.length > MAX_RUMOR_DATA_BYTES) throw new TabmeshError('oversized', `${data.length} bytes`);
    if (this.announceBudget !== null) {
      if (this.announceBudget === 0) throw new TabmeshError('rate-limited', 'the node\'s announce budget is spent');
      this.announceBudget--;
    }
    const except = options.except as FakeSubscription | undefined;
    if (except && except.node !== this) throw new Error('except names another node’s subscription');
    const messageId = this.hub.nextMessageId();
    this.#record({
      kind: 'announce',
      ttl,
      dataType,
      data: Buffer.from(data).toString('hex'),
      except: except?.serial ?? null,
      messageId,
    });
    this.hub.deliver(this, messageId, dataType, Uint8Array.from(data), except);
    return messageId;
  }

  validate(notificationId: number, valid: boolean): void {
    const pending = this.#pending.get(notificationId);
    this.#pending.delete(notificationId);
    this.#record({ kind: 'validate', notificationId, valid, messageId: pending?.messageId ?? null });
  }

  view(): ViewEntry[] {
    return this.hub.nodes.filter((n) => n !== this).map((n) => ({ id: n.id, age: 0 }));
  }

  receive(origin: FakeGossipNode, messageId: string, dataType: number, data: Uint8Array, except: Subscription | undefined): void {
    for (const subscription of [...this.#subscriptions]) {
      if (!subscription.active || subscription === except || subscription.dataType !== dataType) continue;
      const id = this.#notificationSerial++;
      this.#pending.set(id, { subscription, messageId });
      subscription.listener({ id, messageId, dataType, data, origin: origin.id, hops: origin === this ? 0 : 1 });
    }
  }

  /** Resolves with the first recorded event (past or future) that `match` accepts. */
  async waitFor(match: (event: FakeEvent) => boolean): Promise<FakeEvent> {
    await this.until(() => this.events.some(match));
    return this.events.find(match)!;
  }

  /** Resolves with every matching event once there are at least `count`. */
  async waitForCount(match: (event: FakeEvent) => boolean, count: number): Promise<FakeEvent[]> {
    await this.until(() => this.events.filter(match).length >= count);
    return this.events.filter(match);
  }

  /** Resolves once `condition` holds, checked now and after every recorded event. */
  until(condition: () => boolean): Promise<void> {
    if (condition()) return Promise.resolve();
    return new Promise((resolve) => {
      const check = (): void => {
        if (!condition()) return;
        this.#waiters.delete(check);
        resolve();
      };
      this.#waiters.add(check);
    });
  }

  #record(event: FakeEvent): void {
    this.events.push(event);
    for (const waiter of [...this.#waiters]) waiter();
  }
}
