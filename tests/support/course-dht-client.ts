/**
 * An independent client of the course DHT API, written from PROTOCOLS.md §2 alone: it imports
 * nothing from Tabmesh (its framing is course-framing.ts, likewise), so a mistake shared by our
 * codec and our gateway cannot hide.
 *
 *   every message   size u16 · type u16 · body        (big-endian; size counts the header)
 *   650 DHT PUT       ttl u16 · replication u8 · reserved u8 · key[32] · value…
 *   651 DHT GET       key[32]                           (size exactly 36)
 *   652 DHT SUCCESS   key[32] · value…
 *   653 DHT FAILURE   key[32]                           (size exactly 36)
 *
 * One connection carries many requests and answers may come out of order, so the client matches
 * each answer to an outstanding GET by its key. PUT has no answer.
 */
import type { Socket } from 'node:net';
import { connectSocket, message, MessageCutter } from './course-framing.ts';

export { message };

export const PUT = 650;
export const GET = 651;
export const SUCCESS = 652;
export const FAILURE = 653;

export type Answer = { found: true; value: Buffer } | { found: false };

export function putBytes(key: Buffer, value: Buffer, ttl: number, replication: number): Buffer {
  const fixed = Buffer.alloc(4);
  fixed.writeUInt16BE(ttl, 0);
  fixed.writeUInt8(replication, 2);
  return message(PUT, Buffer.concat([fixed, key, value]));
}

export class CourseDhtClient {
  readonly #socket: Socket;
  readonly #cutter = new MessageCutter(36);
  /** key hex → resolvers of outstanding GETs of that key, oldest first. */
  readonly #outstanding = new Map<string, ((answer: Answer) => void)[]>();
  #failure: Error | null = null;
  readonly closed: Promise<void>;

  private constructor(socket: Socket) {
    this.#socket = socket;
    socket.on('error', () => {});
    socket.on('data', (chunk: Buffer) => this.#onData(chunk));
    this.closed = new Promise((resolve) => socket.once('close', () => resolve()));
  }

  static async connect(port: number, host = '127.0.0.1'): Promise<CourseDhtClient> {
    return new CourseDhtClient(await connectSocket(host, port));
  }

  put(key: Buffer, value: Buffer, ttl = 0, replication = 0): void {
    this.#socket.write(putBytes(key, value, ttl, replication));
  }

  get(key: Buffer): Promise<Answer> {
    if (this.#failure) return Promise.reject(this.#failure);
    return new Promise((resolve) => {
      const hex = key.toString('hex');
      this.#outstanding.set(hex, [...(this.#outstanding.get(hex) ?? []), resolve]);
      this.#socket.write(message(GET, key));
    });
  }

  /** Raw bytes, for sending whatever a test wants. */
  write(bytes: Buffer): void {
    this.#socket.write(bytes);
  }

  get failure(): Error | null {
    return this.#failure;
  }

  close(): Promise<void> {
    this.#socket.destroy();
    return this.closed;
  }

  #onData(chunk: Buffer): void {
    const refused = this.#cutter.push(chunk, (type, body, size) => {
      if (type !== SUCCESS && !(type === FAILURE && size === 36)) return `type ${type} of size ${size}`;
      const key = body.subarray(0, 32).toString('hex');
      const waiting = this.#outstanding.get(key);
      const resolve = waiting?.shift();
      if (!resolve) return `an answer for ${key}, which no GET asked for`;
      if (waiting!.length === 0) this.#outstanding.delete(key);
      resolve(type === SUCCESS ? { found: true, value: Buffer.from(body.subarray(32)) } : { found: false });
      return undefined;
    });
    if (refused !== undefined) this.#protocolError(refused);
  }

  #protocolError(what: string): void {
    this.#failure ??= new Error(`the gateway sent something unexpected: ${what}`);
    this.#socket.destroy();
  }
}
