/**
 * The framing both course APIs share, for the independent course clients (course-dht-client.ts,
 * tests/interop/course-client.ts): written from PROTOCOLS.md alone and importing nothing from
 * Tabmesh, so a mistake shared by our codec and our gateway cannot hide here.
 *
 *   every message   size u16 · type u16 · body        (big-endian; size counts the header)
 */
import { connect, type Socket } from 'node:net';

export function message(type: number, body: Buffer): Buffer {
  const header = Buffer.alloc(4);
  header.writeUInt16BE(4 + body.length, 0);
  header.writeUInt16BE(type, 2);
  return Buffer.concat([header, body]);
}

/** A socket connected to host:port; rejects if the connection fails. */
export function connectSocket(host: string, port: number): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const socket = connect({ host, port });
    socket.once('error', reject);
    socket.once('connect', () => {
      socket.off('error', reject);
      resolve(socket);
    });
  });
}

/**
 * Cuts the bytes a client reads into messages. `push` hands each whole message to `onMessage`
 * in order and returns what went wrong, if anything: a size below `minSize`, or the string
 * `onMessage` returned for a message it refuses. Nothing is handed out after that.
 */
export class MessageCutter {
  readonly #minSize: number;
  #buffered: Buffer = Buffer.alloc(0);

  /** @param minSize the smallest size any message the client reads may have (at least 4) */
  constructor(minSize: number) {
    this.#minSize = minSize;
  }

  push(chunk: Buffer, onMessage: (type: number, body: Buffer, size: number) => string | undefined): string | undefined {
    this.#buffered = Buffer.concat([this.#buffered, chunk]);
    while (this.#buffered.length >= 4) {
      const size = this.#buffered.readUInt16BE(0);
      const type = this.#buffered.readUInt16BE(2);
      if (size < this.#minSize) return `size ${size}`;
      if (this.#buffered.length < size) return undefined;
      const body = this.#buffered.subarray(4, size);
      this.#buffered = this.#buffered.subarray(size);
      const refused = onMessage(type, body, size);
      if (refused !== undefined) return refused;
    }
    return undefined;
  }
}
