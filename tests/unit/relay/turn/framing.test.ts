import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Result } from '../../../../web/src/node/base/errors.ts';
import {
  decodeChannelData,
  encodeChannelData,
  encodeStunMessage,
  METHOD,
  TurnStreamSplitter,
} from '../../../../relay/src/turn/index.ts';
import { crc32 } from '../../../../relay/src/turn/crc32.ts';

const codeOf = (r: Result<unknown>): string | null => (r.ok ? null : r.error.code);
const hex = (b: Uint8Array) => Buffer.from(b).toString('hex');

test('crc32 matches the IEEE check value', () => {
  assert.equal(crc32(new TextEncoder().encode('123456789')), 0xcbf43926);
  assert.equal(crc32(new Uint8Array()), 0);
});

test('ChannelData: fixture bytes, padding only when asked, and round trips', () => {
  assert.equal(hex(encodeChannelData(0x4001, Uint8Array.of(1, 2, 3), false)), '40010003010203');
  assert.equal(hex(encodeChannelData(0x4001, Uint8Array.of(1, 2, 3), true)), '4001000301020300');
  assert.equal(hex(encodeChannelData(0x7fff, new Uint8Array(), true)), '7fff0000');
  for (const padded of [false, true]) {
    const decoded = decodeChannelData(encodeChannelData(0x4abc, Uint8Array.of(9, 8, 7, 6, 5), padded));
    assert.ok(decoded.ok);
    assert.equal(decoded.value.channel, 0x4abc);
    assert.deepEqual([...decoded.value.data], [9, 8, 7, 6, 5]);
  }
});

test('ChannelData: truncated, trailing bytes and channel numbers out of range are typed errors', () => {
  assert.equal(codeOf(decodeChannelData(Uint8Array.of(0x40, 0x00, 0x00))), 'truncated');
  assert.equal(codeOf(decodeChannelData(Uint8Array.of(0x40, 0x00, 0x00, 0x05, 1, 2))), 'truncated');
  assert.equal(codeOf(decodeChannelData(Uint8Array.of(0x40, 0x00, 0x00, 0x01, 1, 0, 0, 0, 0))), 'trailing-bytes');
  assert.equal(codeOf(decodeChannelData(Uint8Array.of(0x80, 0x00, 0x00, 0x00))), 'bad-field');
  assert.equal(codeOf(decodeChannelData(Uint8Array.of(0x3f, 0xff, 0x00, 0x00))), 'bad-field');
});

function stream(): { bytes: Uint8Array; expected: string[] } {
  const tid = new Uint8Array(12).fill(7);
  const parts = [
    encodeStunMessage({ method: METHOD.binding, cls: 'request', transactionId: tid, attributes: [] }, { fingerprint: true }),
    encodeChannelData(0x4001, Uint8Array.of(1), true),
    encodeChannelData(0x4002, Uint8Array.of(1, 2, 3, 4), true),
    encodeChannelData(0x4003, new Uint8Array(1000).fill(3), true),
    encodeStunMessage({ method: METHOD.allocate, cls: 'request', transactionId: tid, attributes: [] }),
    encodeChannelData(0x4004, new Uint8Array(), true),
  ];
  const expected = parts.map((p) => (p[0]! >= 0x40 ? hex(p.subarray(0, 4 + ((p[2]! << 8) | p[3]!))) : hex(p)));
  return { bytes: Uint8Array.from(Buffer.concat(parts)), expected };
}

test('the stream splitter re-cuts STUN and padded ChannelData however the bytes arrive', () => {
  const { bytes, expected } = stream();
  for (const cut of [1, 2, 3, 5, 7, 64, 1000, bytes.length]) {
    const splitter = new TurnStreamSplitter();
    const out: string[] = [];
    for (let at = 0; at < bytes.length; at += cut) {
      const r = splitter.push(bytes.subarray(at, Math.min(at + cut, bytes.length)));
      assert.ok(r.ok);
      out.push(...r.value.map(hex));
    }
    assert.deepEqual(out, expected, `cut ${cut}`);
    assert.equal(splitter.bufferedBytes, 0);
  }
});

test('the stream splitter is poisoned by bytes that start neither STUN nor ChannelData, and stays so', () => {
  const splitter = new TurnStreamSplitter();
  assert.equal(codeOf(splitter.push(Uint8Array.of(0xc0, 0, 0, 0))), 'protocol-violation');
  assert.equal(codeOf(splitter.push(encodeChannelData(0x4001, Uint8Array.of(1), true))), 'protocol-violation');
  const unaligned = new TurnStreamSplitter();
  assert.equal(codeOf(unaligned.push(Uint8Array.of(0x00, 0x01, 0x00, 0x03))), 'bad-size');
  // Byte by byte, the error shows once the size prefix is complete.
  const slow = new TurnStreamSplitter();
  for (const b of [0xff, 0xff, 0xff]) assert.ok(slow.push(Uint8Array.of(b)).ok);
  assert.equal(codeOf(slow.push(Uint8Array.of(0xff))), 'protocol-violation');
});

test('the stream splitter holds at most one message, allocated once at its declared size', () => {
  const splitter = new TurnStreamSplitter();
  const header = Uint8Array.of(0x40, 0x01, 0xff, 0xff); // a 64 KiB ChannelData
  assert.ok(splitter.push(header).ok);
  for (let i = 0; i < 100; i++) assert.ok(splitter.push(new Uint8Array(100)).ok);
  assert.equal(splitter.bufferedBytes, 4 + 100 * 100);
  const rest = splitter.push(new Uint8Array(0x10000 - 100 * 100)); // 65535 data + 1 padding
  assert.ok(rest.ok);
  assert.equal(rest.value.length, 1);
  assert.equal(rest.value[0]!.length, 4 + 0xffff);
});
