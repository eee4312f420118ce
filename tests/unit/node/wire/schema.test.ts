import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TabmeshError, type ErrorCode } from '../../../../web/src/node/base/errors.ts';
import { bytes, decodeFrame, defineMessage, f64, list, peerId, rest, str, struct, u16, u32, u8, varBytes, type ValuesOf } from '../../../../web/src/node/wire/index.ts';
import { codeOf, fromHex, hex } from './helpers.ts';

const sample = defineMessage({
  type: 9000,
  name: 'sample',
  fields: [
    ['flag', u8],
    ['name', str(8)],
    ['blob', varBytes(4)],
    ['key', bytes(2)],
    ['items', list(struct([['id', peerId], ['n', u16]]), 2)],
    ['tags', list(u8, 3)],
    ['at', f64],
    ['tail', rest(5)],
  ],
});
type Sample = ValuesOf<typeof sample.fields>;

// Compile-time: the value type is inferred from the declaration.
const typed: Sample = {
  flag: 1,
  name: 'ab',
  blob: new Uint8Array([1]),
  key: new Uint8Array([2, 3]),
  items: [{ id: 'a'.repeat(64), n: 5 }],
  tags: [1, 2],
  at: 1.5,
  tail: new Uint8Array([9]),
};

function bodyOf(value: Sample): Uint8Array {
  const frame = decodeFrame(sample.encode(value));
  assert.ok(frame.ok);
  return frame.value.body;
}

function throwsCode(fn: () => unknown, code: ErrorCode): void {
  assert.throws(fn, (e: unknown) => e instanceof TabmeshError && e.code === code);
}

test('every field kind round-trips', () => {
  const decoded = sample.decodeBody(bodyOf(typed));
  assert.ok(decoded.ok);
  assert.deepEqual(decoded.value, typed);
});

test('the byte layout follows the declaration order', () => {
  const value: Sample = { ...typed, name: 'é', items: [], tags: [7], at: 0, tail: new Uint8Array() };
  assert.equal(
    hex(bodyOf(value)),
    '01' + '0002c3a9' + '000101' + '0203' + '0000' + '000107' + '0000000000000000',
  );
});

test('strings: UTF-8 limits in bytes, BOM kept, invalid UTF-8 and lone surrogates refused', () => {
  const name = (s: string) => sample.decodeBody(bodyOf({ ...typed, name: s }));
  for (const s of ['', '\uFEFFx', '😀😀', 'abcdefgh']) {
    const r = name(s);
    assert.ok(r.ok);
    assert.equal(r.value.name, s);
  }
  throwsCode(() => sample.encode({ ...typed, name: 'abcdefghi' }), 'bad-field');
  throwsCode(() => sample.encode({ ...typed, name: '😀😀😀' }), 'bad-field');
  throwsCode(() => sample.encode({ ...typed, name: 'a\uD800' }), 'bad-field');
  const body = bodyOf({ ...typed, name: 'ab' });
  body.set([0xc3, 0x28], 3); // a lead byte followed by a non-continuation byte
  assert.equal(codeOf(sample.decodeBody(body)), 'bad-field');
  body.set([0x00, 0x09], 1); // declared length 9 > maxBytes 8
  assert.equal(codeOf(sample.decodeBody(body)), 'bad-field');
});

test('encode refuses values outside the declaration with bad-field', () => {
  const bad: Record<string, unknown>[] = [
    { flag: 256 },
    { flag: -1 },
    { flag: 1.5 },
    { flag: '1' },
    { at: Number.NaN },
    { at: Infinity },
    { blob: new Uint8Array(5) },
    { blob: [1, 2] },
    { key: new Uint8Array(3) },
    { key: new Uint8Array(1) },
    { items: [{ id: 'A'.repeat(64), n: 1 }] },
    { items: [{ id: 'a'.repeat(63), n: 1 }] },
    { items: [{ id: 'a'.repeat(64), n: 70000 }] },
    { items: [null] },
    { tags: [1, 2, 3, 4] },
    { tags: 'abc' },
    { tail: new Uint8Array(6) },
  ];
  for (const patch of bad) throwsCode(() => sample.encode({ ...typed, ...patch } as Sample), 'bad-field');
});

