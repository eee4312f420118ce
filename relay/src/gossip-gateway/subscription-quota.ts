/** The subscriptions all clients of the gateway hold together, bounded: each costs the gossip service memory and delivery work. */
export class SubscriptionQuota {
  readonly #max: number;
  #held = 0;

  constructor(max: number) {
    this.#max = max;
  }

  get held(): number {
    return this.#held;
  }

  get max(): number {
    return this.#max;
  }

  /** Takes one place; false when all are held. */
  take(): boolean {
    if (this.#held >= this.#max) return false;
    this.#held++;
    return true;
  }

  give(n = 1): void {
    this.#held = Math.max(0, this.#held - n);
  }
}
