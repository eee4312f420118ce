import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHmac } from 'node:crypto';
import { TabmeshError } from '../../../web/src/node/base/errors.ts';
import { checkTurnUsername, mintTurnCredential, verifyTurnCredential } from '../../../relay/src/turn/index.ts';

const SECRET = 'north';
const NOW = 1_800_000_000_000;

test('mint: "<expiry>:<peerId>" and base64(HMAC-SHA1(secret, username)), as coturn computes it', () => {
  const minted = mintTurnCredential(SECRET, 'peer-42', 3600, NOW + 999);
  assert.equal(minted.username, `${NOW / 1000 + 3600}:peer-42`);
  assert.equal(minted.credential, createHmac('sha1', SECRET).update(minted.username).digest('base64'));
  assert.equal(minted.ttl, 3600);
});

test('check: derives the same password, the peer id and the expiry; refuses expired and malformed usernames', () => {
  const minted = mintTurnCredential(SECRET, 'a:b', 60, NOW);
  const checked = checkTurnUsername(SECRET, minted.username, NOW + 59_999);
  assert.ok(checked.ok);
  assert.deepEqual(checked.value, { password: minted.credential, peerId: 'a:b', expiry: NOW / 1000 + 60 });
  const expired = checkTurnUsername(SECRET, minted.username, NOW + 60_000);
  assert.equal(!expired.ok && expired.error.code, 'expired');
  for (const bad of ['', 'peer', ':peer', '12:', 'x12:peer', '1234567890123456:peer']) {
    const r = checkTurnUsername(SECRET, bad, NOW);
    assert.equal(!r.ok && r.error.code, 'malformed', bad);
  }
});

test('verify: the minted pair passes; a pair minted with another secret, or a changed username, is refused', () => {
  const minted = mintTurnCredential(SECRET, 'peer', 60, NOW);
  assert.deepEqual(verifyTurnCredential(SECRET, minted.username, minted.credential, NOW), {
    ok: true,
    value: { peerId: 'peer', expiry: NOW / 1000 + 60 },
  });
  const forged = mintTurnCredential('guess', 'peer', 60, NOW);
  const r1 = verifyTurnCredential(SECRET, forged.username, forged.credential, NOW);
  assert.equal(!r1.ok && r1.error.code, 'bad-signature');
  const stretched = minted.username.replace(/^\d+/, String(NOW / 1000 + 10 ** 6));
  const r2 = verifyTurnCredential(SECRET, stretched, minted.credential, NOW);
  assert.equal(!r2.ok && r2.error.code, 'bad-signature');
  const r3 = verifyTurnCredential(SECRET, minted.username, minted.credential, NOW + 61_000);
  assert.equal(!r3.ok && r3.error.code, 'expired');
});

test('mint rejects an empty secret or peer id and a ttl that is not a positive integer', () => {
  const isBadField = (e: unknown) => e instanceof TabmeshError && e.code === 'bad-field';
  assert.throws(() => mintTurnCredential('', 'p', 60, NOW), isBadField);
  assert.throws(() => mintTurnCredential(SECRET, '', 60, NOW), isBadField);
  for (const ttl of [0, -1, 1.5, Number.NaN]) assert.throws(() => mintTurnCredential(SECRET, 'p', ttl, NOW), isBadField);
});
