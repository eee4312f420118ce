/**
 * One TCP connection of the course DHT API: its bytes cut into messages by a FrameSplitter, each
 * decoded and dispatched through CLIENT_HANDLERS into its RequestQueue; the answers leave through
 * a bounded ClientWriter as each request finishes, so they may be out of order. Anything
 * malformed closes this connection alone, at once; closing aborts its requests.
 *
 * A client that half-closes (sends FIN after its requests) still gets every answer; the gateway
 * ends the connection once the last one is written.
 */
import type { Socket } from 'node:net';
import type { Clock } from '../../../web/src/node/base/clock.ts';
import {
  COURSE_DHT_MESSAGES,
  type CourseDhtMessage,
  type CourseDhtMessageOf,
} from './messages.ts';
import { ClientWriter, type WriteSink } from '../tcp-gateway/client-writer.ts';
import { readMessages, type MessageStream } from '../tcp-gateway/message-reader.ts';
import type { DhtGatewayCounters } from './counters.ts';
import { CLIENT_HANDLERS, type ClientSession } from './handlers.ts';
import { RequestQueue } from './request-queue.ts';
import { keyHex, runGet, runPut, type DhtPort, type Outcome, type RequestContext } from './requests.ts';

export interface ClientContext {
  readonly dht: DhtPort;
  readonly clock: Clock;
  readonly counters: DhtGatewayCounters;
  readonly maxQueueBytes: number;
  readonly maxInFlight: number;
  readonly requestTimeoutMs: number;
  readonly onError: (message: string, error: unknown) => void;
}

export class DhtGatewayClient implements ClientSession {
  readonly #socket: Socket;
  readonly #ctx: ClientContext;
  readonly #onClosed: () => void;
  readonly #reader: MessageStream;
  readonly #writer: ClientWriter;
  readonly #queue: RequestQueue;
  readonly #abort = new AbortController();
  readonly #requests: RequestContext;
  #closed = false;
  #readEnded = false;

  constructor(socket: Socket, ctx: ClientContext, onClosed: () => void) {
    this.#socket = socket;
    this.#ctx = ctx;
    this.#onClosed = onClosed;
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
    this.#writer = new ClientWriter(sink, ctx.maxQueueBytes, () => ctx.counters.repliesWritten++);
    // Requests past the in-flight bound: stop reading, so TCP pushes back on the client.
    this.#queue = new RequestQueue(ctx.maxInFlight, (waiting) => {
      if (this.#closed) return;
      if (waiting) socket.pause();
      else socket.resume();
    });
    this.#requests = { dht: ctx.dht, clock: ctx.clock, timeoutMs: ctx.requestTimeoutMs, signal: this.#abort.signal };
    this.#reader = readMessages<CourseDhtMessage>(socket, this, {
      decode: COURSE_DHT_MESSAGES.decode,
      message: (msg) => COURSE_DHT_MESSAGES.dispatch(CLIENT_HANDLERS, msg, this),
      end: () => this.#onEnd(),
    });
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

  get queuedBytes(): number {
    return this.#writer.queuedBytes;
  }

  put(msg: CourseDhtMessageOf<'dhtPut'>): void {
    this.#ctx.counters.putsReceived++;
    this.#queue.add(keyHex(msg.key), async () => this.#settle(await runPut(this.#requests, msg)));
  }

  get(msg: CourseDhtMessageOf<'dhtGet'>): void {
    this.#ctx.counters.getsReceived++;
    this.#queue.add(keyHex(msg.key), async () => this.#settle(await runGet(this.#requests, msg)));
  }

  violate(_why: string): void {
    this.#ctx.counters.malformedCloses++;
    this.close();
  }

  /** Idempotent; also what the socket's 'close' ends in. Aborts the requests still running. */
  close(): void {
    if (this.#closed) return;
    this.#closed = true;
    this.#queue.clear();
    this.#abort.abort();
    this.#socket.destroy();
    this.#onClosed();
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
    if (!this.#writer.enqueue(outcome.reply)) {
      counters.slowClientDrops++;
      this.close();
    }
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
    this.#socket.end();
  }
}
