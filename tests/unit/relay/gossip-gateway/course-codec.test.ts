/**
 * The course gossip messages (PROTOCOLS.md §1): hand-written byte fixtures, round trips, the
 * exact-size rules and malformed input as typed errors.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Result } from '../../../../web/src/node/base/errors.ts';
import { MESSAGE_TYPE, MAX_FRAME_BYTES } from '../../../../web/src/node/wire/index.ts';
import { decodeMeshMessage, MESH_DECLARATIONS } from '../../../support/mesh-registries.ts';
import {
  COURSE_GOSSIP_MESSAGES,
  isValidated,
  MAX_COURSE_GOSSIP_DATA_BYTES,
  validationBits,
  type CourseGossipMessage,
} from '../../../../relay/src/gossip-gateway/messages.ts';
import { seededRandom } from '../../../support/random.ts';

const hex = (b: Uint8Array): string => Buffer.from(b).toString('hex');
const fromHex = (h: string): Uint8Array => Uint8Array.from(Buffer.from(h.replace(/\s+/g, ''), 'hex'));
const codeOf = (r: Result<unknown>): string | null => (r.ok ? null : r.error.code);
const bytes = (...xs: number[]): Uint8Array => Uint8Array.from(xs);

/** Written by hand from PROTOCOLS.md §1: size u16 · type u16 · body, big-endian. */
const FIXTURES: { name: string; message: CourseGossipMessage; hex: string }[] = [
  {
    name: 'ANNOUNCE ttl 5, type 0x0102, "abc"',
    message: { kind: 'gossipAnnounce', ttl: 5, reserved: 0, dataType: 0x0102, data: bytes(0x61, 0x62, 0x63) },
    hex: '000b 01f4 05 00 0102 616263',
  },
  {
    name: 'ANNOUNCE ttl 0 (unlimited), reserved byte kept, no data',
    message: { kind: 'gossipAnnounce', ttl: 0, reserved: 0xaa, dataType: 0xffff, data: bytes() },
    hex: '0008 01f4 00 aa ffff',
  },
  {
    name: 'NOTIFY type 1337',
    message: { kind: 'gossipNotify', reserved: 0, dataType: 1337 },
    hex: '0008 01f5 0000 0539',
  },
  {
    name: 'NOTIFICATION id 0xbeef, type 7, two bytes',
    message: { kind: 'gossipNotification', messageId: 0xbeef, dataType: 7, data: bytes(0x00, 0xff) },
    hex: '000a 01f6 beef 0007 00ff',
  },
  {
    name: 'NOTIFICATION, no data',
    message: { kind: 'gossipNotification', messageId: 0, dataType: 0, data: bytes() },
    hex: '0008 01f6 0000 0000',
  },
  {
    name: 'VALIDATION valid',
    message: { kind: 'gossipValidation', messageId: 0x0102, bits: 1 },
    hex: '0008 01f7 0102 0001',
  },
  {
    name: 'VALIDATION not valid',
    message: { kind: 'gossipValidation', messageId: 0xffff, bits: 0 },
    hex: '0008 01f7 ffff 0000',
  },
];

test('the four types are 500–503, apart from the Tabmesh peer messages', () => {
  assert.deepEqual(
    Object.values(COURSE_GOSSIP_MESSAGES.declarations).map((d) => [d.name, d.type]),
    [
      ['gossipAnnounce', 500],
      ['gossipNotify', 501],
      ['gossipNotification', 502],
      ['gossipValidation', 503],
    ],
  );
  for (const decl of Object.values(COURSE_GOSSIP_MESSAGES.declarations)) {
    assert.equal(decl.type, MESSAGE_TYPE[decl.name]);
    assert.ok(!Object.values(MESH_DECLARATIONS).some((m) => m.type === decl.type), `${decl.name} must not be a peer message`);
  }
  // The peer registry refuses them, and the course registry refuses peer messages.
  assert.equal(codeOf(decodeMeshMessage(fromHex('0008 01f5 0000 0539'))), 'unknown-type');
  assert.equal(codeOf(COURSE_GOSSIP_MESSAGES.decode(fromHex('0008 03ea 0000 0001'))), 'unknown-type');
});

test('every kind has a fixture', () => {
  assert.deepEqual(
    [...new Set(FIXTURES.map((f) => f.message.kind))].sort(),
    Object.keys(COURSE_GOSSIP_MESSAGES.declarations).sort(),
  );
});

for (const fixture of FIXTURES) {
  test(`fixture: ${fixture.name}`, () => {
    const wire = fromHex(fixture.hex);
    assert.equal(hex(COURSE_GOSSIP_MESSAGES.encode(fixture.message)), hex(wire));
    const decoded = COURSE_GOSSIP_MESSAGES.decode(wire);
    assert.ok(decoded.ok, decoded.ok ? '' : decoded.error.message);
    assert.deepEqual(decoded.value, fixture.message);
  });
}

