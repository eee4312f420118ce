/**
 * One btpeer connection: one request read (request-reader.ts, under the read deadlines and the
 * gateway's byte budget), handled, answered with zero or more replies in the request's framing,
 * then the gateway ends its side and the connection closes. Anything malformed or over a limit
 * closes this connection alone, with a logged and counted reason.
 */
import type { Clock, TimerHandle } from '../../../web/src/node/base/clock.ts';
import type { TokenBuckets } from '../../../web/src/node/base/token-buckets.ts';
import type { ReadDeadline, ReadDeadlineOptions } from '../tcp-gateway/read-deadlines.ts';
import type { ReasonLog } from '../tcp-gateway/reason-log.ts';
import type { AdmittedConnection } from '../tcp-gateway/server.ts';
import { LINGER_MS, MAX_QUEUED_REPLY_BYTES } from './constants.ts';
import { BTPEER_TYPES, type BtpeerCloseReason, type BtpeerCounters, type BtpeerType } from './counters.ts';
import { encodeReply, type BtpeerFraming, type BtpeerRequest } from './framing.ts';
import { handleRequest, type HandlerContext } from './handlers.ts';
import { readRequest, type ByteBudget } from './request-reader.ts';

export interface ClientContext extends HandlerContext {
  readonly clock: Clock;
  readonly counters: BtpeerCounters;
  readonly deadlines: ReadDeadlineOptions;
  readonly budget: ByteBudget;
  /** Requests per address. */
  readonly requests: TokenBuckets<string>;
  readonly log: ReasonLog;
}

export class BtpeerClient {
  readonly #connection: AdmittedConnection;
  readonly #ctx: ClientContext;
  #framing: BtpeerFraming = 'length';
  #working = false;
  #closed = false;
  #linger: TimerHandle | undefined;

  constructor(connection: AdmittedConnection, ctx: ClientContext) {
    this.#connection = connection;
    this.#ctx = ctx;
    readRequest(connection.socket, this, ctx.deadlines, ctx.budget);
  }

  get address(): string {
    return this.#connection.address;
  }

  get closed(): boolean {
    return this.#closed;
  }

  get waitingOnGateway(): boolean {
    return this.#working;
  }

  request(request: BtpeerRequest): void {
    const counters = this.#ctx.counters;
    const type = (BTPEER_TYPES as readonly string[]).includes(request.type) ? (request.type as BtpeerType) : 'other';
    counters.requests[type]++;
    counters.framings[request.framing]++;
    this.#framing = request.framing;
    if (!this.#ctx.requests.take(this.address, this.#ctx.clock.now())) {
      this.refuse('rate-limited', 'too many requests from your address');
      return this.#closeFor('rate-limited', 'requests faster than its address’s rate');
    }
    if (type === 'other') return this.#closeFor('unknown-type', `no handler for ${request.type}`);
    this.#working = true;
    handleRequest(type, request.data, this, this.#ctx).catch((error: unknown) => {
      counters.internalErrors++;
      this.#ctx.onError(`btpeer gateway: ${type} failed`, error);
      this.close();
    });
  }

  /** REPL with a string or a JSON body. */
  reply(body: string | object): void {
    this.#write('REPL', typeof body === 'string' ? body : JSON.stringify(body));
  }

  /** ERRO with the seed's plain reason, or `{code, message}`, then the connection ends. */
  refuse(code: string | undefined, message: string): void {
    this.#write('ERRO', code === undefined ? message : JSON.stringify({ code, message }));
    this.finish();
  }

  /** Ends the gateway's side; a client that does not close its own is cut after LINGER_MS. */
  finish(): void {
    if (this.#closed) return;
    this.#working = false;
    this.#connection.socket.end();
    this.#linger ??= this.#ctx.clock.setTimeout(() => this.close(), LINGER_MS);
  }

  violate(code: string, why: string): void {
    this.#closeFor(code === 'oversized' || code === 'trailing-bytes' ? code : 'malformed', why);
  }

  expire(deadline: ReadDeadline): void {
    this.#closeFor(deadline, deadline === 'idle' ? 'no request' : 'a request begun was not finished in time');
  }

  busy(): void {
    this.#closeFor('busy', `unfinished requests hold all ${this.#ctx.budget.max} bytes the gateway buffers`);
  }

  /** Idempotent; also what the socket's 'close' ends in. */
  close(): void {
    if (this.#closed) return;
    this.#closed = true;
    if (this.#linger !== undefined) this.#ctx.clock.clearTimeout(this.#linger);
    this.#connection.socket.destroy();
    this.#connection.onClosed();
  }

  #write(type: 'REPL' | 'ERRO', body: string): void {
    const socket = this.#connection.socket;
    if (this.#closed || socket.writableEnded) return;
    if (socket.writableLength > MAX_QUEUED_REPLY_BYTES) return this.#closeFor('slow-reader', 'it does not read its replies');
    socket.write(encodeReply(type, body, this.#framing));
  }

  #closeFor(reason: BtpeerCloseReason, detail: string): void {
    if (this.#closed) return;
    this.#ctx.counters.closes[reason]++;
    this.#ctx.log.log(reason, `closed ${this.address} (${reason}): ${detail}`);
    this.close();
  }
}
