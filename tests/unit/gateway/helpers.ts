/** A gateway on 127.0.0.1 port 0, TCP clients of it, and a recorder of the gateway's writes. */
import type { TestContext } from 'node:test';
import { once } from 'node:events';
import { connect, Socket } from 'node:net';
import type { GossipApi } from '../../../web/src/node/gossip/api.ts';
import {
  decodeCourseGossipMessage,
  encodeCourseGossipMessage,
  type CourseGossipMessage,
} from '../../../web/src/node/wire/course-gossip.ts';
import { FrameSplitter } from '../../../web/src/node/wire/splitter.ts';
import { startGossipGateway, type GossipGateway, type GossipGatewayOptions } from '../../../relay/src/gateway/index.ts';

export const hex = (b: Uint8Array): string => Buffer.from(b).toString('hex');
export const fromHex = (h: string): Uint8Array => Uint8Array.from(Buffer.from(h.replace(/\s+/g, ''), 'hex'));

export async function startTestGateway(
  t: TestContext,
  gossip: GossipApi,
  options: Partial<GossipGatewayOptions> = {},
): Promise<GossipGateway> {
  const gateway = await startGossipGateway({ host: '127.0.0.1', port: 0, gossip, ...options });
  t.after(() => gateway.close());
  return gateway;
}

/** A course client over TCP; keeps every chunk it reads and the messages cut from them. */
export class TestClient {
  readonly socket: Socket;
  readonly chunks: Uint8Array[] = [];
  readonly frames: Uint8Array[] = [];
  readonly closed: Promise<void>;
  isClosed = false;
  readonly #splitter = new FrameSplitter();
  #read = 0;
  #wake: (() => void) | null = null;

  private constructor(socket: Socket) {
    this.socket = socket;
    socket.setNoDelay(true);
    socket.on('error', () => {});
    socket.on('data', (chunk: Buffer) => {
      const bytes = Uint8Array.from(chunk);
      this.chunks.push(bytes);
      const frames = this.#splitter.push(bytes);
      if (!frames.ok) throw frames.error;
      this.frames.push(...frames.value);
      this.#wake?.();
    });
    this.closed = new Promise((resolve) =>
      socket.once('close', () => {
        this.isClosed = true;
        this.#wake?.();
        resolve();
      }),
    );
  }

  static async connect(t: TestContext, port: number): Promise<TestClient> {
    const socket = connect({ host: '127.0.0.1', port });
    t.after(() => socket.destroy());
    await once(socket, 'connect');
    return new TestClient(socket);
  }

  /** All of them in one write. */
  send(...messages: (CourseGossipMessage | Uint8Array)[]): void {
    this.socket.write(Buffer.concat(messages.map((m) => (m instanceof Uint8Array ? m : encodeCourseGossipMessage(m)))));
  }

  /** The next message not yet taken; rejects if the connection closes first. */
  async next(): Promise<CourseGossipMessage> {
    const frame = await this.nextFrame();
    const decoded = decodeCourseGossipMessage(frame);
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

export interface RecordedWrite {
  writev: boolean;
  chunks: Uint8Array[];
  /** The write did not complete within the call (the kernel buffer was full). */
  late: boolean;
}

/**
 * Records what sockets hand to libuv during a test: every call of net.Socket's _writeGeneric, by
 * the socket's local port (so a server's port selects the server side of its connections). A
 * `writev` entry means Node gathered several queued writes into one.
 */
export function recordSocketWrites(t: TestContext): (localPort: number) => RecordedWrite[] {
  const proto = Socket.prototype as unknown as {
    _writeGeneric(writev: boolean, data: unknown, encoding: string, cb: (error?: Error | null) => void): unknown;
  };
  const original = proto._writeGeneric;
  const byPort = new Map<number, RecordedWrite[]>();
  proto._writeGeneric = function (this: Socket, writev, data, encoding, cb) {
    const port = this.localPort;
    if (port === undefined) return original.call(this, writev, data, encoding, cb);
    const chunks = writev
      ? (data as { chunk: Uint8Array }[]).map((c) => Uint8Array.from(c.chunk))
      : [Uint8Array.from(data as Uint8Array)];
    const write: RecordedWrite = { writev, chunks, late: true };
    let writes = byPort.get(port);
    if (!writes) byPort.set(port, (writes = []));
    writes.push(write);
    let returned = false;
    const result = original.call(this, writev, data, encoding, (error) => {
      write.late = returned;
      cb(error);
    });
    returned = true;
    return result;
  };
  t.after(() => {
    proto._writeGeneric = original;
  });
  return (localPort) => byPort.get(localPort) ?? [];
}
