/**
 * A classifier for any tfjs model an operator serves: a tiny Keras-style model made here (average
 * colour → red, green or blue), saved to memory and served with its labels by an injected fetch,
 * exactly as a self-hosted MobileNet would be fetched — no download.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as tf from '@tensorflow/tfjs-core';
import * as tfl from '@tensorflow/tfjs-layers';
import { encode as encodePng } from 'fast-png';
import { UrlClassifier, type UrlModelConfig } from '../../../web/src/engines/tfjs-url-classifier.ts';
import { onBackend, useWasmFiles } from '../../../web/src/engines/tfjs-runtime.ts';
import { tfjsWasmDir } from '../../../web/src/host-node/image-classifier.ts';
import { TabmeshError } from '../../../web/src/node/base/errors.ts';
import { IMAGE_LIMITS } from '../../../web/src/node/chain/recognition.ts';

const BASE = 'http://models.test/colours/';
tf.env().set('PROD', true);
useWasmFiles(tfjsWasmDir());

/** model.json and its weights, as `model.save()` to a folder would write them. */
async function tinyModelFiles(): Promise<Map<string, Uint8Array>> {
  const saved = await onBackend('cpu', async () => {
    const model = tfl.sequential({
      layers: [
        tfl.layers.globalAveragePooling2d({ inputShape: [8, 8, 3] }),
        tfl.layers.dense({ units: 3, useBias: false, activation: 'softmax', kernelInitializer: 'zeros' }),
      ],
    });
    model.layers[1]!.setWeights([tf.mul(tf.eye(3), 20)]);
    let artifacts: tf.io.ModelArtifacts | undefined;
    await model.save(tf.io.withSaveHandler(async (a) => ((artifacts = a), { modelArtifactsInfo: { dateSaved: new Date(), modelTopologyType: 'JSON' } })));
    model.dispose();
    return artifacts!;
  });
  const parts = Array.isArray(saved.weightData) ? saved.weightData : [saved.weightData!];
  const weights = new Uint8Array(parts.reduce((n, p) => n + p.byteLength, 0));
  parts.reduce((at, p) => (weights.set(new Uint8Array(p), at), at + p.byteLength), 0);
  const json = { format: 'layers-model', generatedBy: 'test', convertedBy: null, modelTopology: saved.modelTopology, weightsManifest: [{ paths: ['group1-shard1of1.bin'], weights: saved.weightSpecs }] };
  return new Map([
    ['model.json', new TextEncoder().encode(JSON.stringify(json))],
    ['group1-shard1of1.bin', weights],
  ]);
}

function server(files: Map<string, Uint8Array>): { fetch: (url: string) => Promise<Response>; fetched: string[] } {
  const fetched: string[] = [];
  return {
    fetched,
    fetch: (url) => {
      fetched.push(url);
      const body = url.startsWith(BASE) ? files.get(url.slice(BASE.length)) : undefined;
      return Promise.resolve(body ? new Response(new Uint8Array(body)) : new Response('not found', { status: 404 }));
    },
  };
}

function solid(rgb: [number, number, number], width = 20, height = 12): Uint8Array {
  const data = new Uint8Array(width * height * 3);
  for (let i = 0; i < data.length; i++) data[i] = rgb[i % 3]!;
  return encodePng({ width, height, data, channels: 3, depth: 8 });
}

const CONFIG: UrlModelConfig = { name: 'colours', modelUrl: `${BASE}model.json`, labelsUrl: `${BASE}labels.json` };

test('a layers model and its labels from a URL classify on cpu and wasm alike', async () => {
  const files = await tinyModelFiles();
  files.set('labels.json', new TextEncoder().encode(JSON.stringify(['red', 'green', 'blue'])));
  for (const backend of ['cpu', 'wasm'] as const) {
    const { fetch, fetched } = server(files);
    const classifier = await UrlClassifier.load(CONFIG, { backend, fetch, limits: IMAGE_LIMITS });
    assert.equal(classifier.id, `colours@${backend}`);
    assert.equal(classifier.inputSize, 8, 'the input size the model declares');
    assert.deepEqual(fetched.sort(), [`${BASE}group1-shard1of1.bin`, `${BASE}labels.json`, `${BASE}model.json`]);
    for (const [colour, rgb] of [['red', [220, 10, 10]], ['green', [0, 200, 30]], ['blue', [20, 20, 250]]] as const) {
      const predictions = await classifier.classify(solid([...rgb]));
      assert.deepEqual(predictions.map((p) => p.label)[0], colour, `${backend}: ${colour}`);
      assert.ok(predictions[0]!.score > 0.9);
      assert.ok(Math.abs(predictions.reduce((s, p) => s + p.score, 0) - 1) < 1e-5, 'softmax output');
    }
    await assert.rejects(classifier.classify(new Uint8Array([1, 2, 3])), (e: unknown) => e instanceof TabmeshError && e.code === 'bad-image');
    classifier.dispose();
  }
});

test('labels as Keras’ class index (index → [id, name]); softmax over logits on request', async () => {
  const files = await tinyModelFiles();
  files.set('labels.json', new TextEncoder().encode(JSON.stringify({ 2: ['n3', 'blue'], 0: ['n1', 'red'], 1: ['n2', 'green'] })));
  const classifier = await UrlClassifier.load({ ...CONFIG, softmax: true, range: [-1, 1] }, { backend: 'cpu', fetch: server(files).fetch, limits: IMAGE_LIMITS });
  assert.deepEqual(classifier.labels, ['red', 'green', 'blue']);
  const [best] = await classifier.classify(solid([10, 10, 240]));
  assert.equal(best!.label, 'blue');
  assert.ok(best!.score < 0.9, 'softmax of probabilities flattens them');
  classifier.dispose();
});

test('refused: a missing file, labels that are not a list, a label count the model does not have', async () => {
  const files = await tinyModelFiles();
  await assert.rejects(UrlClassifier.load(CONFIG, { backend: 'cpu', fetch: server(files).fetch, limits: IMAGE_LIMITS }), /labels\.json: HTTP 404/);
  files.set('labels.json', new TextEncoder().encode(JSON.stringify({ 0: 'red', 5: 'blue' })));
  await assert.rejects(UrlClassifier.load(CONFIG, { backend: 'cpu', fetch: server(files).fetch, limits: IMAGE_LIMITS }), /label index 5/);
  files.set('labels.json', new TextEncoder().encode(JSON.stringify(['red', 'green'])));
  const classifier = await UrlClassifier.load(CONFIG, { backend: 'cpu', fetch: server(files).fetch, limits: IMAGE_LIMITS });
  await assert.rejects(classifier.classify(solid([1, 2, 3])), /3 scores for 2 labels/);
  classifier.dispose();
});