test('VALIDATION: only the low bit is the verdict; reserved bits are read and ignored', () => {
  const verdict = (h: string): boolean => {
    const d = COURSE_GOSSIP_MESSAGES.decode(fromHex(h));
    assert.ok(d.ok && d.value.kind === 'gossipValidation');
    return isValidated(d.value);
  };
  assert.equal(verdict('0008 01f7 0001 0001'), true);
  assert.equal(verdict('0008 01f7 0001 8001'), true);
  assert.equal(verdict('0008 01f7 0001 fffe'), false);
  assert.equal(verdict('0008 01f7 0001 0000'), false);
  assert.equal(validationBits(true), 1);
  assert.equal(validationBits(false), 0);
});

test('round trips of random values, from empty to the largest data', () => {
  const rng = seededRandom(500);
  const int = (max: number): number => Math.floor(rng() * (max + 1));
  const data = (n: number): Uint8Array => Uint8Array.from({ length: n }, () => int(255));
  for (let round = 0; round < 200; round++) {
    const n = round === 0 ? MAX_COURSE_GOSSIP_DATA_BYTES : round === 1 ? 0 : int(300);
    const messages: CourseGossipMessage[] = [
      { kind: 'gossipAnnounce', ttl: int(255), reserved: int(255), dataType: int(0xffff), data: data(n) },
      { kind: 'gossipNotify', reserved: int(0xffff), dataType: int(0xffff) },
      { kind: 'gossipNotification', messageId: int(0xffff), dataType: int(0xffff), data: data(n) },
      { kind: 'gossipValidation', messageId: int(0xffff), bits: int(0xffff) },
    ];
    for (const message of messages) {
      const wire = COURSE_GOSSIP_MESSAGES.encode(message);
      assert.equal((wire[0]! << 8) | wire[1]!, wire.length, 'size counts the whole message');
      const decoded = COURSE_GOSSIP_MESSAGES.decode(wire);
      assert.ok(decoded.ok, decoded.ok ? '' : decoded.error.message);
      assert.deepEqual(decoded.value, message);
    }
  }
});

test('the largest ANNOUNCE / NOTIFICATION is 65 535 bytes; one more data byte does not encode', () => {
  assert.equal(MAX_COURSE_GOSSIP_DATA_BYTES, MAX_FRAME_BYTES - 8);
  const max = new Uint8Array(MAX_COURSE_GOSSIP_DATA_BYTES);
  assert.equal(COURSE_GOSSIP_MESSAGES.encode({ kind: 'gossipAnnounce', ttl: 1, reserved: 0, dataType: 1, data: max }).length, 65_535);
  assert.equal(COURSE_GOSSIP_MESSAGES.encode({ kind: 'gossipNotification', messageId: 1, dataType: 1, data: max }).length, 65_535);
  const over = new Uint8Array(MAX_COURSE_GOSSIP_DATA_BYTES + 1);
  assert.throws(
    () => COURSE_GOSSIP_MESSAGES.encode({ kind: 'gossipNotification', messageId: 1, dataType: 1, data: over }),
    (e: unknown) => (e as { code?: string }).code === 'bad-field',
  );
  assert.throws(
    () => COURSE_GOSSIP_MESSAGES.encode({ kind: 'gossipAnnounce', ttl: 256, reserved: 0, dataType: 1, data: bytes() }),
    (e: unknown) => (e as { code?: string }).code === 'bad-field',
  );
});

test('malformed messages are typed errors, never throws', () => {
  const cases: [string, string, string][] = [
    ['size below the header', '0003 01f5', 'bad-size'],
    ['size zero', '0000 01f5 0000 0001', 'bad-size'],
    ['fewer bytes than the header', '0008 01', 'truncated'],
    ['NOTIFY size 7', '0007 01f5 0000 05', 'truncated'],
    ['NOTIFY size 4', '0004 01f5', 'truncated'],
    ['NOTIFY size 9', '0009 01f5 0000 0539 00', 'trailing-bytes'],
    ['VALIDATION size 6', '0006 01f7 0001', 'truncated'],
    ['VALIDATION size 10', '000a 01f7 0001 0001 0000', 'trailing-bytes'],
    ['ANNOUNCE size 7', '0007 01f4 05 00 01', 'truncated'],
    ['ANNOUNCE size 4', '0004 01f4', 'truncated'],
    ['NOTIFICATION size 6', '0006 01f6 0001', 'truncated'],
    ['size field larger than the bytes', '0009 01f5 0000 0539', 'truncated'],
    ['size field smaller than the bytes', '0008 01f5 0000 0539 ff', 'trailing-bytes'],
    ['type 504', '0008 01f8 0000 0000', 'unknown-type'],
    ['type 499', '0008 01f3 0000 0000', 'unknown-type'],
    ['a DHT type', '0024 028b' + '00'.repeat(32), 'unknown-type'],
  ];
  for (const [what, h, code] of cases) {
    assert.equal(codeOf(COURSE_GOSSIP_MESSAGES.decode(fromHex(h))), code, what);
  }
});
