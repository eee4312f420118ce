/**
 * A btpeer connection's one request: the socket's bytes gathered (within the gateway-wide byte
 * budget) until the request is complete — its announced length for the original framing, the
 * client's FIN for the students' variant — under the scaffold's read deadlines. Bytes after the
 * request, a broken frame, an oversized one or a missed deadline are the client's to close for.
 */
import type { Socket } from 'node:net';
import type { ErrorCode } from '../../../web/src/node/base/errors.ts';
import { ReadDeadlines, type ReadDeadline, type ReadDeadlineOptions } from '../tcp-gateway/read-deadlines.ts';
import { BTPEER_HEADER_BYTES, BTPEER_TYPE_BYTES, lengthFramedEnd, MAX_BTPEER_BODY_BYTES, parseRequest, type BtpeerRequest } from './framing.ts';

/** Bytes held by every connection's unfinished request together. */
export class ByteBudget {
  readonly max: number;
  #used = 0;

  constructor(max: number) {
    this.max = max;
  }

  get used(): number {
    return this.#used;
  }

  take(bytes: number): boolean {
    if (this.#used + bytes > this.max) return false;
    this.#used += bytes;
    return true;
  }

  give(bytes: number): void {
    this.#used = Math.max(0, this.#used - bytes);
  }
}

export interface RequestSink {
  readonly closed: boolean;
  /** True while the gateway works on the request: the idle deadline waits. */
  readonly waitingOnGateway: boolean;
  request(request: BtpeerRequest): void;
  violate(code: ErrorCode, why: string): void;
  expire(deadline: ReadDeadline): void;
  /** The gateway's byte budget is spent: no room for this request now. */
  busy(): void;
  /** What the socket's 'close' ends in. */
  close(): void;
}

export function readRequest(socket: Pick<Socket, 'on'>, sink: RequestSink, deadlines: ReadDeadlineOptions, budget: ByteBudget): void {
  const chunks: Uint8Array[] = [];
  let received = 0;
  let complete = false;
  const timers = new ReadDeadlines(deadlines, () => sink.waitingOnGateway, (deadline) => {
    if (!sink.closed) sink.expire(deadline);
  });
  const release = (): void => {
    budget.give(received);
    chunks.length = 0;
  };

  const wait = (): void => timers.afterRead(received, false);
  const check = (ended: boolean): void => {
    if (!ended) {
      // A bad type, or an EOF request past the cap, is refused before the rest comes.
      if (received < BTPEER_TYPE_BYTES) return wait();
      const head = concat(chunks, Math.min(received, BTPEER_HEADER_BYTES));
      const typed = parseRequest(head.subarray(0, BTPEER_TYPE_BYTES), false);
      if (!typed.ok) return sink.violate(typed.error.code, typed.error.message);
      const end = lengthFramedEnd(head);
      if (end === undefined) {
        if (received - BTPEER_TYPE_BYTES > MAX_BTPEER_BODY_BYTES) return sink.violate('oversized', `btpeer request of more than ${MAX_BTPEER_BODY_BYTES} data bytes`);
        return wait();
      }
      if (received < end) return wait();
    }
    const parsed = parseRequest(concat(chunks, received), ended);
    if (!parsed.ok) return sink.violate(parsed.error.code, parsed.error.message);
    if (parsed.value === undefined) return wait();
    complete = true;
    release();
    timers.afterRead(0, true);
    sink.request(parsed.value);
  };

  socket.on('error', () => {});
  socket.on('data', (chunk: Buffer) => {
    if (sink.closed) return;
    if (complete) {
      if (chunk.length > 0) sink.violate('trailing-bytes', `${chunk.length} bytes after the request (one request per connection)`);
      return;
    }
    if (!budget.take(chunk.length)) return sink.busy();
    chunks.push(new Uint8Array(chunk));
    received += chunk.length;
    check(false);
  });
  socket.on('end', () => {
    if (!complete && !sink.closed) check(true);
  });
  socket.on('close', () => {
    timers.stop();
    if (!complete) release();
    sink.close();
  });
}

/** The first `bytes` bytes of `chunks` as one array. */
function concat(chunks: readonly Uint8Array[], bytes: number): Uint8Array {
  if (chunks.length === 1 && chunks[0]!.length === bytes) return chunks[0]!;
  const out = new Uint8Array(bytes);
  let at = 0;
  for (const chunk of chunks) {
    if (at >= bytes) break;
    const part = chunk.subarray(0, bytes - at);
    out.set(part, at);
    at += part.length;
  }
  return out;
}
