/**
 * Writes a byte stream to a gateway in two pieces, and knows the first piece reached the
 * gateway's FrameSplitter on its own before the rest is sent: for tests that cut a message stream
 * at every point. It watches FrameSplitter#push for the test (restored afterwards), so the
 * gateway must be in this process.
 */
import type { TestContext } from 'node:test';
import assert from 'node:assert/strict';
import type { Socket } from 'node:net';
import { FrameSplitter } from '../../web/src/node/wire/splitter.ts';

export type CutWriter = (socket: Socket, stream: Uint8Array, cut: number) => Promise<void>;

export function cutStreamWriter(t: TestContext): CutWriter {
  const proto = FrameSplitter.prototype;
  const push = proto.push;
  let fed = 0;
  let onFed: (() => void) | null = null;
  proto.push = function (this: FrameSplitter, chunk: Uint8Array) {
    fed += chunk.length;
    onFed?.();
    return push.call(this, chunk);
  };
  t.after(() => {
    proto.push = push;
  });

  return async (socket, stream, cut) => {
    fed = 0;
    if (cut > 0) {
      socket.write(stream.subarray(0, cut));
      while (fed < cut) await new Promise<void>((resolve) => (onFed = resolve));
      assert.equal(fed, cut, `cut ${cut}: the first piece was read alone`);
    }
    socket.write(stream.subarray(cut));
  };
}
