import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TabmeshError, type Result } from '../../../../web/src/node/base/errors.ts';
import {
  ATTR,
  attribute,
  decodeAddress,
  decodeErrorCode,
  decodeStunMessage,
  decodeText,
  decodeXorAddress,
  encodeAddress,
  encodeErrorCode,
  encodeStunMessage,
  encodeText,
  encodeXorAddress,
  findAttribute,
  longTermKey,
  messageType,
  METHOD,
  splitMessageType,
  STUN_CLASS,
  verifyMessageIntegrity,
  type StunMessage,
} from '../../../../relay/src/turn/index.ts';
import { crc32 } from '../../../../relay/src/turn/crc32.ts';
import * as V from './rfc5769.ts';

const codeOf = (r: Result<unknown>): string | null => (r.ok ? null : r.error.code);
const shortTermKey = new TextEncoder().encode(V.SHORT_TERM_PASSWORD);
const text = (s: string) => encodeText(s);
/** A Binding request with these attributes. */
const request = (attributes: StunMessage['attributes'], transactionId = V.TRANSACTION_ID): StunMessage => ({
  method: METHOD.binding,
  cls: 'request',
  transactionId,
  attributes,
});

test('RFC 5769 §2.1 sample request: decodes, verifies, and re-encodes byte for byte', () => {
  const decoded = decodeStunMessage(V.SAMPLE_REQUEST);
  assert.ok(decoded.ok);
  const m = decoded.value;
  assert.equal(m.method, METHOD.binding);
  assert.equal(m.cls, 'request');
  assert.deepEqual(m.transactionId, V.TRANSACTION_ID);
  assert.equal(m.fingerprint, true);
  assert.deepEqual(decodeText(findAttribute(m, ATTR.username)!), { ok: true, value: 'evtj:h6vY' });
  assert.deepEqual(decodeText(findAttribute(m, ATTR.software)!), { ok: true, value: 'STUN test client' });
  assert.ok(verifyMessageIntegrity(m, shortTermKey));
  assert.ok(!verifyMessageIntegrity(m, new TextEncoder().encode('wrong')));

  const rebuilt = encodeStunMessage(
    {
      method: METHOD.binding,
      cls: 'request',
      transactionId: V.TRANSACTION_ID,
      attributes: [
        attribute(ATTR.software, text('STUN test client')),
        attribute(ATTR.priority, Uint8Array.of(0x6e, 0x00, 0x01, 0xff)),
        attribute(ATTR.iceControlled, Uint8Array.of(0x93, 0x2f, 0xf9, 0xb1, 0x51, 0x26, 0x3b, 0x36)),
        attribute(ATTR.username, text('evtj:h6vY')),
      ],
    },
    { integrityKey: shortTermKey, fingerprint: true, padding: 0x20 },
  );
  assert.deepEqual(rebuilt, V.SAMPLE_REQUEST);
});

for (const [name, bytes, family, address] of [
  ['§2.2 IPv4', V.SAMPLE_IPV4_RESPONSE, 4, '192.0.2.1'],
  ['§2.3 IPv6', V.SAMPLE_IPV6_RESPONSE, 6, '2001:db8:1234:5678:11:2233:4455:6677'],
] as const) {
  test(`RFC 5769 ${name} response: XOR-MAPPED-ADDRESS, integrity, fingerprint, byte-for-byte encode`, () => {
    const decoded = decodeStunMessage(bytes);
    assert.ok(decoded.ok);
    const m = decoded.value;
    assert.equal(m.cls, 'success');
    const mapped = decodeXorAddress(findAttribute(m, ATTR.xorMappedAddress)!, m.transactionId);
    assert.deepEqual(mapped, { ok: true, value: { family, address, port: 32853 } });
    assert.ok(verifyMessageIntegrity(m, shortTermKey));
    const rebuilt = encodeStunMessage(
      {
        method: METHOD.binding,
        cls: 'success',
        transactionId: V.TRANSACTION_ID,
        attributes: [
          attribute(ATTR.software, text('test vector')),
          attribute(ATTR.xorMappedAddress, encodeXorAddress({ family, address, port: 32853 }, V.TRANSACTION_ID)),
        ],
      },
      { integrityKey: shortTermKey, fingerprint: true, padding: 0x20 },
    );
    assert.deepEqual(rebuilt, bytes);
  });
}

