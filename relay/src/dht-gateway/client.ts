/**
 * One TCP connection of the course DHT API: its bytes cut into messages (message-reader.ts, with
 * the scaffold's read deadlines), each decoded and dispatched through CLIENT_HANDLERS into its
 * RequestQueue; the answers leave through a bounded ClientWriter as each request finishes, so
 * they may be out of order. A PUT past the client's rate or share, or on another address's key,
 * is refused before the DHT sees it (counted; PUT has no answer). Anything malformed, a missed
 * deadline or a rate far exceeded closes this connection alone, at once, with a logged and
 * counted reason; closing aborts its requests.
 *
 * A client that half-closes (sends FIN after its requests) still gets every answer; the gateway
 * ends the connection once the last one is written.
 */
import type { Clock } from '../../../web/src/node/base/clock.ts';
import {
  COURSE_DHT_MESSAGES,
  type CourseDhtMessage,
  type CourseDhtMessageOf,
} from './messages.ts';
import { ClientWriter, type WriteSink } from '../tcp-gateway/client-writer.ts';
import type { ClientRates } from '../tcp-gateway/client-rates.ts';
import { readMessages, type MessageStream, type ReadDeadline, type ReadDeadlineOptions } from '../tcp-gateway/message-reader.ts';
import type { ReasonLog } from '../tcp-gateway/reason-log.ts';
import type { AdmittedConnection } from '../tcp-gateway/server.ts';
import type { DhtCloseReason, DhtGatewayCounters } from './counters.ts';
import { CLIENT_HANDLERS, type ClientSession } from './handlers.ts';
import type { KeyClaims } from './key-claims.ts';
import { RequestQueue } from './request-queue.ts';
import { keyHex, runGet, runPut, type DhtPort, type Outcome, type RequestContext } from './requests.ts';

export interface ClientContext {
  readonly dht: DhtPort;
  readonly clock: Clock;
  readonly counters: DhtGatewayCounters;
  readonly maxQueueBytes: number;
  readonly maxInFlight: number;
  readonly requestTimeoutMs: number;
  readonly rates: ClientRates;
  readonly claims: KeyClaims;
  /** The lifetime of a course PUT's value in ms, as the DHT clamps it (0 = the DHT's default). */
  readonly ttlMs: (ttlSeconds: number) => number;
  readonly deadlines: ReadDeadlineOptions;
  readonly log: ReasonLog;
  readonly onError: (message: string, error: unknown) => void;
}

export class DhtGatewayClient implements ClientSession {
  readonly #connection: AdmittedConnection;
  readonly #ctx: ClientContext;
  readonly #reader: MessageStream;
  readonly #writer: ClientWriter;
  readonly #queue: RequestQueue;
  readonly #abort = new AbortController();
  readonly #requests: RequestContext;
  #closed = false;
  #readEnded = false;

