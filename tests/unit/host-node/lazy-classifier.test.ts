/** The classifier loaded on first use: not before, once for concurrent images, again after a failed load; disposed with its model. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lazyClassifier, lazyNodeClassifier } from '../../../web/src/host-node/lazy-classifier.ts';
import { RECOGNITION_MODEL, VERIFY_BACKEND } from '../../../web/src/node/chain/recognition.ts';

function fakeModel() {
  const model = { id: 'fake', disposed: 0, classify: () => Promise.resolve([{ label: 'cat', score: 0.9 }]), dispose: () => void model.disposed++ };
  return model;
}

test('loads on the first image, once for images that come together, and frees the model on dispose', async () => {
  const model = fakeModel();
  let loads = 0;
  const lazy = lazyClassifier('fake@lazy', () => (loads++, Promise.resolve(model)));
  assert.deepEqual([lazy.id, lazy.loaded, loads], ['fake@lazy', false, 0]);
  const answers = await Promise.all([lazy.classify(Uint8Array.of(1)), lazy.classify(Uint8Array.of(2))]);
  assert.deepEqual(answers, [[{ label: 'cat', score: 0.9 }], [{ label: 'cat', score: 0.9 }]]);
  assert.deepEqual([lazy.loaded, loads], [true, 1]);
  lazy.dispose();
  assert.deepEqual([lazy.loaded, model.disposed], [false, 1]);
});

test('a failed load is tried again on the next image; a model disposed while loading is freed when it arrives', async () => {
  let loads = 0;
  const model = fakeModel();
  const lazy = lazyClassifier('fake@lazy', () => (++loads === 1 ? Promise.reject(new Error('no model')) : Promise.resolve(model)));
  await assert.rejects(lazy.classify(Uint8Array.of(1)), /no model/);
  assert.equal(lazy.loaded, false);
  await lazy.classify(Uint8Array.of(1));
  assert.equal(loads, 2);

  let release: (m: ReturnType<typeof fakeModel>) => void = () => {};
  const slow = fakeModel();
  const later = lazyClassifier('fake@slow', () => new Promise((resolve) => (release = resolve)));
  const pending = later.classify(Uint8Array.of(1));
  later.dispose();
  release(slow);
  await pending;
  assert.deepEqual([later.loaded, slow.disposed], [false, 1]);
});

test("the Node verifier's classifier names the pinned model and backend without loading anything", () => {
  const lazy = lazyNodeClassifier();
  assert.deepEqual([lazy.id, lazy.loaded], [`${RECOGNITION_MODEL}@${VERIFY_BACKEND}`, false]);
});