test('RFC 5769 §2.4 long-term credentials: key = MD5(user:realm:pass), byte-for-byte encode', () => {
  const { username, password, nonce, realm, transactionId } = V.LONG_TERM;
  const key = longTermKey(username, realm, password);
  const decoded = decodeStunMessage(V.SAMPLE_LONG_TERM_REQUEST);
  assert.ok(decoded.ok);
  assert.equal(decoded.value.fingerprint, false);
  assert.deepEqual(decodeText(findAttribute(decoded.value, ATTR.username)!), { ok: true, value: username });
  assert.ok(verifyMessageIntegrity(decoded.value, key));
  const rebuilt = encodeStunMessage(
    {
      method: METHOD.binding,
      cls: 'request',
      transactionId,
      attributes: [
        attribute(ATTR.username, text(username)),
        attribute(ATTR.nonce, text(nonce)),
        attribute(ATTR.realm, text(realm)),
      ],
    },
    { integrityKey: key },
  );
  assert.deepEqual(rebuilt, V.SAMPLE_LONG_TERM_REQUEST);
});

test('message types interleave method and class bits (RFC 5389 §6) and round-trip for every method and class', () => {
  assert.equal(messageType(METHOD.binding, 'request'), 0x0001);
  assert.equal(messageType(METHOD.binding, 'success'), 0x0101);
  assert.equal(messageType(METHOD.binding, 'error'), 0x0111);
  assert.equal(messageType(METHOD.allocate, 'error'), 0x0113);
  assert.equal(messageType(METHOD.send, 'indication'), 0x0016);
  assert.equal(messageType(METHOD.data, 'indication'), 0x0017);
  for (let method = 0; method < 0x1000; method += 37) {
    for (const cls of STUN_CLASS) assert.deepEqual(splitMessageType(messageType(method, cls)), { method, cls });
  }
});

test('attributes round-trip: addresses (plain and XOR, v4 and v6), error code, text', () => {
  const tid = V.TRANSACTION_ID;
  for (const address of [
    { family: 4 as const, address: '10.1.2.3', port: 1 },
    { family: 4 as const, address: '255.255.255.255', port: 65535 },
    { family: 6 as const, address: '::1', port: 3478 },
    { family: 6 as const, address: 'fe80::1:2:3:4', port: 40000 },
  ]) {
    assert.deepEqual(decodeAddress(encodeAddress(address)), { ok: true, value: address });
    assert.deepEqual(decodeXorAddress(encodeXorAddress(address, tid), tid), { ok: true, value: address });
  }
  assert.deepEqual(decodeErrorCode(encodeErrorCode(438, 'Stale Nonce')), { ok: true, value: { code: 438, reason: 'Stale Nonce' } });
  assert.deepEqual(decodeErrorCode(encodeErrorCode(508, '')), { ok: true, value: { code: 508, reason: '' } });
  const message: StunMessage = {
    method: METHOD.allocate,
    cls: 'error',
    transactionId: tid,
    attributes: [
      attribute(ATTR.errorCode, encodeErrorCode(401, 'Unauthorized')),
      attribute(ATTR.realm, text('tabmesh')),
      attribute(ATTR.nonce, text('n')),
    ],
  };
  const decoded = decodeStunMessage(encodeStunMessage(message, { fingerprint: true }));
  assert.ok(decoded.ok);
  const shape = decoded.value.attributes.map((a) => [a.type, a.value.length]);
  assert.deepEqual(shape, [[ATTR.errorCode, 16], [ATTR.realm, 7], [ATTR.nonce, 1]]);
});

test('text attributes keep every byte: a leading byte-order mark is not dropped (the long-term key hashes the bytes)', () => {
  const bom = Uint8Array.of(0xef, 0xbb, 0xbf, 0x61);
  const decoded = decodeText(bom);
  assert.ok(decoded.ok);
  assert.deepEqual([...encodeText(decoded.value)], [...bom]);
});

