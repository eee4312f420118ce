import { test } from 'node:test';
import assert from 'node:assert/strict';
import { toUtf8Bytes } from 'ethers';
import { MAX_CLOCK_SKEW_MS } from '../../../../web/src/node/dht/constants.ts';
import {
  NO_OWNER,
  RECORD_FLAG,
  SIGNATURE_BYTES,
  checkRecord,
  compareRecords,
  contentRecord,
  decodeRecord,
  encodeRecord,
  hashHex,
  ownedRecord,
  signedPayload,
  type DhtRecord,
} from '../../../../web/src/node/dht/record.ts';
import { identitySigner, verifyWithIdentity } from '../../../../web/src/node/dht/signing.ts';
import type { Result } from '../../../../web/src/node/base/errors.ts';
import { Identity } from '../../../../web/src/node/peers/identity.ts';
import { fromHex, hex } from '../wire/helpers.ts';

const NOW = 1_700_000_000_000;
const MAX_TTL_MS = 600_000;
const HI = toUtf8Bytes('hi');
/** SHA-256("hi"). */
const HI_KEY = '8f434346648f6b96df89dda901c5176b10a6d83961dd3c1ac88b59b2dc327aa4';

const alice = Identity.generate();
const bob = Identity.generate();
const aliceSigner = identitySigner(alice);
const bobSigner = identitySigner(bob);
const KEY = hashHex(toUtf8Bytes('a mutable key'));

function owned(seq: number, value: string, expiresAt = NOW + 60_000, signer = aliceSigner): DhtRecord {
  return ownedRecord({ key: KEY, value: toUtf8Bytes(value), replication: 4, expiresAt, seq }, signer);
}

function code<T>(r: Result<T>): string {
  return r.ok ? `ok: ${String(r.value)}` : r.error.code;
}

const check = (r: DhtRecord, now = NOW): string => code(checkRecord(r, verifyWithIdentity, now, MAX_TTL_MS));

// ---- encoding ----

test('a record survives encode / decode unchanged', () => {
  for (const r of [contentRecord({ key: HI_KEY, value: HI, replication: 3, expiresAt: NOW + 1 }), owned(7, 'v'), owned(0, '')]) {
    const decoded = decodeRecord(encodeRecord(r));
    assert.ok(decoded.ok);
    assert.deepEqual(decoded.value, r);
  }
});

test('fixture: a small content record, byte for byte', () => {
  // Written by hand from the dhtRecord declaration: a change to its layout fails here.
  const fixture = [
    '0099', // frame size: 153 bytes, header included
    '04ba', // type 1210, dhtRecord
    HI_KEY, // key: SHA-256 of the value
    '01', // flags: content
    '04', // replication
    '0000000000000000', // seq 0 (f64)
    '4280000000000000', // expiresAt 2^41 ms (f64)
    '00'.repeat(32), // owner: none
    '00'.repeat(SIGNATURE_BYTES), // signature: none
    '6869', // value "hi"
  ].join('');
  const record = contentRecord({ key: HI_KEY, value: HI, replication: 4, expiresAt: 2 ** 41 });
  assert.equal(hex(encodeRecord(record)), fixture);
  const decoded = decodeRecord(fromHex(fixture));
  assert.ok(decoded.ok);
  assert.deepEqual(decoded.value, record);
  assert.ok(checkRecord(decoded.value, verifyWithIdentity, 2 ** 41 - 60_000, MAX_TTL_MS).ok, 'a valid record a minute before it expires');
});

test('decodeRecord refuses truncated bytes, another frame type and garbage without throwing', () => {
  const bytes = encodeRecord(owned(1, 'value'));
  assert.equal(code(decodeRecord(bytes.subarray(0, 40))), 'truncated');
  assert.equal(code(decodeRecord(new Uint8Array(0))), 'truncated');
  const otherType = bytes.slice();
  otherType[3] = 0xbb;
  assert.equal(code(decodeRecord(otherType)), 'unknown-type');
  for (let seed = 0; seed < 200; seed++) {
    const garbage = Uint8Array.from({ length: seed % 160 }, (_, i) => (i * 131 + seed * 17) & 0xff);
    assert.doesNotThrow(() => decodeRecord(garbage));
  }
});

// ---- checkRecord ----

test('checkRecord accepts a content record, and an owned record signed with the real secp256k1 signer', () => {
  assert.ok(checkRecord(contentRecord({ key: HI_KEY, value: HI, replication: 4, expiresAt: NOW + 1 }), verifyWithIdentity, NOW, MAX_TTL_MS).ok);
  const r = owned(1, 'value');
  assert.equal(r.owner, alice.id);
  assert.equal(r.signature.length, SIGNATURE_BYTES);
  assert.equal(verifyWithIdentity(signedPayload(r), r.signature), alice.id);
  assert.ok(checkRecord(r, verifyWithIdentity, NOW, MAX_TTL_MS).ok);
});

