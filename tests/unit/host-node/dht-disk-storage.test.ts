/** The relay's DhtStorage on disk: one file per key, atomic saves, keys checked, order per key kept. */
import { test, type TestContext } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TabmeshError } from '../../../web/src/node/base/errors.ts';
import { dhtDiskStorage } from '../../../web/src/host-node/dht-disk-storage.ts';

const key = (n: number): string => n.toString(16).padStart(2, '0').repeat(32);
const hex = (b: Uint8Array): string => Buffer.from(b).toString('hex');

async function tempDir(t: TestContext): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'tabmesh-dht-'));
  t.after(() => rm(dir, { recursive: true, force: true }));
  return dir;
}

test('save, load, overwrite and remove; a fresh storage on the same directory loads the same records', async (t) => {
  const dir = join(await tempDir(t), 'dht'); // created by the first save
  const storage = dhtDiskStorage(dir);
  assert.deepEqual(await storage.load(), [], 'no directory yet: nothing');
  const buffer = Uint8Array.of(1, 2, 3);
  const saving = storage.save(key(1), buffer);
  buffer[0] = 0xff; // the caller reuses its buffer at once
  await saving;
  await storage.save(key(2), Uint8Array.of(4));
  await storage.save(key(2), Uint8Array.of(5, 6));
  assert.deepEqual((await storage.load()).map(hex).sort(), ['010203', '0506']);
  assert.deepEqual((await readdir(dir)).sort(), [key(1), key(2)], 'one file per key, no temporary left');
  assert.equal(hex(await readFile(join(dir, key(2)))), '0506');

  await storage.remove(key(1));
  await storage.remove(key(1)); // removing what is not there is fine
  await storage.remove(key(3));
  assert.deepEqual((await dhtDiskStorage(dir).load()).map(hex), ['0506']);
});

test('operations on one key apply in call order, even when not awaited', async (t) => {
  const dir = await tempDir(t);
  const storage = dhtDiskStorage(dir);
  const ops: Promise<void>[] = [];
  for (let i = 0; i < 20; i++) {
    ops.push(storage.save(key(7), Uint8Array.of(i)));
    if (i % 3 === 2) ops.push(storage.remove(key(7)));
  }
  ops.push(storage.save(key(8), Uint8Array.of(8)), storage.remove(key(8)));
  await Promise.all(ops);
  assert.deepEqual((await storage.load()).map(hex), ['13'], 'the last save of key 7 (19) won; key 8 was removed last');
});

test('keys must be 64 lowercase hex characters: no path can be smuggled in', async (t) => {
  const dir = await tempDir(t);
  const storage = dhtDiskStorage(dir);
  const bad = ['', key(1).slice(1), key(1) + '0', key(0xab).toUpperCase(), '../'.padEnd(64, 'a'), `${'a'.repeat(63)}/`, 'g'.repeat(64)];
  for (const k of bad) {
    await assert.rejects(storage.save(k, Uint8Array.of(1)), (e: unknown) => e instanceof TabmeshError && e.code === 'bad-field', JSON.stringify(k));
    await assert.rejects(storage.remove(k), (e: unknown) => e instanceof TabmeshError && e.code === 'bad-field', JSON.stringify(k));
  }
  assert.deepEqual(await readdir(dir), []);
});

test('load skips foreign files and clears temporaries left by a crash', async (t) => {
  const dir = await tempDir(t);
  await writeFile(join(dir, key(1)), Uint8Array.of(1));
  await writeFile(join(dir, `${key(2)}.123.0.tmp`), Uint8Array.of(2)); // a save cut short
  await writeFile(join(dir, 'README'), 'not a record');
  await writeFile(join(dir, key(0xab).toUpperCase()), Uint8Array.of(3));
  const records = await dhtDiskStorage(dir).load();
  assert.deepEqual(records.map(hex), ['01']);
  assert.ok(records[0] instanceof Uint8Array && !Buffer.isBuffer(records[0]), 'plain Uint8Array');
  assert.deepEqual((await readdir(dir)).sort(), [key(1), key(0xab).toUpperCase(), 'README'].sort());
});

test('a save that cannot be written rejects and leaves no temporary', async (t) => {
  const dir = await tempDir(t);
  const storage = dhtDiskStorage(dir);
  await mkdir(join(dir, key(1))); // a directory where the record should go: the rename fails
  await assert.rejects(storage.save(key(1), Uint8Array.of(1)));
  await storage.save(key(2), Uint8Array.of(2));
  assert.deepEqual((await readdir(dir)).sort(), [key(1), key(2)]);
  assert.deepEqual((await storage.load()).map(hex), ['02'], 'only files are records');
  const blocked = dhtDiskStorage(join(dir, key(2), 'sub')); // under a file: mkdir fails
  await assert.rejects(blocked.save(key(3), Uint8Array.of(3)));
});
