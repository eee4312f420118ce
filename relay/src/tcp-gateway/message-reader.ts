/**
 * A gateway client's incoming side: the socket's bytes cut into frames by a FrameSplitter, each
 * decoded and handed to the client in order, under the read deadlines (read-deadlines.ts). A
 * frame that breaks the framing or does not decode is a violation (the client closes the
 * connection); a missed deadline is the client's to close too; nothing is read once the client
 * is closed. Socket errors are swallowed: resets and the like end in 'close'.
 */
import type { Socket } from 'node:net';
import type { Result } from '../../../web/src/node/base/errors.ts';
import { FrameSplitter } from '../../../web/src/node/wire/splitter.ts';
import { ReadDeadlines, type ReadDeadline, type ReadDeadlineOptions } from './read-deadlines.ts';

export type { ReadDeadline, ReadDeadlineOptions };

/** The part of a net.Socket the reading uses. */
export type MessageSource = Pick<Socket, 'on' | 'pause' | 'resume'>;

/** The connection the reading is for. */
export interface ReadingClient {
  /** True once the client has closed; nothing is read after. */
  readonly closed: boolean;
  /** True while the client waits for the gateway (a request running, a subscription held): it is not idle. */
  readonly waitingOnGateway: boolean;
  /** A malformed stream or message: the client closes the connection. */
  violate(why: string): void;
  /** A read deadline passed: the client closes the connection. */
  expire(deadline: ReadDeadline): void;
  /** What the socket's 'close' ends in. */
  close(): void;
}

export interface MessageHandlers<M> {
  decode(frame: Uint8Array): Result<M>;
  /** One decoded message; the client may close while handling it, which stops the reading. */
  message(msg: M): void;
  /** The client's FIN ('end'); a gateway that is not half-open ends its side with the client's. */
  end?(): void;
}

/** What the client may ask of the reading. */
export interface MessageStream {
  /** Bytes of a message not yet complete. */
  readonly bufferedBytes: number;
  /** Stops reading the socket (the gateway's own backpressure); the deadlines wait meanwhile. */
  pause(): void;
  /** Reads again, with fresh deadline windows. */
  resume(): void;
  /** A whole message went to the client: the connection is not idle. */
  markActive(): void;
}

/** Reads `socket` for `client` from now on: its 'error', 'data', 'end' (with handlers.end) and 'close'. */
export function readMessages<M>(
  socket: MessageSource,
  client: ReadingClient,
  handlers: MessageHandlers<M>,
  deadlines: ReadDeadlineOptions,
): MessageStream {
  const splitter = new FrameSplitter();
  const timers = new ReadDeadlines(deadlines, () => client.waitingOnGateway, (deadline) => {
    if (!client.closed) client.expire(deadline);
  });
  const receive = (chunk: Uint8Array): void => {
    if (client.closed) return;
    const frames = splitter.push(chunk);
    if (!frames.ok) {
      client.violate(frames.error.message);
      return;
    }
    for (const frame of frames.value) {
      const msg = handlers.decode(frame);
      if (!msg.ok) {
        client.violate(msg.error.message);
        return;
      }
      handlers.message(msg.value);
      if (client.closed) return;
    }
    timers.afterRead(splitter.bufferedBytes, frames.value.length > 0);
  };
  socket.on('error', () => {});
  // As a plain Uint8Array: Buffer#slice makes views, and the splitter's frames must be copies
  // (a message's data outlives the read buffer it came in).
  socket.on('data', (chunk: Buffer) => receive(new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.length)));
  const end = handlers.end;
  if (end) socket.on('end', () => end.call(handlers));
  socket.on('close', () => {
    timers.stop();
    client.close();
  });
  return {
    get bufferedBytes() {
      return splitter.bufferedBytes;
    },
    pause() {
      socket.pause();
      timers.pause();
    },
    resume() {
      socket.resume();
      timers.resume();
    },
    markActive: () => timers.markActive(),
  };
}