test('checkRecord: content that does not hash to its key', () => {
  assert.equal(check(contentRecord({ key: HI_KEY, value: toUtf8Bytes('ho'), replication: 4, expiresAt: NOW + 1 })), 'hash-mismatch');
  // A manifest's key is the hash of the whole object, checked by the reader after assembly.
  assert.ok(checkRecord(contentRecord({ key: HI_KEY, value: toUtf8Bytes('ho'), replication: 4, expiresAt: NOW + 1, manifest: true }), verifyWithIdentity, NOW, MAX_TTL_MS).ok);
  // A content record with an owner or a signature is not content.
  assert.equal(check({ ...contentRecord({ key: HI_KEY, value: HI, replication: 4, expiresAt: NOW + 1 }), owner: alice.id }), 'bad-field');
});

test('checkRecord: bad signatures', () => {
  const r = owned(1, 'value');
  assert.equal(check({ ...r, value: toUtf8Bytes('VALUE') }), 'bad-signature', 'value changed after signing');
  assert.equal(check({ ...r, seq: 2 }), 'bad-signature', 'seq changed after signing');
  assert.equal(check({ ...r, expiresAt: r.expiresAt + 1 }), 'bad-signature', 'expiry changed after signing');
  assert.equal(check({ ...r, owner: bob.id }), 'bad-signature', 'claims another owner');
  assert.equal(check({ ...owned(1, 'value', NOW + 60_000, bobSigner), owner: alice.id }), 'bad-signature', "bob's signature on alice's record");
  assert.equal(check({ ...r, signature: new Uint8Array(SIGNATURE_BYTES) }), 'bad-signature', 'no signature');
  const flipped = r.signature.slice();
  flipped[10] = (flipped[10] ?? 0) ^ 1;
  assert.equal(check({ ...r, signature: flipped }), 'bad-signature');
  assert.equal(check({ ...r, flags: RECORD_FLAG.manifest }), 'bad-signature', 'flags are signed');
});

test('checkRecord: expired, over the TTL cap, unknown flags, bad replication or seq', () => {
  assert.equal(check(owned(1, 'v', NOW)), 'expired', 'expiring now');
  assert.equal(check(owned(1, 'v', NOW + 1000), NOW + 1000), 'expired');
  assert.equal(check(owned(1, 'v', NaN)), 'expired');
  const cap = NOW + MAX_TTL_MS + MAX_CLOCK_SKEW_MS;
  assert.ok(checkRecord(owned(1, 'v', cap), verifyWithIdentity, NOW, MAX_TTL_MS).ok, 'at the cap, skew included');
  assert.equal(check(owned(1, 'v', cap + 1)), 'bad-field', 'beyond the cap');
  const content = contentRecord({ key: HI_KEY, value: HI, replication: 4, expiresAt: NOW + 1 });
  assert.equal(check({ ...content, flags: 4 | RECORD_FLAG.content }), 'bad-field');
  assert.equal(check({ ...content, flags: 0x80 }), 'bad-field');
  assert.equal(check({ ...content, replication: 0 }), 'bad-field');
  assert.equal(check(owned(-1, 'v')), 'bad-field');
});

// ---- compareRecords ----

const compare = (incoming: DhtRecord, existing: DhtRecord | undefined, now = NOW): string => code(compareRecords(incoming, existing, now));

test("compareRecords: another owner's write is refused while the key lives", () => {
  const mine = owned(1, 'alice');
  const theirs = owned(5, 'bob', NOW + 60_000, bobSigner);
  assert.equal(compare(theirs, mine), 'not-owner');
  assert.equal(compare(theirs, mine, mine.expiresAt), 'ok: replace', 'once it expired, the key is free');
  assert.equal(compare(theirs, undefined), 'ok: replace');
  const content = contentRecord({ key: KEY, value: HI, replication: 4, expiresAt: NOW + 1 });
  assert.equal(compare(content, mine), 'not-owner', 'content cannot replace an owned value');
  assert.equal(compare(mine, content), 'not-owner', 'nor the reverse');
});

test('compareRecords: newer writes replace, older ones are stale, a replayed signed record is refused', () => {
  const first = owned(1, 'first');
  const second = owned(2, 'second');
  assert.equal(compare(second, first), 'ok: replace');
  assert.equal(compare(first, second), 'stale', 'a replay of the older, validly signed write');
  assert.ok(checkRecord(first, verifyWithIdentity, NOW, MAX_TTL_MS).ok, 'the replayed record is itself valid');
  assert.equal(compare(owned(2, 'other'), second), 'stale', 'same seq, another value');
});

test('compareRecords: a refresh of the same write with a later expiry replaces it; an earlier one is kept', () => {
  const r = owned(3, 'same', NOW + 10_000);
  assert.equal(compare(owned(3, 'same', NOW + 20_000), r), 'ok: replace');
  assert.equal(compare(owned(3, 'same', NOW + 5_000), r), 'ok: keep');
  assert.equal(compare(r, r), 'ok: keep');
  const c = contentRecord({ key: HI_KEY, value: HI, replication: 4, expiresAt: NOW + 10_000 });
  assert.equal(compare({ ...c, expiresAt: NOW + 20_000 }, c), 'ok: replace');
  assert.equal(compare({ ...c, expiresAt: NOW + 5_000 }, c), 'ok: keep');
  assert.equal(NO_OWNER, c.owner);
});
