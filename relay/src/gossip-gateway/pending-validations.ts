/**
 * One client's notifications awaiting its VALIDATION: a u16 local message id per notification,
 * handed out in wrapping order and never reused while it is still awaited. Bounded: adding past
 * the limit evicts the oldest, which the caller settles as not validated.
 */
import { TabmeshError } from '../../../web/src/node/base/errors.ts';
import { LOCAL_ID_SPACE } from './constants.ts';

export interface Added {
  localId: number;
  /** The gossip notification id pushed out to make room, if any. */
  evicted?: number;
}

export class PendingValidations {
  readonly #max: number;
  /** local id → gossip notification id; insertion order is age, oldest first. */
  readonly #byLocalId = new Map<number, number>();
  #next = 0;

  constructor(maxPending: number) {
    if (!Number.isInteger(maxPending) || maxPending < 1 || maxPending >= LOCAL_ID_SPACE) {
      throw new TabmeshError('bad-field', `maxPending ${maxPending} not in 1..${LOCAL_ID_SPACE - 1}`);
    }
    this.#max = maxPending;
  }

  get size(): number {
    return this.#byLocalId.size;
  }

  add(notificationId: number): Added {
    let evicted: number | undefined;
    if (this.#byLocalId.size >= this.#max) {
      const [oldestLocal, oldestNotification] = this.#byLocalId.entries().next().value!;
      this.#byLocalId.delete(oldestLocal);
      evicted = oldestNotification;
    }
    // At most size + 1 steps: fewer than LOCAL_ID_SPACE ids are taken.
    let localId = this.#next;
    while (this.#byLocalId.has(localId)) localId = (localId + 1) % LOCAL_ID_SPACE;
    this.#next = (localId + 1) % LOCAL_ID_SPACE;
    this.#byLocalId.set(localId, notificationId);
    return evicted === undefined ? { localId } : { localId, evicted };
  }

  /** The notification awaiting `localId`, now no longer awaited; undefined if none was. */
  take(localId: number): number | undefined {
    const notificationId = this.#byLocalId.get(localId);
    if (notificationId !== undefined) this.#byLocalId.delete(localId);
    return notificationId;
  }

  clear(): void {
    this.#byLocalId.clear();
  }
}
