/**
 * The course DHT messages (PROTOCOLS.md §2): hand-written byte fixtures, round trips, the
 * exact-size rules and malformed input as typed errors.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Result } from '../../../../web/src/node/base/errors.ts';
import { MESSAGE_TYPE, MAX_FRAME_BYTES } from '../../../../web/src/node/wire/index.ts';
import { decodeMeshMessage, MESH_DECLARATIONS } from '../../../support/mesh-registries.ts';
import {
  COURSE_GOSSIP_MESSAGES,
} from '../../../../relay/src/gossip-gateway/messages.ts';
import {
  COURSE_DHT_KEY_MESSAGE_BYTES,
  COURSE_DHT_MESSAGES,
  COURSE_DHT_MIN_PUT_BYTES,
  MAX_COURSE_DHT_PUT_VALUE_BYTES,
  MAX_COURSE_DHT_SUCCESS_VALUE_BYTES,
  type CourseDhtMessage,
} from '../../../../relay/src/dht-gateway/messages.ts';
import { seededRandom } from '../../../support/random.ts';

const hex = (b: Uint8Array): string => Buffer.from(b).toString('hex');
const fromHex = (h: string): Uint8Array => Uint8Array.from(Buffer.from(h.replace(/\s+/g, ''), 'hex'));
const codeOf = (r: Result<unknown>): string | null => (r.ok ? null : r.error.code);

/** Key 00 01 02 … 1f, written out. */
const KEY_HEX = '000102030405060708090a0b0c0d0e0f 101112131415161718191a1b1c1d1e1f';
const KEY = fromHex(KEY_HEX);
const FF_KEY_HEX = 'ff'.repeat(32);

/** Written by hand from PROTOCOLS.md §2: size u16 · type u16 · body, big-endian. */
const FIXTURES: { name: string; message: CourseDhtMessage; hex: string }[] = [
  {
    name: 'PUT ttl 300, replication 3, "abc"',
    message: { kind: 'dhtPut', ttl: 300, replication: 3, reserved: 0, key: KEY, value: fromHex('616263') },
    hex: `002b 028a 012c 03 00 ${KEY_HEX} 616263`,
  },
  {
    name: 'PUT ttl 0 / replication 0 (defaults), reserved byte kept, empty value',
    message: { kind: 'dhtPut', ttl: 0, replication: 0, reserved: 0xaa, key: fromHex(FF_KEY_HEX), value: fromHex('') },
    hex: `0028 028a 0000 00 aa ${FF_KEY_HEX}`,
  },
  {
    name: 'PUT ttl 65535, replication 255',
    message: { kind: 'dhtPut', ttl: 0xffff, replication: 0xff, reserved: 0, key: KEY, value: fromHex('00ff') },
    hex: `002a 028a ffff ff 00 ${KEY_HEX} 00ff`,
  },
  {
    name: 'GET',
    message: { kind: 'dhtGet', key: KEY },
    hex: `0024 028b ${KEY_HEX}`,
  },
  {
    name: 'SUCCESS with "hi"',
    message: { kind: 'dhtSuccess', key: KEY, value: fromHex('6869') },
    hex: `0026 028c ${KEY_HEX} 6869`,
  },
  {
    name: 'SUCCESS with an empty value',
    message: { kind: 'dhtSuccess', key: fromHex(FF_KEY_HEX), value: fromHex('') },
    hex: `0024 028c ${FF_KEY_HEX}`,
  },
  {
    name: 'FAILURE',
    message: { kind: 'dhtFailure', key: KEY },
    hex: `0024 028d ${KEY_HEX}`,
  },
];

