/**
 * Rumours awaiting a local verdict. A rumour with local subscribers is forwarded only after the
 * first `validate(id, true)`; a `false` before any `true`, no verdict within the timeout, or
 * every notified subscriber leaving drops it. Neighbours seen holding it meanwhile are kept, so
 * the eager push skips them.
 */
import type { PeerId } from '../base/peer-id.ts';
import type { StoredRumor } from './rumor-store.ts';
import type { LocalSubscription, PreparedNotification } from './subscriptions.ts';

export interface PendingRumor {
  rumor: StoredRumor;
  holders: Set<PeerId>;
  notifications: Map<number, LocalSubscription>;
  deadline: number;
}

export type Verdict = { pending: PendingRumor; valid: boolean };

export class PendingValidations {
  readonly #byKey = new Map<string, PendingRumor>();
  readonly #byNotification = new Map<number, PendingRumor>();
  readonly #max: number;

  constructor(max: number) {
    this.#max = max;
  }

  /** false when full: the rumour is then delivered but never forwarded. */
  add(rumor: StoredRumor, holders: Set<PeerId>, prepared: readonly PreparedNotification[], deadline: number): boolean {
    if (this.#byKey.size >= this.#max) return false;
    const pending: PendingRumor = { rumor, holders, notifications: new Map(), deadline };
    for (const { subscription, notification } of prepared) {
      pending.notifications.set(notification.id, subscription);
      this.#byNotification.set(notification.id, pending);
    }
    this.#byKey.set(rumor.key, pending);
    return true;
  }

  /** A neighbour sent us this rumour again: it holds it already. */
  addHolder(key: string, peer: PeerId): void {
    this.#byKey.get(key)?.holders.add(peer);
  }

  /** The first verdict on a rumour decides it; later ones and unknown ids give undefined. */
  verdict(notificationId: number, valid: boolean): Verdict | undefined {
    const pending = this.#byNotification.get(notificationId);
    if (!pending) return undefined;
    this.#remove(pending);
    return { pending, valid };
  }

  /** The subscriber left: its notifications will never be validated. Returns rumours left with no one to decide. */
  forgetSubscriber(subscription: LocalSubscription): PendingRumor[] {
    const orphaned: PendingRumor[] = [];
    for (const pending of this.#byKey.values()) {
      for (const [id, owner] of pending.notifications) {
        if (owner !== subscription) continue;
        pending.notifications.delete(id);
        this.#byNotification.delete(id);
      }
      if (pending.notifications.size === 0) orphaned.push(pending);
    }
    for (const pending of orphaned) this.#remove(pending);
    return orphaned;
  }

  /** Rumours whose deadline passed, removed. */
  expire(nowMs: number): PendingRumor[] {
    const expired: PendingRumor[] = [];
    // Every rumour gets the same timeout, so insertion order is deadline order.
    for (const pending of this.#byKey.values()) {
      if (pending.deadline > nowMs) break;
      expired.push(pending);
    }
    for (const pending of expired) this.#remove(pending);
    return expired;
  }

  clear(): number {
    const n = this.#byKey.size;
    this.#byKey.clear();
    this.#byNotification.clear();
    return n;
  }

  get size(): number {
    return this.#byKey.size;
  }

  #remove(pending: PendingRumor): void {
    this.#byKey.delete(pending.rumor.key);
    for (const id of pending.notifications.keys()) this.#byNotification.delete(id);
  }
}
