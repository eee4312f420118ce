/**
 * An independent client of the course gossip API, written from PROTOCOLS.md §1 alone: it imports
 * nothing from Tabmesh (its framing is tests/support/course-framing.ts, likewise), so a mistake
 * shared by our codec and our gateway cannot hide here.
 *
 *   every message   size u16 · type u16 · body        (big-endian; size counts the header)
 *   500 ANNOUNCE      ttl u8 · reserved u8 · dataType u16 · data…
 *   501 NOTIFY        reserved u16 · dataType u16          (size exactly 8)
 *   502 NOTIFICATION  messageId u16 · dataType u16 · data…
 *   503 VALIDATION    messageId u16 · reserved 15 bits + valid bit (LSB)   (size exactly 8)
 */
import type { Socket } from 'node:net';
import { connectSocket, message, MessageCutter } from '../support/course-framing.ts';

export const ANNOUNCE = 500;
export const NOTIFY = 501;
export const NOTIFICATION = 502;
export const VALIDATION = 503;

export interface ReceivedNotification {
  messageId: number;
  dataType: number;
  data: Buffer;
}

export function announceBytes(dataType: number, data: Buffer, ttl = 0): Buffer {
  const fixed = Buffer.alloc(4);
  fixed.writeUInt8(ttl, 0);
  fixed.writeUInt8(0, 1);
  fixed.writeUInt16BE(dataType, 2);
  return message(ANNOUNCE, Buffer.concat([fixed, data]));
}

export function notifyBytes(dataType: number): Buffer {
  const body = Buffer.alloc(4);
  body.writeUInt16BE(dataType, 2);
  return message(NOTIFY, body);
}

export function validationBytes(messageId: number, valid: boolean): Buffer {
  const body = Buffer.alloc(4);
  body.writeUInt16BE(messageId, 0);
  body.writeUInt16BE(valid ? 1 : 0, 2);
  return message(VALIDATION, body);
}

export class CourseClient {
  readonly #socket: Socket;
  readonly #cutter = new MessageCutter(4);
  readonly #notifications: ReceivedNotification[] = [];
  #waiting: { resolve: (n: ReceivedNotification) => void; reject: (e: Error) => void } | null = null;
  #failure: Error | null = null;
  /** Resolves when the gateway (or we) closed the connection. */
  readonly closed: Promise<void>;

  private constructor(socket: Socket) {
    this.#socket = socket;
    socket.setNoDelay(true);
    socket.on('error', () => {});
    socket.on('data', (chunk: Buffer) => this.#onData(chunk));
    this.closed = new Promise((resolve) => {
      socket.once('close', () => {
        this.#fail(new Error('connection closed'));
        resolve();
      });
    });
  }

  static async connect(host: string, port: number): Promise<CourseClient> {
    return new CourseClient(await connectSocket(host, port));
  }

  notify(dataType: number): void {
    this.#socket.write(notifyBytes(dataType));
  }

  announce(dataType: number, data: Buffer, ttl = 0): void {
    this.#socket.write(announceBytes(dataType, data, ttl));
  }

  validate(messageId: number, valid: boolean): void {
    this.#socket.write(validationBytes(messageId, valid));
  }

  /** Raw bytes, for sending whatever a test wants. */
  write(bytes: Buffer): void {
    this.#socket.write(bytes);
  }

  nextNotification(): Promise<ReceivedNotification> {
    const ready = this.#notifications.shift();
    if (ready) return Promise.resolve(ready);
    if (this.#failure) return Promise.reject(this.#failure);
    return new Promise((resolve, reject) => {
      this.#waiting = { resolve, reject };
    });
  }

  get pending(): number {
    return this.#notifications.length;
  }

  close(): Promise<void> {
    this.#socket.destroy();
    return this.closed;
  }

  #onData(chunk: Buffer): void {
    const refused = this.#cutter.push(chunk, (type, body) => {
      if (type !== NOTIFICATION || body.length < 4) return `type ${type}, ${body.length} body bytes`;
      const notification = { messageId: body.readUInt16BE(0), dataType: body.readUInt16BE(2), data: Buffer.from(body.subarray(4)) };
      const waiting = this.#waiting;
      this.#waiting = null;
      if (waiting) waiting.resolve(notification);
      else this.#notifications.push(notification);
      return undefined;
    });
    if (refused !== undefined) this.#protocolError(refused);
  }

  #protocolError(what: string): void {
    this.#fail(new Error(`the gateway sent something that is not a NOTIFICATION: ${what}`));
    this.#socket.destroy();
  }

  #fail(error: Error): void {
    this.#failure ??= error;
    const waiting = this.#waiting;
    this.#waiting = null;
    waiting?.reject(this.#failure);
  }
}