test('attributes after MESSAGE-INTEGRITY are ignored; unknown comprehension-required types are reported', () => {
  const key = new Uint8Array(16);
  const attributes = [attribute(0x7001, new Uint8Array(1)), attribute(0xc001, new Uint8Array(2))];
  const signed = encodeStunMessage(request(attributes), { integrityKey: key });
  // Append an attribute after MESSAGE-INTEGRITY by hand.
  const extra = new Uint8Array(signed.length + 8);
  extra.set(signed);
  extra.set([0x00, 0x06, 0x00, 0x04, 0x61, 0x62, 0x63, 0x64], signed.length);
  extra[3] = signed.length + 8 - 20;
  const decoded = decodeStunMessage(extra);
  assert.ok(decoded.ok);
  assert.equal(findAttribute(decoded.value, ATTR.username), undefined);
  assert.deepEqual(decoded.value.unknownRequired, [0x7001]);
  assert.ok(verifyMessageIntegrity(decoded.value, key));
});

test('malformed input yields typed errors, never a throw', () => {
  const good = V.SAMPLE_IPV4_RESPONSE;
  const withByte = (at: number, value: number) => {
    const b = good.slice();
    b[at] = value;
    return b;
  };
  assert.equal(codeOf(decodeStunMessage(new Uint8Array(19))), 'truncated');
  assert.equal(codeOf(decodeStunMessage(good.subarray(0, 40))), 'truncated');
  assert.equal(codeOf(decodeStunMessage(new Uint8Array(70_000))), 'oversized');
  assert.equal(codeOf(decodeStunMessage(withByte(0, 0x80))), 'unknown-type');
  assert.equal(codeOf(decodeStunMessage(withByte(4, 0))), 'unknown-type');
  assert.equal(codeOf(decodeStunMessage(withByte(3, 0x3d))), 'bad-size');
  assert.equal(codeOf(decodeStunMessage(Uint8Array.of(...good, 0, 0, 0, 0))), 'trailing-bytes');
  assert.equal(codeOf(decodeStunMessage(withByte(good.length - 1, 0))), 'hash-mismatch');
  assert.equal(codeOf(decodeStunMessage(withByte(23, 0xff))), 'truncated'); // SOFTWARE length past the end
  // MESSAGE-INTEGRITY of the wrong size; an attribute after FINGERPRINT.
  const badIntegrity = encodeStunMessage(request([attribute(ATTR.messageIntegrity, new Uint8Array(4))]));
  assert.equal(codeOf(decodeStunMessage(badIntegrity)), 'bad-field');
  const fp = encodeStunMessage(request([]), { fingerprint: true });
  const after = Uint8Array.of(...fp, 0x80, 0x22, 0, 0);
  after[3] = after.length - 20;
  new DataView(after.buffer).setUint32(24, (crc32(after, 0, 20) ^ 0x5354554e) >>> 0); // re-sign the new length
  assert.equal(codeOf(decodeStunMessage(after)), 'bad-field');
  // Too many attributes.
  const many = encodeStunMessage(request(Array.from({ length: 65 }, () => attribute(0x8030, new Uint8Array()))));
  assert.equal(codeOf(decodeStunMessage(many)), 'oversized');
  // Typed attribute decoders.
  assert.equal(codeOf(decodeAddress(Uint8Array.of(0, 3, 0, 1, 1, 2, 3, 4))), 'bad-field');
  assert.equal(codeOf(decodeAddress(Uint8Array.of(0, 1, 0, 1, 1, 2, 3))), 'bad-size');
  assert.equal(codeOf(decodeXorAddress(Uint8Array.of(0, 2), V.TRANSACTION_ID)), 'truncated');
  assert.equal(codeOf(decodeText(Uint8Array.of(0xff, 0xfe))), 'bad-field');
  assert.equal(codeOf(decodeText(new Uint8Array(764))), 'oversized');
  assert.equal(codeOf(decodeErrorCode(Uint8Array.of(0, 0, 2, 0))), 'bad-field');
});

test('encodeStunMessage rejects what cannot go on the wire', () => {
  const isCode = (code: string) => (e: unknown) => e instanceof TabmeshError && e.code === code;
  assert.throws(() => encodeStunMessage(request([], new Uint8Array(11))), isCode('bad-field'));
  assert.throws(() => encodeStunMessage(request([attribute(ATTR.data, new Uint8Array(0x10000))])), isCode('oversized'));
  assert.throws(() => encodeErrorCode(200, 'OK'), isCode('bad-field'));
});
