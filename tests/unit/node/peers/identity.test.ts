import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { SigningKey, toUtf8Bytes } from 'ethers';
import { DHT_RECORD_NAMESPACE } from '../../../../web/src/node/dht/signing.ts';
import { Identity, SIGNING_NAMESPACE, canonicalPayload, defineSigningNamespace, peerIdFromPublicKey, recoverSigner, verifySignedBy } from '../../../../web/src/node/peers/identity.ts';
import { isPeerId, peerIdBytes, peerIdFromBytes } from '../../../../web/src/node/base/peer-id.ts';
import type { Result } from '../../../../web/src/node/base/errors.ts';

/** Private key 1: its public key is the secp256k1 generator G, known from the SEC 2 standard. */
const KEY_ONE = '0x' + '00'.repeat(31) + '01';
const G_COMPRESSED = '0279be667ef9dcbbac55a06295ce870b07029bfcdb2dce28d959f2815b16f81798';
/** sha256(G_COMPRESSED), computed once and checked in. */
const KEY_ONE_ID = '0f715baf5d4c2ed329785cef29e562f73488c8a2bb9dbc5700b361d54b9b0554';
/** Private key 0x0101…01, computed once and checked in. */
const KEY_01S = '0x' + '01'.repeat(32);
const KEY_01S_ID = 'f1d12012406b87afb27f6dd16ac0a76fcdaa55ed820926232b26f5132dc0cb41';

function code<T>(result: Result<T>): string {
  return result.ok ? 'ok' : result.error.code;
}

test('the peer id is sha256 of the compressed public key, stable across runs and encodings', () => {
  const one = Identity.fromPrivateKey(KEY_ONE);
  assert.equal(one.publicKey, '0x' + G_COMPRESSED);
  assert.equal(one.id, KEY_ONE_ID);
  assert.equal(createHash('sha256').update(Buffer.from(G_COMPRESSED, 'hex')).digest('hex'), KEY_ONE_ID, 'independent of ethers');
  assert.equal(Identity.fromPrivateKey(KEY_01S).id, KEY_01S_ID);
  // The uncompressed form of the same key gives the same id.
  assert.equal(peerIdFromPublicKey(SigningKey.computePublicKey(KEY_ONE, false)), KEY_ONE_ID);
  // Export and re-import keeps the id.
  const fresh = Identity.generate();
  assert.equal(Identity.fromPrivateKey(fresh.exportPrivateKey()).id, fresh.id);
  assert.notEqual(Identity.generate().id, fresh.id);
  assert.ok(isPeerId(fresh.id));
  assert.equal(peerIdFromBytes(peerIdBytes(fresh.id)), fresh.id);
  assert.equal(peerIdBytes(fresh.id).length, 32);
});

test('isPeerId accepts only 64 lowercase hex characters', () => {
  assert.ok(isPeerId(KEY_ONE_ID));
  for (const bad of [KEY_ONE_ID.toUpperCase(), KEY_ONE_ID.slice(1), KEY_ONE_ID + '0', '0x' + KEY_ONE_ID.slice(2), 42, null, undefined, {}]) {
    assert.equal(isPeerId(bad), false, String(bad));
  }
});

test('sign then recover gives back the signer; verifySignedBy checks the expected id', () => {
  const alice = Identity.fromPrivateKey(KEY_01S);
  const payload = canonicalPayload(['nonce', alice.id, 'interface', '']);
  const signature = alice.sign(SIGNING_NAMESPACE.register, payload);
  assert.match(signature, /^0x[0-9a-f]{130}$/);
  const recovered = recoverSigner(SIGNING_NAMESPACE.register, payload, signature);
  assert.deepEqual(recovered.ok && recovered.value, alice.id);
  const verified = verifySignedBy(SIGNING_NAMESPACE.register, payload, signature, alice.id);
  assert.equal(code(verified), 'ok');
});

test('a signature under one namespace does not verify under another', () => {
  const alice = Identity.generate();
  const payload = canonicalPayload(['same', 'bytes', 1]);
  const forRegister = alice.sign(SIGNING_NAMESPACE.register, payload);
  const forSignal = alice.sign(SIGNING_NAMESPACE.signal, payload);
  assert.notEqual(forRegister, forSignal);
  assert.equal(code(verifySignedBy(SIGNING_NAMESPACE.signal, payload, forRegister, alice.id)), 'id-mismatch');
  assert.equal(code(verifySignedBy(SIGNING_NAMESPACE.register, payload, forSignal, alice.id)), 'id-mismatch');
  assert.equal(code(verifySignedBy(SIGNING_NAMESPACE.signal, payload, forSignal, alice.id)), 'ok');
});

test('tampered payload, wrong id and garbage signatures give typed errors and never throw', () => {
  const alice = Identity.generate();
  const bob = Identity.generate();
  const payload = canonicalPayload(['offer', alice.id, bob.id, 'v=0']);
  const signature = alice.sign(SIGNING_NAMESPACE.signal, payload);
  const tampered = canonicalPayload(['offer', alice.id, bob.id, 'v=1']);
  assert.equal(code(verifySignedBy(SIGNING_NAMESPACE.signal, tampered, signature, alice.id)), 'id-mismatch');
  assert.equal(code(verifySignedBy(SIGNING_NAMESPACE.signal, payload, signature, bob.id)), 'id-mismatch');
  // One flipped bit in the signature: it recovers some other key, or none.
  const flipped = signature.slice(0, 10) + (signature[10] === '0' ? '1' : '0') + signature.slice(11);
  assert.ok(['id-mismatch', 'bad-signature'].includes(code(verifySignedBy(SIGNING_NAMESPACE.signal, payload, flipped, alice.id))));

  const garbage: unknown[] = [
    undefined,
    null,
    42,
    {},
    [signature],
    '',
    'not hex',
    signature.toUpperCase(),
    signature.slice(0, -2),
    signature + '00',
    signature.slice(2),
    '0x' + '00'.repeat(65), // r = s = 0: no public key
    '0x' + 'ff'.repeat(65), // r, s above the curve order
    signature.slice(0, -2) + '05', // v neither 27/28 nor 0/1
    toUtf8Bytes(signature),
  ];
  for (const bad of garbage) {
    let result: Result<string> | undefined;
    assert.doesNotThrow(() => {
      result = verifySignedBy(SIGNING_NAMESPACE.signal, payload, bad, alice.id);
    }, `verify ${String(bad)}`);
    assert.equal(result && code(result), 'bad-signature', `verify ${String(bad).slice(0, 20)}`);
    assert.doesNotThrow(() => recoverSigner(SIGNING_NAMESPACE.signal, payload, bad));
    assert.equal(code(recoverSigner(SIGNING_NAMESPACE.signal, payload, bad)), 'bad-signature');
  }
});

test('canonical payloads have one spelling per field list', () => {
  assert.deepEqual(canonicalPayload(['a', 1]), toUtf8Bytes('["a",1]'));
  assert.notDeepEqual(canonicalPayload(['a,b', 'c']), canonicalPayload(['a', 'b,c']), 'no ambiguity from separators');
});

test('each layer declares its signing namespaces once, in one spelling', () => {
  const mine = defineSigningNamespace('tabmesh/identity-test/v1');
  assert.equal(mine, 'tabmesh/identity-test/v1');
  assert.throws(() => defineSigningNamespace('tabmesh/identity-test/v1'), /declared twice/);
  assert.throws(() => defineSigningNamespace(DHT_RECORD_NAMESPACE), /declared twice/, 'the DHT declared its own');
  assert.throws(() => defineSigningNamespace('other/x/v1'), /is not tabmesh/);
});
