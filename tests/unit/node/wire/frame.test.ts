import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TabmeshError } from '../../../../web/src/node/base/errors.ts';
import { decodeFrame, encodeFrame, FRAME_HEADER_BYTES, MAX_FRAME_BODY_BYTES, MAX_FRAME_BYTES, readFrameHeader } from '../../../../web/src/node/wire/index.ts';
import { codeOf, fromHex, hex } from './helpers.ts';

test('encodeFrame writes size (whole frame) and type big-endian', () => {
  assert.equal(hex(encodeFrame(0x0102, fromHex('aabbcc'))), '00070102aabbcc');
  assert.equal(hex(encodeFrame(1002, new Uint8Array())), '000403ea');
});

test('a max-size frame round-trips', () => {
  const body = new Uint8Array(MAX_FRAME_BODY_BYTES).fill(7);
  const frame = encodeFrame(0xffff, body);
  assert.equal(frame.length, MAX_FRAME_BYTES);
  const decoded = decodeFrame(frame);
  assert.ok(decoded.ok);
  assert.equal(decoded.value.type, 0xffff);
  assert.deepEqual(decoded.value.body, body);
});

test('encodeFrame throws TabmeshError on a body too big or a type that is not a u16', () => {
  assert.throws(
    () => encodeFrame(1, new Uint8Array(MAX_FRAME_BODY_BYTES + 1)),
    (e: unknown) => e instanceof TabmeshError && e.code === 'oversized',
  );
  for (const type of [-1, 0x10000, 1.5, Number.NaN]) {
    assert.throws(
      () => encodeFrame(type, new Uint8Array()),
      (e: unknown) => e instanceof TabmeshError && e.code === 'bad-field',
    );
  }
});

test('readFrameHeader reads at an offset and checks the size field', () => {
  const bytes = fromHex('ff0008abcd');
  const header = readFrameHeader(bytes, 1);
  assert.ok(header.ok);
  assert.deepEqual(header.value, { size: 8, type: 0xabcd });
  assert.equal(codeOf(readFrameHeader(fromHex('000400'))), 'truncated');
  assert.equal(codeOf(readFrameHeader(fromHex('00030001'))), 'bad-size');
});

test('decodeFrame error codes', () => {
  assert.equal(codeOf(decodeFrame(new Uint8Array())), 'truncated');
  assert.equal(codeOf(decodeFrame(fromHex('000803'))), 'truncated');
  assert.equal(codeOf(decodeFrame(fromHex('000003ea'))), 'bad-size');
  assert.equal(codeOf(decodeFrame(fromHex('000303ea'))), 'bad-size');
  // size field larger than the bytes given
  assert.equal(codeOf(decodeFrame(fromHex('000903ea01020304'))), 'truncated');
  // size field smaller than the bytes given
  assert.equal(codeOf(decodeFrame(fromHex('000703ea01020304'))), 'trailing-bytes');
  assert.equal(codeOf(decodeFrame(new Uint8Array(MAX_FRAME_BYTES + 1))), 'oversized');
});

test('decodeFrame accepts a frame that is a view into a larger buffer', () => {
  const buffer = fromHex('eeee000603ea0102eeee');
  const decoded = decodeFrame(buffer.subarray(2, 8));
  assert.ok(decoded.ok);
  assert.equal(decoded.value.type, 1002);
  assert.equal(hex(decoded.value.body), '0102');
  assert.equal(FRAME_HEADER_BYTES, 4);
});