  constructor(connection: AdmittedConnection, ctx: ClientContext) {
    const { socket } = connection;
    this.#connection = connection;
    this.#ctx = ctx;
    const sink: WriteSink = {
      get destroyed() {
        return socket.destroyed;
      },
      write: (chunk, callback) =>
        socket.write(chunk, (error) => {
          callback(error);
          this.#afterWrite();
        }),
    };
    this.#writer = new ClientWriter(sink, ctx.maxQueueBytes, () => {
      ctx.counters.repliesWritten++;
      this.#reader.markActive();
    });
    // Requests past the in-flight bound: stop reading, so TCP pushes back on the client.
    this.#queue = new RequestQueue(ctx.maxInFlight, (waiting) => {
      if (this.#closed) return;
      if (waiting) this.#reader.pause();
      else this.#reader.resume();
    });
    this.#requests = { dht: ctx.dht, clock: ctx.clock, timeoutMs: ctx.requestTimeoutMs, signal: this.#abort.signal };
    this.#reader = readMessages<CourseDhtMessage>(
      socket,
      this,
      {
        decode: COURSE_DHT_MESSAGES.decode,
        message: (msg) => COURSE_DHT_MESSAGES.dispatch(CLIENT_HANDLERS, msg, this),
        end: () => this.#onEnd(),
      },
      ctx.deadlines,
    );
  }

  get inFlight(): number {
    return this.#queue.inFlight;
  }

  get waiting(): number {
    return this.#queue.waiting;
  }

  get closed(): boolean {
    return this.#closed;
  }

  /** Requests running or waiting: the client waits for answers, it is not idle. */
  get waitingOnGateway(): boolean {
    return !this.#queue.idle;
  }

  get queuedBytes(): number {
    return this.#writer.queuedBytes;
  }

  put(msg: CourseDhtMessageOf<'dhtPut'>): void {
    const { counters, clock, rates, claims, log } = this.#ctx;
    const { id, address } = this.#connection;
    counters.putsReceived++;
    const now = clock.now();
    const rate = rates.take(id, address, now);
    if (rate !== 'ok') {
      counters.putsRefused['rate-limited']++;
      if (rate === 'exceeded') return this.#closeFor('rate-limited', 'PUTs at more than twice its own or its address’s rate');
      log.log('put-rate-limited', `refused PUTs of ${address} (rate-limited): faster than its own or its address’s rate`);
      return;
    }
    const key = keyHex(msg.key);
    const claim = claims.claim(key, { client: id, address }, msg.value.length, this.#ctx.ttlMs(msg.ttl), now);
    if (!claim.ok) {
      counters.putsRefused[claim.reason]++;
      log.log(`put-${claim.reason}`, `refused a PUT of ${address} (${claim.reason})`);
      return;
    }
    this.#queue.add(key, async () => {
      const outcome = await runPut(this.#requests, msg);
      if (outcome.kind !== 'stored') claim.undo(clock.now());
      this.#settle(outcome);
    });
  }

  get(msg: CourseDhtMessageOf<'dhtGet'>): void {
    this.#ctx.counters.getsReceived++;
    this.#queue.add(keyHex(msg.key), async () => this.#settle(await runGet(this.#requests, msg)));
  }

  violate(why: string): void {
    this.#closeFor('malformed', why);
  }

  expire(deadline: ReadDeadline): void {
    this.#closeFor(deadline, deadline === 'idle' ? 'no message either way and no request' : 'a message begun was not finished in time');
  }

  /** Idempotent; also what the socket's 'close' ends in. Aborts the requests still running. */
  close(): void {
    if (this.#closed) return;
    this.#closed = true;
    this.#queue.clear();
    this.#abort.abort();
    this.#connection.socket.destroy();
    this.#ctx.claims.forgetClient(this.#connection.id);
    this.#connection.onClosed();
  }

  #closeFor(reason: DhtCloseReason, detail: string): void {
    if (this.#closed) return;
    this.#ctx.counters.closes[reason]++;
    this.#ctx.log.log(reason, `closed ${this.#connection.address} (${reason}): ${detail}`);
    this.close();
  }

  #settle(outcome: Outcome): void {
    const counters = this.#ctx.counters;
    switch (outcome.kind) {
      case 'stored':
        counters.putsStored++;
        break;
      case 'found':
        counters.getsFound++;
        break;
      case 'not-found':
        counters.getsNotFound++;
        break;
      case 'aborted':
        return; // the client is gone; nothing to count against the DHT
      case 'timeout':
      case 'refused':
      case 'internal':
        if (outcome.op === 'get') counters.getsFailed++;
        else counters.putsFailed++;
        if (outcome.kind === 'timeout') counters.timeouts++;
        if (outcome.kind === 'internal') {
          counters.internalErrors++;
          this.#ctx.onError('dht gateway: request failed', outcome.error);
        }
        break;
    }
    if (this.#closed || !outcome.reply) return;
    if (!this.#writer.enqueue(outcome.reply)) this.#closeFor('slow-reader', 'its outgoing queue is full: it does not read');
  }

  #onEnd(): void {
    if (this.#closed) return;
    if (this.#reader.bufferedBytes > 0) {
      this.violate('the stream ended inside a message');
      return;
    }
    this.#readEnded = true;
    void this.#queue.whenIdle().then(() => this.#afterWrite());
  }

  /** Ends a half-closed connection once nothing runs and the last answer is written. */
  #afterWrite(): void {
    if (this.#closed || !this.#readEnded || !this.#queue.idle || this.#writer.queuedBytes > 0) return;
    this.#connection.socket.end();
  }
}