test('decode: short input is truncated, extra input is trailing-bytes', () => {
  const small = defineMessage({ type: 9001, name: 'small', fields: [['a', u32], ['b', u16]] });
  assert.equal(codeOf(small.decodeBody(fromHex('0000000100'))), 'truncated');
  assert.equal(codeOf(small.decodeBody(new Uint8Array())), 'truncated');
  assert.equal(codeOf(small.decodeBody(fromHex('00000001000200'))), 'trailing-bytes');
  const r = small.decodeBody(fromHex('ffffffff0002'));
  assert.ok(r.ok);
  assert.deepEqual(r.value, { a: 0xffffffff, b: 2 });
});

test('decode: list count, varBytes length and rest length over their limits are bad-field', () => {
  const body = bodyOf(typed);
  const tooManyItems = body.slice();
  // flag(1) name(2+2) blob(2+1) key(2) → items count at offset 10
  tooManyItems.set([0x00, 0x03], 10);
  assert.equal(codeOf(sample.decodeBody(tooManyItems)), 'bad-field');
  const longBlob = body.slice();
  longBlob.set([0x00, 0x05], 5);
  assert.equal(codeOf(sample.decodeBody(longBlob)), 'bad-field');
  const longTail = new Uint8Array(body.length + 5);
  longTail.set(body);
  assert.equal(codeOf(sample.decodeBody(longTail)), 'bad-field');
  const count = body.slice(0, 12);
  count.set([0xff, 0xff], 10);
  assert.equal(codeOf(sample.decodeBody(count)), 'bad-field');
});

test('decode: a non-finite f64 is bad-field', () => {
  const m = defineMessage({ type: 9002, name: 'float', fields: [['x', f64]] });
  assert.equal(codeOf(m.decodeBody(fromHex('7ff8000000000000'))), 'bad-field');
  assert.equal(codeOf(m.decodeBody(fromHex('7ff0000000000000'))), 'bad-field');
  const negZero = m.decodeBody(fromHex('8000000000000000'));
  assert.ok(negZero.ok);
  assert.ok(Object.is(negZero.value.x, -0));
});

test('decoded byte fields are views into the frame (no copy per message)', () => {
  const frame = sample.encode(typed);
  const body = decodeFrame(frame);
  assert.ok(body.ok);
  const decoded = sample.decodeBody(body.value.body);
  assert.ok(decoded.ok);
  assert.deepEqual(decoded.value.tail, new Uint8Array([9]));
  assert.equal(decoded.value.tail.buffer, frame.buffer, 'shares the frame buffer');
});

test('a value too big for one frame is oversized', () => {
  const big = defineMessage({ type: 9003, name: 'big', fields: [['a', varBytes(60000)], ['b', varBytes(60000)]] });
  throwsCode(() => big.encode({ a: new Uint8Array(40000), b: new Uint8Array(40000) }), 'oversized');
  const strs = defineMessage({ type: 9004, name: 'strs', fields: [['a', varBytes(65000)], ['b', str(60000)]] });
  throwsCode(() => strs.encode({ a: new Uint8Array(65000), b: 'x'.repeat(1000) }), 'oversized');
});

test('declarations are checked when defined', () => {
  throwsCode(() => defineMessage({ type: 1, name: 'r', fields: [['a', rest()], ['b', u8]] }), 'bad-field');
  throwsCode(() => defineMessage({ type: 1, name: 'k', fields: [['kind', u8]] }), 'bad-field');
  throwsCode(() => defineMessage({ type: 1, name: 'd', fields: [['a', u8], ['a', u16]] }), 'bad-field');
  throwsCode(() => defineMessage({ type: 70000, name: 't', fields: [] }), 'bad-field');
  throwsCode(() => struct([['a', rest()]]), 'bad-field');
  throwsCode(() => list(rest(), 3), 'bad-field');
  throwsCode(() => list(u8, 70000), 'bad-field');
  throwsCode(() => str(-1), 'bad-field');
});
