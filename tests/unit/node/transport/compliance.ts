/**
 * One compliance suite for every Link implementation: run with a factory that makes a
 * connected pair, in-memory or WebRTC.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ByteChannel, Link } from '../../../../web/src/node/transport/types.ts';
import { TRANSPORT_LIMITS } from '../../../../web/src/node/transport/types.ts';
import { encodeFrame, MAX_FRAME_BYTES } from '../../../../web/src/node/wire/frame.ts';

export interface LinkPair {
  a: Link;
  b: Link;
  /** The channel under `a`, for writing raw bytes past the framing. */
  rawA: ByteChannel;
  dispose(): Promise<void>;
}

export function waitUntil(what: string, check: () => boolean, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  return new Promise((resolve, reject) => {
    const poll = (): void => {
      if (check()) return resolve();
      if (Date.now() > deadline) return reject(new Error(`timed out waiting for ${what}`));
      setTimeout(poll, 2);
    };
    poll();
  });
}

function frame(type: number, size: number, fill: number): Uint8Array {
  return encodeFrame(type, new Uint8Array(size - 4).fill(fill));
}

function collect(link: Link): { frames: Uint8Array[]; closed: string[] } {
  const sink = { frames: [] as Uint8Array[], closed: [] as string[] };
  link.attach({ onFrame: (f) => sink.frames.push(f), onClose: (r) => sink.closed.push(r) });
  return sink;
}

export function transportCompliance(name: string, makePair: () => Promise<LinkPair>): void {
  test(`${name}: frames of every size arrive whole and in order`, async () => {
    const pair = await makePair();
    try {
      const received = collect(pair.b);
      collect(pair.a);
      const sizes = [4, 5, 100, 16 * 1024 - 1, 16 * 1024, 16 * 1024 + 1, 40_000, MAX_FRAME_BYTES];
      const sent = sizes.map((size, i) => frame(2000 + i, size, i + 1));
      for (const f of sent) assert.ok(pair.a.send(f).ok);
      await waitUntil('all frames', () => received.frames.length === sent.length);
      assert.deepEqual(received.frames, sent);
    } finally {
      await pair.dispose();
    }
  });

  test(`${name}: a full send queue reports backpressure, drains, and loses nothing`, async () => {
    const pair = await makePair();
    try {
      let bytes = 0;
      pair.b.attach({ onFrame: (f) => (bytes += f.length), onClose: () => undefined });
      collect(pair.a);
      const big = frame(2100, MAX_FRAME_BYTES, 9);
      let sent = 0;
      let refused = false;
      while (!refused) {
        const result = pair.a.send(big);
        if (result.ok) sent += big.length;
        else {
          assert.equal(result.error.code, 'backpressure');
          refused = true;
        }
        assert.ok(sent <= TRANSPORT_LIMITS.maxQueuedBytes + TRANSPORT_LIMITS.highWaterBytes + big.length, 'queue is bounded');
      }
      await pair.a.drained();
      assert.ok(pair.a.send(big).ok, 'accepts again once drained');
      sent += big.length;
      await waitUntil('every byte', () => bytes === sent, 30_000);
    } finally {
      await pair.dispose();
    }
  });

  test(`${name}: frames that arrive before attach are kept and delivered in order`, async () => {
    const pair = await makePair();
    try {
      collect(pair.a);
      const sent = [frame(2200, 10, 1), frame(2201, 20, 2)];
      for (const f of sent) pair.a.send(f);
      await new Promise((resolve) => setTimeout(resolve, 50));
      const received = collect(pair.b);
      await waitUntil('early frames', () => received.frames.length === 2);
      assert.deepEqual(received.frames, sent);
    } finally {
      await pair.dispose();
    }
  });

  test(`${name}: closing one end closes the other; sends after close fail with 'closed'`, async () => {
    const pair = await makePair();
    try {
      const a = collect(pair.a);
      const b = collect(pair.b);
      pair.a.close();
      await waitUntil('remote close', () => b.closed.length === 1);
      assert.deepEqual(a.closed, ['closed']);
      assert.equal(pair.b.closed, true);
      const result = pair.a.send(frame(2300, 8, 0));
      assert.equal(result.ok, false);
      assert.equal(!result.ok && result.error.code, 'closed');
    } finally {
      await pair.dispose();
    }
  });

  test(`${name}: a corrupt stream closes the link with protocol-violation`, async () => {
    const pair = await makePair();
    try {
      collect(pair.a);
      const b = collect(pair.b);
      pair.rawA.send(new Uint8Array([0, 2, 0, 0]));
      await waitUntil('link closed', () => b.closed.length === 1);
      assert.deepEqual(b.closed, ['protocol-violation']);
    } finally {
      await pair.dispose();
    }
  });

  test(`${name}: a peer that keeps sending undecodable frames is disconnected`, async () => {
    const pair = await makePair();
    try {
      const b = collect(pair.b);
      collect(pair.a);
      pair.b.reportMalformed();
      pair.b.reportMalformed();
      assert.equal(pair.b.closed, false, 'tolerates a couple');
      pair.b.reportMalformed();
      assert.deepEqual(b.closed, ['protocol-violation']);
    } finally {
      await pair.dispose();
    }
  });
}
