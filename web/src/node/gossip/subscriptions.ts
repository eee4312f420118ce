/**
 * Local subscribers by data type, and the notifications handed to them. A listener that throws
 * costs nothing to the others or to the rumour.
 */
import type { Notification, Subscription } from './api.ts';
import { rumorIdHex } from './rumor-id.ts';
import type { StoredRumor } from './rumor-store.ts';

export interface LocalSubscription extends Subscription {
  readonly listener: (notification: Notification) => void;
}

export interface PreparedNotification {
  subscription: LocalSubscription;
  notification: Notification;
}

export class Subscriptions {
  readonly #byType = new Map<number, Set<LocalSubscription>>();
  readonly #onUnsubscribe: (subscription: LocalSubscription) => void;
  #nextNotificationId = 1;

  constructor(onUnsubscribe: (subscription: LocalSubscription) => void) {
    this.#onUnsubscribe = onUnsubscribe;
  }

  add(dataType: number, listener: (notification: Notification) => void): Subscription {
    let set = this.#byType.get(dataType);
    if (!set) {
      set = new Set();
      this.#byType.set(dataType, set);
    }
    const subscriptions = set;
    let active = true;
    const subscription: LocalSubscription = {
      dataType,
      listener,
      unsubscribe: () => {
        if (!active) return;
        active = false;
        subscriptions.delete(subscription);
        if (subscriptions.size === 0 && this.#byType.get(dataType) === subscriptions) this.#byType.delete(dataType);
        this.#onUnsubscribe(subscription);
      },
    };
    subscriptions.add(subscription);
    return subscription;
  }

  /** One notification per subscriber of the rumour's data type, except `except`; not yet delivered. */
  prepare(rumor: StoredRumor, except?: Subscription): PreparedNotification[] {
    const set = this.#byType.get(rumor.dataType);
    if (!set) return [];
    const prepared: PreparedNotification[] = [];
    const messageId = rumorIdHex(rumor.id);
    for (const subscription of set) {
      if (subscription === except) continue;
      const id = this.#nextNotificationId;
      // Local ids stay safe integers forever; wrapping at 2^31 keeps them small for callers that pack them.
      this.#nextNotificationId = id >= 0x7fff_ffff ? 1 : id + 1;
      prepared.push({
        subscription,
        // Each subscriber gets its own copy: what one does with it cannot change what we forward.
        notification: { id, messageId, dataType: rumor.dataType, data: rumor.data.slice(), origin: rumor.origin, hops: rumor.hops },
      });
    }
    return prepared;
  }

  deliver(prepared: readonly PreparedNotification[]): void {
    for (const { subscription, notification } of prepared) {
      try {
        subscription.listener(notification);
      } catch {
        // a broken subscriber must not cost the others their notification
      }
    }
  }
}
