/**
 * A test client of a course gateway over TCP on 127.0.0.1, for either course protocol: it keeps
 * every message it reads (cut from the stream with our FrameSplitter) and hands them out in
 * order, and sends messages through the protocol's codec.
 */
import type { TestContext } from 'node:test';
import { once } from 'node:events';
import { connect, type Socket } from 'node:net';
import type { Result } from '../../web/src/node/base/errors.ts';
import { FrameSplitter } from '../../web/src/node/wire/splitter.ts';

/** How long a test waits for a condition before failing (far beyond anything on loopback). */
const EVENTUALLY_BOUND_MS = 20_000;

/** Polls `done` (for state nothing signals, such as a gateway's stats) until it holds, within a bound. */
export async function eventually(done: () => boolean, what: string): Promise<void> {
  const deadline = Date.now() + EVENTUALLY_BOUND_MS;
  while (!done()) {
    if (Date.now() > deadline) throw new Error(`${what}: not reached`);
    await new Promise((resolve) => setTimeout(resolve, 2));
  }
}

export interface TestCodec<M> {
  decode(frame: Uint8Array): Result<M>;
  encode(msg: M): Uint8Array;
}

export interface ConnectOptions {
  allowHalfOpen?: boolean;
  /**
   * The client's own address: any of 127.0.0.0/8 on Linux, so one machine can stand for several
   * remote addresses (per-address limits, key owners). Default: the OS's choice (127.0.0.1).
   */
  localAddress?: string;
}

/** A connected socket to 127.0.0.1:`port`, destroyed after the test. */
export async function connectSocket(t: TestContext, port: number, options: ConnectOptions = {}): Promise<Socket> {
  const socket = connect({
    host: '127.0.0.1',
    port,
    allowHalfOpen: options.allowHalfOpen ?? false,
    ...(options.localAddress !== undefined && { localAddress: options.localAddress }),
  });
  t.after(() => socket.destroy());
  await once(socket, 'connect');
  return socket;
}

export class FramedTestClient<M> {
  readonly socket: Socket;
  readonly frames: Uint8Array[] = [];
  readonly closed: Promise<void>;
  isClosed = false;
  /** The gateway sent FIN. */
  ended = false;
  readonly #codec: TestCodec<M>;
  readonly #splitter = new FrameSplitter();
  #read = 0;
  #wake: (() => void) | null = null;

  protected constructor(socket: Socket, codec: TestCodec<M>) {
    this.socket = socket;
    this.#codec = codec;
    socket.setNoDelay(true);
    socket.on('error', () => {});
    socket.on('data', (chunk: Buffer) => {
      const frames = this.#splitter.push(Uint8Array.from(chunk));
      if (!frames.ok) throw frames.error;
      this.frames.push(...frames.value);
      this.#wake?.();
    });
    socket.on('end', () => {
      this.ended = true;
    });
    this.closed = new Promise((resolve) =>
      socket.once('close', () => {
        this.isClosed = true;
        this.#wake?.();
        resolve();
      }),
    );
  }

  /** All of them in one write. */
  send(...messages: (M | Uint8Array)[]): void {
    this.socket.write(Buffer.concat(messages.map((m) => (m instanceof Uint8Array ? m : this.#codec.encode(m)))));
  }

  /** The next message not yet taken; rejects if the connection closes first. */
  async next(): Promise<M> {
    const decoded = this.#codec.decode(await this.nextFrame());
    if (!decoded.ok) throw decoded.error;
    return decoded.value;
  }

  async nextFrame(): Promise<Uint8Array> {
    while (this.#read >= this.frames.length) {
      if (this.isClosed) throw new Error('connection closed before the next message');
      await new Promise<void>((resolve) => (this.#wake = resolve));
      this.#wake = null;
    }
    return this.frames[this.#read++]!;
  }

  get unread(): number {
    return this.frames.length - this.#read;
  }

  async close(): Promise<void> {
    this.socket.destroy();
    await this.closed;
  }
}
