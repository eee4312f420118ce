import type { Clock, Random } from '../base/clock.ts';
import { TabmeshError } from '../base/errors.ts';
import { PendingRequests } from '../base/pending-requests.ts';
import type { Link } from '../transport/types.ts';
import { PEER_MESSAGES } from '../wire/messages.ts';

/** RTT probes: ping with a random nonce, matched to its pong. */
export class Pinger {
  readonly #clock: Clock;
  readonly #random: Random;
  readonly #pongs: PendingRequests<number, void>;

  constructor(clock: Clock, random: Random) {
    this.#clock = clock;
    this.#random = random;
    this.#pongs = new PendingRequests(clock);
  }

  async ping(link: Link, timeoutMs: number): Promise<number> {
    const nonce = Math.floor(this.#random() * 0xffffffff) >>> 0;
    const sentAt = this.#clock.now();
    const pong = this.#pongs.wait(nonce, timeoutMs, 'no pong');
    const sent = link.send(PEER_MESSAGES.encode({ kind: 'ping', nonce }));
    if (!sent.ok) this.#pongs.fail(nonce, sent.error);
    await pong;
    return this.#clock.now() - sentAt;
  }

  onPong(nonce: number): void {
    this.#pongs.settle(nonce, undefined);
  }

  cancelAll(): void {
    this.#pongs.failAll(new TabmeshError('aborted', 'stopping'));
  }
}
