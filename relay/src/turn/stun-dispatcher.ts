/**
 * From a STUN message to its answer: decode, Send indications to the data path, retransmissions
 * answered from the transaction cache, credentials, unknown comprehension-required attributes
 * (420), the method's handler (a throw becomes 500), then the response with SOFTWARE,
 * MESSAGE-INTEGRITY (when authenticated) and FINGERPRINT.
 */
import type { Authenticator } from './auth.ts';
import { ATTR, ERROR, METHOD, TRANSACTION_CACHE_ENTRIES, TRANSACTION_CACHE_MS } from './constants.ts';
import { failure, type AuthInfo, type ClientEndpoint, type Reply, type ServerContext } from './context.ts';
import { REQUEST_HANDLERS } from './handlers.ts';
import { relaySendIndication } from './relay-data.ts';
import { attribute, encodeText, encodeUnknownAttributes } from './stun-attributes.ts';
import { decodeStunMessage, encodeStunMessage, type DecodedStunMessage, type StunAttribute } from './stun-message.ts';
import { ExpiringMap } from '../../../web/src/node/base/expiring-map.ts';

export interface StunDispatcherOptions {
  readonly ctx: ServerContext;
  readonly authenticator: Authenticator;
  /** SOFTWARE attribute value; '' for none. */
  readonly software: string;
  readonly clock: () => number;
  readonly onError: (error: unknown) => void;
}

interface Answer {
  readonly reply: Reply;
  readonly key?: Uint8Array | undefined;
}

export class StunDispatcher {
  readonly #options: StunDispatcherOptions;
  /**
   * Answers by transaction: a retransmitted request (same 5-tuple, same transaction id) gets the
   * bytes of the first answer again instead of being processed twice (RFC 5389 §7.3.1), which
   * matters for Allocate, Refresh with lifetime 0, and anything else not idempotent.
   */
  readonly #cache = new ExpiringMap<string, Uint8Array>(TRANSACTION_CACHE_MS, TRANSACTION_CACHE_ENTRIES);
  /** Requests being answered (Allocate waits for a socket): their retransmissions are dropped. */
  readonly #inFlight = new Set<string>();
  readonly #software: StunAttribute[];

  constructor(options: StunDispatcherOptions) {
    this.#options = options;
    this.#software = options.software === '' ? [] : [attribute(ATTR.software, encodeText(options.software))];
  }

  /** Handles one message from `client`; false when it was not valid STUN. */
  handle(bytes: Uint8Array, client: ClientEndpoint): boolean {
    const { ctx, clock } = this.#options;
    const decoded = decodeStunMessage(bytes);
    if (!decoded.ok) {
      ctx.counters.malformedMessages++;
      return false;
    }
    const message = decoded.value;
    const now = clock();
    if (message.cls === 'indication') {
      if (message.method === METHOD.send) relaySendIndication(ctx, client, message, now);
      return true;
    }
    if (message.cls !== 'request') return true; // responses are for clients, not for us
    const txKey = `${client.key}|${Buffer.from(message.transactionId).toString('hex')}`;
    const cached = this.#cache.get(txKey, now);
    if (cached) {
      client.send([cached]);
      return true;
    }
    if (this.#inFlight.has(txKey)) return true;
    this.#inFlight.add(txKey);
    void this.#answer(message, client, now)
      .catch((error: unknown): Answer => {
        ctx.counters.internalErrors++;
        this.#options.onError(error);
        return { reply: failure(ERROR.serverError) };
      })
      .then((answer) => {
        this.#inFlight.delete(txKey);
        const response = this.#encode(message, answer);
        this.#cache.set(txKey, response, clock());
        client.send([response]);
      })
      .catch((error: unknown) => {
        ctx.counters.internalErrors++;
        this.#options.onError(error);
      });
    return true;
  }

  sweep(now: number): void {
    this.#cache.sweep(now);
  }

  clear(): void {
    this.#cache.clear();
    this.#inFlight.clear();
  }

  async #answer(message: DecodedStunMessage, client: ClientEndpoint, now: number): Promise<Answer> {
    const { ctx, authenticator } = this.#options;
    const handler = REQUEST_HANDLERS.get(message.method);
    if (!handler) return { reply: failure(ERROR.badRequest) };
    let auth: AuthInfo | undefined;
    if (handler.authenticated) {
      const outcome = authenticator.authenticate(message, client.address.address, now);
      if (!outcome.ok) {
        if (outcome.refused) ctx.counters.authFailures++;
        return { reply: outcome.reply };
      }
      auth = outcome.auth;
    }
    if (message.unknownRequired.length > 0) {
      const unknown = attribute(ATTR.unknownAttributes, encodeUnknownAttributes(message.unknownRequired));
      return { reply: failure(ERROR.unknownAttribute, [unknown]), key: auth?.key };
    }
    const request = { message, client, now };
    const reply = handler.authenticated
      ? await handler.run(ctx, { ...request, auth: auth! })
      : handler.run(ctx, request);
    return { reply, key: auth?.key };
  }

  #encode(message: DecodedStunMessage, { reply, key }: Answer): Uint8Array {
    return encodeStunMessage(
      {
        method: message.method,
        cls: reply.cls,
        transactionId: message.transactionId,
        attributes: [...reply.attributes, ...this.#software],
      },
      key ? { integrityKey: key, fingerprint: true } : { fingerprint: true },
    );
  }
}
