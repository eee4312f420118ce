import type { Clock, Random, TimerHandle } from '../base/clock.ts';
import { TabmeshError } from '../base/errors.ts';
import type { Link } from '../transport/types.ts';
import { PEER_MESSAGES } from '../wire/messages.ts';

interface Outstanding {
  sentAt: number;
  timer: TimerHandle;
  resolve: (rttMs: number) => void;
  reject: (error: TabmeshError) => void;
}

/** RTT probes: ping with a random nonce, matched to its pong. */
export class Pinger {
  readonly #clock: Clock;
  readonly #random: Random;
  readonly #outstanding = new Map<number, Outstanding>();

  constructor(clock: Clock, random: Random) {
    this.#clock = clock;
    this.#random = random;
  }

  ping(link: Link, timeoutMs: number): Promise<number> {
    const nonce = Math.floor(this.#random() * 0xffffffff) >>> 0;
    return new Promise((resolve, reject) => {
      const timer = this.#clock.setTimeout(() => {
        this.#outstanding.delete(nonce);
        reject(new TabmeshError('timeout', 'no pong'));
      }, timeoutMs);
      this.#outstanding.set(nonce, { sentAt: this.#clock.now(), timer, resolve, reject });
      const sent = link.send(PEER_MESSAGES.encode({ kind: 'ping', nonce }));
      if (!sent.ok) this.#settle(nonce, sent.error);
    });
  }

  onPong(nonce: number): void {
    const entry = this.#outstanding.get(nonce);
    if (!entry) return;
    this.#outstanding.delete(nonce);
    this.#clock.clearTimeout(entry.timer);
    entry.resolve(this.#clock.now() - entry.sentAt);
  }

  cancelAll(): void {
    for (const nonce of [...this.#outstanding.keys()]) this.#settle(nonce, new TabmeshError('aborted', 'stopping'));
  }

  #settle(nonce: number, error: TabmeshError): void {
    const entry = this.#outstanding.get(nonce);
    if (!entry) return;
    this.#outstanding.delete(nonce);
    this.#clock.clearTimeout(entry.timer);
    entry.reject(error);
  }
}
