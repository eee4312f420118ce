/**
 * A gateway client's incoming side: the socket's bytes cut into frames by a FrameSplitter, each
 * decoded and handed to the client in order. A frame that breaks the framing or does not decode
 * is a violation (the client closes the connection); nothing is read once the client is closed.
 * Socket errors are swallowed: resets and the like end in 'close'.
 */
import type { Socket } from 'node:net';
import type { Result } from '../../../web/src/node/base/errors.ts';
import { FrameSplitter } from '../../../web/src/node/wire/splitter.ts';

/** The connection the reading is for. */
export interface ReadingClient {
  /** True once the client has closed; nothing is read after. */
  readonly closed: boolean;
  /** A malformed stream or message: the client closes the connection. */
  violate(why: string): void;
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
}

/** Reads `socket` for `client` from now on: its 'error', 'data', 'end' (with handlers.end) and 'close'. */
export function readMessages<M>(socket: Socket, client: ReadingClient, handlers: MessageHandlers<M>): MessageStream {
  const splitter = new FrameSplitter();
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
  };
  socket.on('error', () => {});
  // As a plain Uint8Array: Buffer#slice makes views, and the splitter's frames must be copies
  // (a message's data outlives the read buffer it came in).
  socket.on('data', (chunk: Buffer) => receive(new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.length)));
  const end = handlers.end;
  if (end) socket.on('end', () => end.call(handlers));
  socket.on('close', () => client.close());
  return splitter;
}
