/**
 * Fuzz: stored DHT records are untrusted bytes (from disk, IndexedDB, or inside another node's
 * answer). FUZZ_INPUTS mutated and random records through decodeRecord and checkRecord: no throw,
 * every refusal a known code, every decoded record re-encodes to the same bytes, and no mutant of
 * a signed record passes checkRecord unless its signed bytes are untouched.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { toUtf8Bytes } from 'ethers';
import { checkRecord, contentRecord, decodeRecord, encodeRecord, hashHex, ownedRecord, signedPayload } from '../../../../web/src/node/dht/record.ts';
import { MESSAGE_TYPE } from '../../../../web/src/node/wire/constants.ts';
import { FUZZ_INPUTS, FUZZ_SEED, fuzzRng, mutate, randomBytes, randomInt, randomLength } from '../../../support/fuzz.ts';
import { simSigner, simVerify } from '../../../support/sim-signer.ts';
import { hex, isKnownError } from '../wire/helpers.ts';

const NOW = 1_700_000_000_000;
const MAX_TTL_MS = 600_000;

test(`fuzz: ${FUZZ_INPUTS} records through decodeRecord and checkRecord (seed ${FUZZ_SEED})`, (t) => {
  t.diagnostic(`FUZZ_SEED=${FUZZ_SEED}`);
  const rng = fuzzRng();
  const signer = simSigner('ab'.repeat(32));
  const corpus = [1, 40, 1000].flatMap((n) => {
    const value = randomBytes(rng, n);
    return [
      encodeRecord(contentRecord({ key: hashHex(value), value, replication: 3, expiresAt: NOW + 60_000 })),
      encodeRecord(ownedRecord({ key: hashHex(toUtf8Bytes(`k${n}`)), value, replication: 2, expiresAt: NOW + 60_000, seq: n }, signer)),
      encodeRecord(contentRecord({ key: hashHex(value), value, replication: 1, expiresAt: NOW + 1, manifest: true })),
    ];
  });
  const signedHex = new Set(corpus.map((bytes) => hex(bytes)));
  const counts = { decoded: 0, accepted: 0 };
  for (let i = 0; i < FUZZ_INPUTS; i++) {
    const input = rng() < 0.2 ? randomBytes(rng, randomLength(rng)) : mutate(corpus[randomInt(rng, corpus.length - 1)]!, rng, corpus, { frameTypes: [MESSAGE_TYPE.dhtRecord] });
    try {
      const decoded = decodeRecord(input);
      if (!decoded.ok) {
        assert.ok(isKnownError(decoded.error), `unexpected error ${String(decoded.error)}`);
        continue;
      }
      counts.decoded++;
      assert.equal(hex(encodeRecord(decoded.value)), hex(input), 'a decoded record re-encodes to its bytes');
      const checked = checkRecord(decoded.value, simVerify, NOW, MAX_TTL_MS);
      if (!checked.ok) {
        assert.ok(isKnownError(checked.error), `unexpected error ${String(checked.error)}`);
        continue;
      }
      counts.accepted++;
      const record = checked.value;
      // What passes is either content matching its hash (or a manifest), or signed bytes nobody changed.
      if (record.owner !== '0'.repeat(64)) {
        const original = corpus.find((c) => {
          const d = decodeRecord(c);
          return d.ok && hex(signedPayload(d.value)) === hex(signedPayload(record));
        });
        assert.ok(original !== undefined || signedHex.has(hex(input)), 'an owned record passed with signed bytes nobody signed');
      }
    } catch (e) {
      assert.fail(`seed ${FUZZ_SEED}, input ${i} (${hex(input.subarray(0, 64))}…): ${e instanceof Error ? e.stack : String(e)}`);
    }
  }
  t.diagnostic(`decoded ${counts.decoded}, accepted ${counts.accepted}`);
  assert.ok(counts.decoded > FUZZ_INPUTS / 20, 'many mutants should still decode');
});
