/**
 * Sends e-mail through a relay's mail gateway: a mailSend message over the data channel to a
 * connected relay (dialing one known from the peer table when none is a neighbour), answered by
 * mailResult with the same request id.
 */
import type { MailRequest } from '../mail/api.ts';
import type { Clock, Random, TimerHandle } from '../base/clock.ts';
import { ERROR_CODES, TabmeshError } from '../base/errors.ts';
import type { TabmeshNode } from '../node.ts';
import { latencyMs } from '../peers/peer-table.ts';

/** The relay answers after its SMTP server does; a slow one still answers well inside this. */
const MAIL_TIMEOUT_MS = 30_000;
/** mailResult code meaning success. */
export const MAIL_OK = 0xffff;
/** Requests awaiting an answer at once; beyond this the caller is told to wait. */
const MAX_PENDING = 32;

interface Pending {
  relay: string;
  timer: TimerHandle;
  resolve: () => void;
  reject: (error: TabmeshError) => void;
}

export class MailClient {
  readonly #node: TabmeshNode;
  readonly #clock: Clock;
  readonly #random: Random;
  readonly #pending = new Map<number, Pending>();

  /** Relays known other than through the peer table (the signaling server's relay offers). */
  readonly #knownRelays: () => string[];

  constructor(node: TabmeshNode, clock: Clock, random: Random, knownRelays: () => string[] = () => []) {
    this.#node = node;
    this.#knownRelays = knownRelays;
    this.#clock = clock;
    this.#random = random;
    node.handle('mailResult', (msg, link) => {
      const pending = this.#pending.get(msg.requestId);
      if (!pending || pending.relay !== link.remoteId) return;
      this.#pending.delete(msg.requestId);
      this.#clock.clearTimeout(pending.timer);
      if (msg.code === MAIL_OK) pending.resolve();
      else pending.reject(new TabmeshError(ERROR_CODES[msg.code] ?? 'mail-failed', 'the relay refused the mail'));
    });
  }

  async send(request: MailRequest): Promise<void> {
    if (this.#pending.size >= MAX_PENDING) throw new TabmeshError('rate-limited', 'too many mails in flight');
    const relay = await this.#relay();
    const requestId = Math.floor(this.#random() * 0xffffffff) >>> 0;
    const answered = new Promise<void>((resolve, reject) => {
      const timer = this.#clock.setTimeout(() => {
        this.#pending.delete(requestId);
        reject(new TabmeshError('timeout', 'the relay did not answer'));
      }, MAIL_TIMEOUT_MS);
      this.#pending.set(requestId, { relay, timer, resolve, reject });
    });
    try {
      this.#node.send(relay, { kind: 'mailSend', requestId, ...request });
    } catch (error) {
      const pending = this.#pending.get(requestId);
      if (pending) this.#clock.clearTimeout(pending.timer);
      this.#pending.delete(requestId);
      throw error;
    }
    await answered;
  }

  /** The nearest relay with an open link, else a known relay dialed now. */
  async #relay(): Promise<string> {
    const relays = this.#node.table
      .entries()
      .filter((e) => e.roles.includes('relay'))
      .sort((a, b) => (latencyMs(a) ?? Infinity) - (latencyMs(b) ?? Infinity));
    const linked = relays.find((e) => this.#node.manager.link(e.id));
    if (linked) return linked.id;
    const candidates = [...new Set([...relays.map((e) => e.id), ...this.#knownRelays()])];
    for (const candidate of candidates) {
      try {
        await this.#node.connect(candidate);
        return candidate;
      } catch {
        // try the next relay
      }
    }
    throw new TabmeshError('unknown-peer', 'no relay reachable');
  }
}
