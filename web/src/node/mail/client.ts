/**
 * Sends e-mail through a relay's mail gateway: a mailSend message over the data channel to a
 * connected relay (dialing one known from the peer table when none is a neighbour), answered by
 * mailResult with the same request id. A request is sent again, with the same id, whenever the
 * link to its relay is replaced (two dials crossed and the other won: what was in flight on the
 * old one may be lost) or re-opened after a close; the relay answers a repeated id from memory,
 * so the mail goes out once.
 */
import { ERROR_CODES, TabmeshError } from '../base/errors.ts';
import type { PeerId } from '../base/peer-id.ts';
import { PendingRequests } from '../base/pending-requests.ts';
import { Lifecycle, requirePort, type Service, type ServiceChannel, type ServicePort, type ServiceState } from '../service.ts';
import type { MailRequest } from './api.ts';
import { MAIL_MESSAGES, MAIL_OK, type MailMessage } from './messages.ts';

/** The relay answers after its SMTP server does; a slow one still answers well inside this. */
const MAIL_TIMEOUT_MS = 30_000;
/** Requests awaiting an answer at once; beyond this the caller is told to wait. */
const MAX_PENDING = 32;

export class MailClient implements Service {
  readonly name = 'mail-client';
  readonly #life = new Lifecycle<true>();
  /** Requests awaiting mailResult: the relay each went to (only it may answer), and what to send again. */
  readonly #inFlight = new Map<number, { relay: PeerId; request: MailRequest }>();
  #answers: PendingRequests<number, number> | undefined;
  /** Relays known other than through the peer table (the signaling server's relay offers). */
  readonly #knownRelays: () => PeerId[];
  #port: ServicePort | undefined;
  #channel: ServiceChannel<MailMessage> | undefined;

  constructor(knownRelays: () => PeerId[] = () => []) {
    this.#knownRelays = knownRelays;
  }

  get state(): ServiceState {
    return this.#life.state;
  }

  attach(port: ServicePort): void {
    this.#port = port;
    this.#answers = new PendingRequests(port.clock);
    this.#channel = port.register(MAIL_MESSAGES, {
      // A tab is no mail gateway: a request sent to it is not answered (the sender times out).
      mailSend: () => undefined,
      mailResult: (msg, link) => {
        if (this.#inFlight.get(msg.requestId)?.relay === link.remoteId) this.#answers?.settle(msg.requestId, msg.code);
      },
    });
    port.onLinkChange((id, open) => {
      if (!this.#life.running) return;
      for (const [requestId, { relay, request }] of this.#inFlight) {
        if (relay !== id) continue;
        if (open) this.#transmit(requestId, relay, request);
        // Closed: dial it again; the link's opening sends the request once more.
        else this.#redial(port, requestId, relay);
      }
    });
  }

  start(): void {
    this.#life.start(() => true);
  }

  /** Requests still waiting are refused with 'closed'. */
  stop(): void {
    if (!this.#life.stop()) return;
    this.#answers?.failAll(new TabmeshError('closed', 'the node stopped'));
  }

  async send(request: MailRequest): Promise<void> {
    const port = requirePort(this.#port, this.name);
    if (!this.#life.running) throw new TabmeshError('closed', 'mail is not running');
    if (this.#inFlight.size >= MAX_PENDING) throw new TabmeshError('rate-limited', 'too many mails in flight');
    const relay = await this.#relay(port);
    const requestId = Math.floor(port.random() * 0xffffffff) >>> 0;
    const answers = this.#answers as PendingRequests<number, number>;
    this.#inFlight.set(requestId, { relay, request });
    try {
      const answered = answers.wait(requestId, MAIL_TIMEOUT_MS, 'the relay did not answer');
      this.#transmit(requestId, relay, request);
      const code = await answered;
      if (code !== MAIL_OK) throw new TabmeshError(ERROR_CODES[code] ?? 'mail-failed', 'the relay refused the mail');
    } finally {
      this.#inFlight.delete(requestId);
    }
  }

  /** Sends (or sends again) one request; a link that refuses it is dialed again. */
  #transmit(requestId: number, relay: PeerId, request: MailRequest): void {
    try {
      this.#channel?.send(relay, { kind: 'mailSend', requestId, ...request });
    } catch {
      if (this.#port) this.#redial(this.#port, requestId, relay);
    }
  }

  /** A link to the relay again (found or dialed), and the request on it; a relay out of reach ends the request. */
  #redial(port: ServicePort, requestId: number, relay: PeerId): void {
    port.connect(relay).then(
      () => {
        const pending = this.#inFlight.get(requestId);
        if (!pending) return;
        try {
          this.#channel?.send(relay, { kind: 'mailSend', requestId, ...pending.request });
        } catch {
          // backed up or closing again: the next link change sends it, or the timeout ends it
        }
      },
      (error: unknown) => this.#answers?.fail(requestId, error),
    );
  }

  /** The nearest relay with an open link, else a known relay dialed now. */
  async #relay(port: ServicePort): Promise<PeerId> {
    const relays = port
      .peers()
      .filter((p) => p.roles.includes('relay'))
      .sort((a, b) => (a.latencyMs ?? Infinity) - (b.latencyMs ?? Infinity));
    const linked = relays.find((p) => p.linked);
    if (linked) return linked.id;
    const candidates = [...new Set([...relays.map((p) => p.id), ...this.#knownRelays()])];
    for (const candidate of candidates) {
      try {
        await port.connect(candidate);
        return candidate;
      } catch {
        // try the next relay
      }
    }
    throw new TabmeshError('unknown-peer', 'no relay reachable');
  }
}