test('the four types are 650–653, apart from the Tabmesh peer messages and the gossip API', () => {
  assert.deepEqual(
    Object.values(COURSE_DHT_MESSAGES.declarations).map((d) => [d.name, d.type]),
    [
      ['dhtPut', 650],
      ['dhtGet', 651],
      ['dhtSuccess', 652],
      ['dhtFailure', 653],
    ],
  );
  for (const decl of Object.values(COURSE_DHT_MESSAGES.declarations)) {
    assert.equal(decl.type, MESSAGE_TYPE[decl.name]);
    assert.ok(!Object.values(MESH_DECLARATIONS).some((m) => m.type === decl.type), `${decl.name} must not be a peer message`);
  }
  const get = fromHex(`0024 028b ${KEY_HEX}`);
  assert.equal(codeOf(decodeMeshMessage(get)), 'unknown-type', 'the peer registry refuses a course GET');
  assert.equal(codeOf(COURSE_GOSSIP_MESSAGES.decode(get)), 'unknown-type', 'so does the gossip API');
  assert.equal(codeOf(COURSE_DHT_MESSAGES.decode(fromHex('0008 01f5 0000 0539'))), 'unknown-type', 'and the DHT API a gossip NOTIFY');
});

test('every kind has a fixture; the sizes are as §2 says', () => {
  assert.deepEqual([...new Set(FIXTURES.map((f) => f.message.kind))].sort(), Object.keys(COURSE_DHT_MESSAGES.declarations).sort());
  assert.equal(COURSE_DHT_KEY_MESSAGE_BYTES, 36);
  assert.equal(COURSE_DHT_MIN_PUT_BYTES, 40);
  assert.equal(MAX_COURSE_DHT_PUT_VALUE_BYTES, MAX_FRAME_BYTES - 40);
  assert.equal(MAX_COURSE_DHT_SUCCESS_VALUE_BYTES, MAX_FRAME_BYTES - 36);
});

for (const fixture of FIXTURES) {
  test(`fixture: ${fixture.name}`, () => {
    const wire = fromHex(fixture.hex);
    assert.equal(hex(COURSE_DHT_MESSAGES.encode(fixture.message)), hex(wire));
    const decoded = COURSE_DHT_MESSAGES.decode(wire);
    assert.ok(decoded.ok, decoded.ok ? '' : decoded.error.message);
    assert.deepEqual(decoded.value, fixture.message);
  });
}

test('round trips of random values, from empty to the largest value', () => {
  const rng = seededRandom(650);
  const int = (max: number): number => Math.floor(rng() * (max + 1));
  const data = (n: number): Uint8Array => Uint8Array.from({ length: n }, () => int(255));
  for (let round = 0; round < 200; round++) {
    const n = int(300);
    const messages: CourseDhtMessage[] = [
      { kind: 'dhtPut', ttl: int(0xffff), replication: int(255), reserved: int(255), key: data(32), value: data(round === 0 ? MAX_COURSE_DHT_PUT_VALUE_BYTES : n) },
      { kind: 'dhtGet', key: data(32) },
      { kind: 'dhtSuccess', key: data(32), value: data(round === 0 ? MAX_COURSE_DHT_SUCCESS_VALUE_BYTES : round === 1 ? 0 : n) },
      { kind: 'dhtFailure', key: data(32) },
    ];
    for (const message of messages) {
      const wire = COURSE_DHT_MESSAGES.encode(message);
      assert.equal((wire[0]! << 8) | wire[1]!, wire.length, 'size counts the whole message');
      const decoded = COURSE_DHT_MESSAGES.decode(wire);
      assert.ok(decoded.ok, decoded.ok ? '' : decoded.error.message);
      assert.deepEqual(decoded.value, message);
    }
  }
});

