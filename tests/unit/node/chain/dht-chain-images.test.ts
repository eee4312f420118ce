/**
 * Block images in the DHT: a put or get that meets a ring still forming is tried again within its
 * patience (a get also while the record is not found), anything else fails at once, and an abort
 * stops the retries. Time is a clock that jumps ahead on every wait.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TabmeshError, type ErrorCode } from '../../../../web/src/node/base/errors.ts';
import type { Clock } from '../../../../web/src/node/base/clock.ts';
import { CHAIN_IMAGE_COPIES, CHAIN_IMAGE_GET_PATIENCE_MS, CHAIN_IMAGE_PUT_PATIENCE_MS, dhtChainImages } from '../../../../web/src/node/chain/dht-chain-images.ts';

function jumpingClock(): Clock & { elapsed: () => number } {
  let now = 0;
  return {
    now: () => now,
    setTimeout: (fn, ms) => {
      now += ms;
      queueMicrotask(fn);
      return 0;
    },
    clearTimeout: () => {},
    elapsed: () => now,
  };
}

/** A DHT that fails with `codes` in turn, then answers. */
function flakyDht(codes: ErrorCode[]) {
  const calls: { op: string; replication?: number | undefined }[] = [];
  const next = <T>(value: T): Promise<T> => {
    const code = codes.shift();
    return code ? Promise.reject(new TabmeshError(code, code)) : Promise.resolve(value);
  };
  return {
    calls,
    putContent: (_bytes: Uint8Array, o?: { replication?: number }) => {
      calls.push({ op: 'put', replication: o?.replication });
      return next('ab'.repeat(32));
    },
    getContent: () => {
      calls.push({ op: 'get' });
      return next(Uint8Array.of(1, 2, 3));
    },
  };
}

async function codeOf(p: Promise<unknown>): Promise<string> {
  return p.then(
    () => 'ok',
    (e: unknown) => (e instanceof TabmeshError ? e.code : String(e)),
  );
}

test('a put waits out a ring that is not there yet, with three copies', async () => {
  const dht = flakyDht(['no-route', 'timeout', 'closed']);
  const images = dhtChainImages(dht, jumpingClock());
  assert.equal(await images.put(Uint8Array.of(1)), 'ab'.repeat(32));
  assert.deepEqual(dht.calls, Array(4).fill({ op: 'put', replication: CHAIN_IMAGE_COPIES }));
});

test('a put gives up after its patience, and at once on anything but a ring problem', async () => {
  const clock = jumpingClock();
  const endless = flakyDht(Array(1000).fill('no-route'));
  assert.equal(await codeOf(dhtChainImages(endless, clock).put(Uint8Array.of(1))), 'no-route');
  assert.ok(clock.elapsed() <= CHAIN_IMAGE_PUT_PATIENCE_MS && clock.elapsed() > CHAIN_IMAGE_PUT_PATIENCE_MS - 1000, `${clock.elapsed()} ms`);
  const refused = flakyDht(['not-allowed']);
  assert.equal(await codeOf(dhtChainImages(refused, jumpingClock()).put(Uint8Array.of(1))), 'not-allowed');
  assert.equal(refused.calls.length, 1);
  const missing = flakyDht(['not-found']);
  assert.equal(await codeOf(dhtChainImages(missing, jumpingClock()).put(Uint8Array.of(1))), 'not-found', 'a put does not retry not-found');
});

test('a get tries again while the record is not found, up to its shorter patience', async () => {
  const found = flakyDht(['not-found', 'no-route']);
  assert.deepEqual(await dhtChainImages(found, jumpingClock()).get('cd'.repeat(32)), Uint8Array.of(1, 2, 3));
  assert.equal(found.calls.length, 3);
  const clock = jumpingClock();
  assert.equal(await codeOf(dhtChainImages(flakyDht(Array(1000).fill('not-found')), clock).get('cd'.repeat(32))), 'not-found');
  assert.ok(clock.elapsed() <= CHAIN_IMAGE_GET_PATIENCE_MS && CHAIN_IMAGE_GET_PATIENCE_MS < CHAIN_IMAGE_PUT_PATIENCE_MS);
  assert.equal(await codeOf(dhtChainImages(flakyDht(['hash-mismatch']), jumpingClock()).get('cd'.repeat(32))), 'hash-mismatch', 'tampered bytes: final');
});

test('an aborted get stops retrying', async () => {
  const controller = new AbortController();
  const dht = flakyDht(Array(1000).fill('not-found'));
  const clock = jumpingClock();
  const images = dhtChainImages({ ...dht, getContent: () => (dht.calls.length === 2 && controller.abort(), dht.getContent()) }, clock);
  assert.equal(await codeOf(images.get('cd'.repeat(32), controller.signal)), 'not-found');
  assert.equal(dht.calls.length, 3);
});
