/** A job's image is stored while its requester pays; submission waits for it and retries a failed upload once. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sha256 } from 'ethers';
import { TabmeshError } from '../../../../web/src/node/base/errors.ts';
import { ImageUploads } from '../../../../web/src/node/jobs/image-uploads.ts';

const ID = 'a'.repeat(64);
const bytes = new Uint8Array([0xff, 0xd8, 0xff, 1, 2, 3]);
const key = sha256(bytes).slice(2);

test('ready() waits for the upload started at prepare, and reports progress at both ends', async () => {
  let release!: () => void;
  const uploads = new ImageUploads({
    put: () => new Promise((resolve) => (release = () => resolve(key))),
    get: () => Promise.reject(new Error('unused')),
  });
  const progress: [number, number][] = [];
  uploads.start(ID, bytes, key, (done, total) => progress.push([done, total]));
  let ready = false;
  const waiting = uploads.ready(ID).then(() => (ready = true));
  await new Promise((r) => setImmediate(r));
  assert.equal(ready, false, 'not before the DHT has it');
  release();
  await waiting;
  assert.deepEqual(progress, [[0, 6], [6, 6]]);
});

test('an upload that failed is tried once more at submission; a second failure is the error', async () => {
  let calls = 0;
  const flaky = new ImageUploads({
    put: async () => {
      calls++;
      if (calls === 1) throw new TabmeshError('timeout', 'no ring yet');
      return key;
    },
    get: () => Promise.reject(new Error('unused')),
  });
  flaky.start(ID, bytes, key);
  await flaky.ready(ID);
  assert.equal(calls, 2);

  const broken = new ImageUploads({ put: () => Promise.reject(new TabmeshError('no-route', 'alone')), get: () => Promise.reject(new Error('unused')) });
  broken.start(ID, bytes, key);
  await assert.rejects(broken.ready(ID), (e: TabmeshError) => e.code === 'no-route');
});

test('an image stored under another key than its hash is an error; a forgotten or unknown job is ready at once', async () => {
  const wrong = new ImageUploads({ put: async () => 'b'.repeat(64), get: () => Promise.reject(new Error('unused')) });
  wrong.start(ID, bytes, key);
  await assert.rejects(wrong.ready(ID), (e: TabmeshError) => e.code === 'hash-mismatch');
  wrong.forget(ID);
  await wrong.ready(ID);
  await wrong.ready('c'.repeat(64));
});
