/**
 * Block images on the relay's disk in front of the DHT: reads served locally first and verified,
 * else from the fallback and verified against the key; only kept images are written; a corrupt
 * file is dropped and fetched again; keys that are not hashes never name a file.
 */
import { test, type TestContext } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TabmeshError } from '../../../web/src/node/base/errors.ts';
import { imageKeyOf } from '../../../web/src/node/chain/image-check.ts';
import { MAX_IMAGE_BYTES } from '../../../web/src/node/chain/recognition.ts';
import type { ChainImages } from '../../../web/src/node/chain/storage.ts';
import { diskChainImages } from '../../../web/src/host-node/disk-chain-images.ts';
import { fakeImage, memoryImages } from '../../support/chain-fixtures.ts';

async function tempDir(t: TestContext): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'tabmesh-images-'));
  t.after(() => rm(dir, { recursive: true, force: true }));
  return dir;
}

/** The fallback with a count of the reads that reached it. */
function countingFallback(inner: ChainImages = memoryImages()): ChainImages & { gets: number } {
  const f = {
    gets: 0,
    put: (bytes: Uint8Array) => inner.put(bytes),
    get: (key: string, signal?: AbortSignal) => {
      f.gets++;
      return inner.get(key, signal);
    },
  };
  return f;
}

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return 'ok';
  } catch (error) {
    return error instanceof TabmeshError ? error.code : String(error);
  }
}

test('put keeps the image on disk and publishes it; get and readLocal serve it from disk', async (t) => {
  const dir = join(await tempDir(t), 'images');
  const fallback = countingFallback();
  const images = diskChainImages(dir, fallback);
  const image = fakeImage('cat', 1);
  const key = await images.put(image);
  assert.equal(key, imageKeyOf(image));
  assert.deepEqual(await readdir(dir), [key], 'one file named by its key, no temporary left');
  assert.deepEqual(await fallback.get(key), image, 'published to the fallback');
  fallback.gets = 0;
  assert.deepEqual(await images.get(key), image);
  assert.deepEqual(await images.readLocal(key), image);
  assert.equal(fallback.gets, 0, 'never asked the fallback');
  assert.equal(await images.readLocal(imageKeyOf(fakeImage('cat', 2))), undefined);
});

test('a fetched image is held, not written, until kept; kept images outlive a restart', async (t) => {
  const dir = await tempDir(t);
  const remote = memoryImages();
  const key = await remote.put(fakeImage('cup', 1));
  const fallback = countingFallback(remote);
  const images = diskChainImages(dir, fallback);
  assert.deepEqual(await images.get(key), fakeImage('cup', 1));
  assert.deepEqual(await readdir(dir).catch(() => []), [], 'a block that may still fail recognition: nothing on disk');
  assert.equal(await images.readLocal(key), undefined);
  assert.deepEqual(await images.get(key), fakeImage('cup', 1));
  assert.equal(fallback.gets, 1, 'held in memory meanwhile');
  await images.keep(key);
  assert.deepEqual(await readdir(dir), [key]);

  remote.map.clear();
  const restarted = diskChainImages(dir, countingFallback(remote));
  assert.deepEqual(await restarted.get(key), fakeImage('cup', 1), 'served from disk after a restart');
  await restarted.keep(key); // already there: nothing to do

  // Kept without being held (its verdict was cached): fetched again.
  const other = await remote.put(fakeImage('cup', 2));
  await restarted.keep(other);
  assert.deepEqual(await restarted.readLocal(other), fakeImage('cup', 2));
});

test('bytes the fallback serves under another key are refused and never held or kept', async (t) => {
  const dir = await tempDir(t);
  const key = imageKeyOf(fakeImage('cat', 1));
  const lying: ChainImages = { put: (b) => Promise.resolve(imageKeyOf(b)), get: () => Promise.resolve(fakeImage('cat', 2)) };
  const images = diskChainImages(dir, lying);
  assert.equal(await codeOf(images.get(key)), 'hash-mismatch');
  assert.equal(await codeOf(images.keep(key)), 'hash-mismatch');
  assert.deepEqual(await readdir(dir).catch(() => []), []);
  // A fallback that publishes under a key that is not the hash.
  const wrongPut: ChainImages = { put: () => Promise.resolve('00'.repeat(32)), get: () => Promise.reject(new TabmeshError('not-found')) };
  assert.equal(await codeOf(diskChainImages(dir, wrongPut).put(fakeImage('cat', 3))), 'hash-mismatch');
});

test('a local file that no longer hashes to its name is removed and fetched again', async (t) => {
  const dir = await tempDir(t);
  const remote = memoryImages();
  const key = await remote.put(fakeImage('dog', 1));
  const warnings: string[] = [];
  const images = diskChainImages(dir, remote, { logger: { info: () => {}, warn: (m) => warnings.push(m) } });
  await images.keep(key);
  await writeFile(join(dir, key), 'bit rot');
  assert.equal(await images.readLocal(key), undefined);
  assert.match(warnings[0] ?? '', /does not hash to its name/);
  assert.deepEqual(await readdir(dir), []);
  assert.deepEqual(await images.get(key), fakeImage('dog', 1), 'from the fallback');
  await images.keep(key);
  assert.deepEqual(new Uint8Array(await readFile(join(dir, key))), fakeImage('dog', 1));
});

test('keys that are not 64 lowercase hex digits are bad-field; oversized images are served but never kept', async (t) => {
  const dir = await tempDir(t);
  const remote = memoryImages();
  const images = diskChainImages(dir, remote);
  for (const key of ['', '../etc/passwd', 'AB'.repeat(32), 'ab'.repeat(31), `${'ab'.repeat(32)}/x`]) {
    assert.equal(await codeOf(images.get(key)), 'bad-field', key);
    assert.equal(await codeOf(images.readLocal(key)), 'bad-field', key);
  }
  const big = new Uint8Array(MAX_IMAGE_BYTES + 1).fill(7);
  const key = await remote.put(big);
  assert.equal((await images.get(key)).length, big.length, 'recognition refuses it, not the store');
  assert.equal(await codeOf(images.keep(key)), 'oversized');
  assert.deepEqual(await readdir(dir).catch(() => []), []);
});

test('temporary files a crash left are cleared before the first write', async (t) => {
  const dir = await tempDir(t);
  await writeFile(join(dir, `${'ab'.repeat(32)}.123.0.tmp`), 'half');
  const images = diskChainImages(dir, memoryImages());
  const key = await images.put(fakeImage('cat', 9));
  assert.deepEqual(await readdir(dir), [key]);
});