test('the largest PUT / SUCCESS is 65 535 bytes; one more value byte, a short key or a wide field does not encode', () => {
  const put = (value: Uint8Array, over: Partial<CourseDhtMessage> = {}): CourseDhtMessage =>
    ({ kind: 'dhtPut', ttl: 1, replication: 1, reserved: 0, key: KEY, value, ...over }) as CourseDhtMessage;
  assert.equal(COURSE_DHT_MESSAGES.encode(put(new Uint8Array(MAX_COURSE_DHT_PUT_VALUE_BYTES))).length, 65_535);
  const success = { kind: 'dhtSuccess', key: KEY, value: new Uint8Array(MAX_COURSE_DHT_SUCCESS_VALUE_BYTES) } as const;
  assert.equal(COURSE_DHT_MESSAGES.encode(success).length, 65_535);
  const refused: [string, CourseDhtMessage][] = [
    ['PUT value one byte over', put(new Uint8Array(MAX_COURSE_DHT_PUT_VALUE_BYTES + 1))],
    ['SUCCESS value one byte over', { ...success, value: new Uint8Array(MAX_COURSE_DHT_SUCCESS_VALUE_BYTES + 1) }],
    ['a 31-byte key', { kind: 'dhtGet', key: new Uint8Array(31) }],
    ['a 33-byte key', { kind: 'dhtFailure', key: new Uint8Array(33) }],
    ['ttl 65536', put(new Uint8Array(), { ttl: 0x1_0000 } as Partial<CourseDhtMessage>)],
    ['replication 256', put(new Uint8Array(), { replication: 256 } as Partial<CourseDhtMessage>)],
  ];
  for (const [what, message] of refused) {
    assert.throws(() => COURSE_DHT_MESSAGES.encode(message), (e: unknown) => (e as { code?: string }).code === 'bad-field', what);
  }
});

test('malformed messages are typed errors, never throws', () => {
  const key31 = '00'.repeat(31);
  const key33 = '00'.repeat(33);
  const cases: [string, string, string][] = [
    ['size below the header', '0003 028b', 'bad-size'],
    ['size zero', '0000 028b', 'bad-size'],
    ['fewer bytes than the header', '0024 02', 'truncated'],
    ['GET size 35', `0023 028b ${key31}`, 'truncated'],
    ['GET size 4', '0004 028b', 'truncated'],
    ['GET size 37', `0025 028b ${key33}`, 'trailing-bytes'],
    ['FAILURE size 35', `0023 028d ${key31}`, 'truncated'],
    ['FAILURE size 37', `0025 028d ${key33}`, 'trailing-bytes'],
    ['PUT size 39 (key cut short)', `0027 028a 0000 00 00 ${key31}`, 'truncated'],
    ['PUT size 8 (no key)', '0008 028a 0000 00 00', 'truncated'],
    ['PUT size 4', '0004 028a', 'truncated'],
    ['SUCCESS size 35', `0023 028c ${key31}`, 'truncated'],
    ['size field larger than the bytes', `0025 028b ${KEY_HEX}`, 'truncated'],
    ['size field smaller than the bytes', `0024 028b ${KEY_HEX} ff`, 'trailing-bytes'],
    ['more bytes than any frame', 'ffff 028a' + '00'.repeat(65_532), 'oversized'],
    ['type 654', `0024 028e ${KEY_HEX}`, 'unknown-type'],
    ['type 649', `0024 0289 ${KEY_HEX}`, 'unknown-type'],
    ['a Tabmesh DHT peer type (1200)', `0024 04b0 ${KEY_HEX}`, 'unknown-type'],
  ];
  for (const [what, h, code] of cases) {
    assert.equal(codeOf(COURSE_DHT_MESSAGES.decode(fromHex(h))), code, what);
  }
});

test('decoded keys and values are the bytes of the frame', () => {
  const wire = fromHex(`002b 028a 012c 03 00 ${KEY_HEX} 616263`);
  const decoded = COURSE_DHT_MESSAGES.decode(wire);
  assert.ok(decoded.ok && decoded.value.kind === 'dhtPut');
  assert.equal(hex(decoded.value.key), hex(KEY));
  assert.equal(decoded.value.key.length, 32);
  assert.equal(Buffer.from(decoded.value.value).toString(), 'abc');
});
