/** Job images in the DHT: stored with three copies, read back with patience while the ring heals. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TabmeshError } from '../../../../web/src/node/base/errors.ts';
import { dhtImages, IMAGE_COPIES, IMAGE_GET_PATIENCE_MS } from '../../../../web/src/node/jobs/dht-images.ts';
import { VirtualClock } from '../../../support/virtual-clock.ts';

const KEY = 'a'.repeat(64);
const IMAGE = new Uint8Array([1, 2, 3, 4]);

test('a read that times out or finds nothing while the ring heals is tried again until it succeeds', async () => {
  const clock = new VirtualClock();
  const failures = ['timeout', 'not-found', 'no-route'] as const;
  let calls = 0;
  const images = dhtImages(
    {
      putContent: async () => KEY,
      getContent: async () => {
        const code = failures[calls++];
        if (code) throw new TabmeshError(code, 'healing');
        return IMAGE;
      },
    },
    clock,
  );
  const read = images.get(KEY, IMAGE.length, new AbortController().signal);
  await clock.runUntil(() => calls === 4, 10_000);
  assert.deepEqual(await read, IMAGE);
});

test('a read gives up after its patience, and at once on a final error or a wrong size', async () => {
  const clock = new VirtualClock();
  const never = dhtImages({ putContent: async () => KEY, getContent: async () => Promise.reject(new TabmeshError('timeout', 'dead')) }, clock);
  let outcome: unknown;
  void never.get(KEY, 4, new AbortController().signal).catch((e: TabmeshError) => (outcome = e.code));
  await clock.runUntil(() => outcome !== undefined, IMAGE_GET_PATIENCE_MS + 2_000);
  assert.equal(outcome, 'timeout');

  const forged = dhtImages({ putContent: async () => KEY, getContent: async () => Promise.reject(new TabmeshError('hash-mismatch', 'bad chunk')) }, clock);
  await assert.rejects(forged.get(KEY, 4, new AbortController().signal), (e: TabmeshError) => e.code === 'hash-mismatch');
  const short = dhtImages({ putContent: async () => KEY, getContent: async () => IMAGE.subarray(0, 2) }, clock);
  await assert.rejects(short.get(KEY, 4, new AbortController().signal), (e: TabmeshError) => e.code === 'hash-mismatch');
});

test('an image is stored with IMAGE_COPIES copies', async () => {
  let asked: unknown;
  const images = dhtImages({ putContent: async (_bytes, options) => ((asked = options?.replication), KEY), getContent: async () => IMAGE });
  assert.equal(await images.put(IMAGE), KEY);
  assert.equal(asked, IMAGE_COPIES);
});
