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

export interface TestCodec<M> {
  decode(frame: Uint8Array): Result<M>;
  encode(msg: M): Uint8Array;
}

/** A connected socket to 127.0.0.1:`port`, destroyed after the test. */
export async function connectSocket(t: TestContext, port: number, options: { allowHalfOpen?: boolean } = {}): Promise<Socket> {
  const socket = connect({ host: '127.0.0.1', port, allowHalfOpen: options.allowHalfOpen ?? false });
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
