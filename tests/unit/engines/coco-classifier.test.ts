/**
 * The recognition gate with the real model (CenterNet COCO-80 from @vladmandic/human) on the
 * photos of tests/fixtures/photos: each photo is recognised as what it shows, wrong labels and
 * negatives are refused, and the verdicts of the allowed backends (wasm, the pinned one, and
 * cpu) are identical on every image. Bad input is refused with 'bad-image' before tfjs runs.
 *
 * The pure-JS cpu backend takes seconds per image, so its runs go to two worker threads (this
 * same file, started as a worker) after the wasm runs are timed on the main thread.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { encode as encodePng } from 'fast-png';
import { zlibSync } from 'fflate';
import jpeg from 'jpeg-js';
import { COCO_MODEL_SHA256, CocoClassifier } from '../../../web/src/engines/coco-classifier.ts';
import { decodeImage } from '../../../web/src/engines/image-decode.ts';
import { createNodeImageClassifier, humanModelsDir } from '../../../web/src/host-node/image-classifier.ts';
import { TabmeshError } from '../../../web/src/node/base/errors.ts';
import {
  acceptedLabels,
  ALLOWED_BACKENDS,
  gateLabel,
  IMAGE_LIMITS,
  MAX_IMAGE_BYTES,
  RECOGNITION_RULE,
  VERIFY_BACKEND,
  verifyLabel,
  type Prediction,
  type RecognitionBackend,
} from '../../../web/src/node/chain/recognition.ts';

const DIR = new URL('../../fixtures/photos/', import.meta.url).pathname;
/** Each photo and what it shows. */
const PHOTOS: Record<string, string> = { 'astronaut.jpg': 'person', 'chelsea.png': 'cat', 'coffee.png': 'cup', 'motorcycle_left.jpg': 'motorcycle' };
const WRONG: Record<string, string[]> = {
  'astronaut.jpg': ['cat', 'motorcycle', 'rocket'],
  'chelsea.png': ['dog', 'person', 'teddy bear'],
  'coffee.png': ['person', 'bowl', 'coffee'],
  'motorcycle_left.jpg': ['car', 'bicycle', 'person'],
};
/** A rocket (no COCO class), white noise, smooth colour blobs. */
const NEGATIVES = ['rocket.jpg', 'noise.png', 'blobs.jpg'];
const FILES = [...Object.keys(PHOTOS), ...NEGATIVES];

interface Run {
  file: string;
  ms: number;
  predictions: Prediction[];
}
interface Runs {
  loadMs: number;
  runs: Run[];
}

const read = async (file: string): Promise<Uint8Array> => new Uint8Array(await readFile(join(DIR, file)));

async function classifyFiles(backend: RecognitionBackend, files: string[]): Promise<Runs> {
  let start = performance.now();
  const classifier = await createNodeImageClassifier(backend);
  const loadMs = performance.now() - start;
  const runs: Run[] = [];
  for (const file of files) {
    const image = await read(file);
    start = performance.now();
    const predictions = await classifier.classify(image);
    runs.push({ file, ms: performance.now() - start, predictions });
  }
  classifier.dispose();
  return { loadMs, runs };
}

/** The files split over `n` workers, each loading its own classifier on `backend`. */
async function inWorkers(backend: RecognitionBackend, files: string[], n: number): Promise<Runs> {
  const shares = Array.from({ length: n }, (_, i) => files.filter((_, k) => k % n === i));
  const results = await Promise.all(
    shares.map(
      (share) =>
        new Promise<Runs>((resolve, reject) => {
          const worker = new Worker(new URL(import.meta.url), { workerData: { backend, files: share } });
          worker.once('message', resolve);
          worker.once('error', reject);
          worker.once('exit', (code) => code !== 0 && reject(new Error(`worker exited with ${code}`)));
        }),
    ),
  );
  return { loadMs: Math.max(...results.map((r) => r.loadMs)), runs: results.flatMap((r) => r.runs) };
}

function once<T>(make: () => Promise<T>): () => Promise<T> {
  let value: Promise<T> | undefined;
  return () => (value ??= make());
}

async function rejectsBadImage(work: Promise<unknown>, pattern: RegExp): Promise<void> {
  await assert.rejects(work, (error: unknown) => {
    assert.ok(error instanceof TabmeshError, String(error));
    assert.equal(error.code, 'bad-image');
    assert.match(error.message, pattern);
    return true;
  });
}

if (!isMainThread) {
  const { backend, files } = workerData as { backend: RecognitionBackend; files: string[] };
  parentPort!.postMessage(await classifyFiles(backend, files));
} else {
  registerTests();
}

function registerTests(): void {
  const wasm = once(() => classifyFiles('wasm', FILES));
  const cpu = once(async () => {
    await wasm();
    return inWorkers('cpu', FILES, 2);
  });
  const byFile = (runs: Runs): Map<string, Run> => new Map(runs.runs.map((r) => [r.file, r]));

  test('the pinned backend is among the allowed ones, and both are tested here', () => {
    assert.equal(VERIFY_BACKEND, 'wasm');
    assert.deepEqual([...ALLOWED_BACKENDS].sort(), ['cpu', 'wasm']);
  });

  test('each photo is recognised as what it shows, by the miner’s gate and by verifiers (wasm)', async (t) => {
    const runs = byFile(await wasm());
    for (const [file, label] of Object.entries(PHOTOS)) {
      const { predictions } = runs.get(file)!;
      t.diagnostic(`${file}: ${predictions.slice(0, 3).map((p) => `${p.label} ${p.score.toFixed(3)}`).join(', ')}`);
      assert.equal(predictions.length, 80);
      assert.equal(predictions[0]!.label, label, `${file}: best label`);
      assert.ok(gateLabel(predictions, label).ok, `${file}: the gate passes "${label}"`);
      assert.ok(verifyLabel(predictions, label.toUpperCase()).ok, `${file}: verifiers accept "${label}"`);
    }
  });

  test('wrong labels, the rocket and noise are refused', async () => {
    const runs = byFile(await wasm());
    for (const [file, labels] of Object.entries(WRONG)) {
      for (const label of labels) {
        const verdict = verifyLabel(runs.get(file)!.predictions, label);
        assert.ok(!verdict.ok && verdict.error.code === 'label-not-recognised', `${file} is not "${label}"`);
        assert.ok(!gateLabel(runs.get(file)!.predictions, label).ok);
      }
    }
    for (const file of NEGATIVES) {
      const { predictions } = runs.get(file)!;
      assert.deepEqual([...acceptedLabels(predictions)], [], `${file}: nothing recognised`);
      assert.ok(predictions[0]!.score < RECOGNITION_RULE.minScore - RECOGNITION_RULE.margin, `${file}: best ${predictions[0]!.label} ${predictions[0]!.score}`);
    }
  });

  test('verdicts agree between cpu and wasm on every test image', async (t) => {
    const w = await wasm();
    const c = await cpu();
    const [onWasm, onCpu] = [byFile(w), byFile(c)];
    t.diagnostic(`model load: wasm ${w.loadMs.toFixed(0)} ms, cpu ${c.loadMs.toFixed(0)} ms`);
    let maxDiff = 0;
    for (const file of FILES) {
      const [a, b] = [onWasm.get(file)!, onCpu.get(file)!];
      assert.deepEqual([...acceptedLabels(a.predictions)].sort(), [...acceptedLabels(b.predictions)].sort(), `${file}: accepted labels`);
      for (const [mine, theirs] of [[a, b], [b, a]] as const) {
        for (const { label } of mine.predictions) {
          if (gateLabel(mine.predictions, label).ok) assert.ok(verifyLabel(theirs.predictions, label).ok, `${file}: "${label}" gated on one backend, refused on the other`);
        }
      }
      const other = new Map(b.predictions.map((p) => [p.label, p.score]));
      const diff = Math.max(...a.predictions.map((p) => Math.abs(p.score - other.get(p.label)!)));
      maxDiff = Math.max(maxDiff, diff);
      t.diagnostic(`${file}: wasm ${a.ms.toFixed(0)} ms, cpu ${b.ms.toFixed(0)} ms, largest score difference ${diff.toExponential(1)}`);
    }
    assert.ok(maxDiff < RECOGNITION_RULE.margin / 100, `backends differ by ${maxDiff}, far below the margin`);
  });

  test('only the pinned model files load; loaded twice, the model answers the same', async () => {
    const files = new Map(await Promise.all(Object.keys(COCO_MODEL_SHA256).map(async (f) => [f, new Uint8Array(await readFile(join(humanModelsDir(), f)))] as const)));
    const asked: string[] = [];
    const load = (serve: Map<string, Uint8Array>): Promise<CocoClassifier> =>
      CocoClassifier.load({ backend: 'wasm', model: async (file) => (asked.push(file), serve.get(file) ?? new Uint8Array(0)), limits: IMAGE_LIMITS });
    const classifier = await load(files);
    assert.deepEqual(asked, ['centernet.json', 'centernet.bin']);
    assert.equal(classifier.id, 'centernet-coco80@wasm');
    const runs = byFile(await wasm());
    assert.deepEqual(await classifier.classify(await read('chelsea.png')), runs.get('chelsea.png')!.predictions);
    classifier.dispose();
    const altered = new Uint8Array(files.get('centernet.bin')!);
    altered[1000]! ^= 1;
    await assert.rejects(load(new Map([...files, ['centernet.bin', altered]])), /centernet.bin is not the pinned CenterNet model's/);
  });

  test('bad input: truncated, garbage, too many bytes, too many pixels, a deflate bomb → bad-image', async () => {
    const classifier = await createNodeImageClassifier('wasm');
    const coffee = await read('coffee.png');
    const rocket = await read('rocket.jpg');
    await rejectsBadImage(classifier.classify(coffee.subarray(0, coffee.length >> 1)), /PNG does not decode/);
    await rejectsBadImage(classifier.classify(rocket.subarray(0, rocket.length >> 1)), /JPEG does not decode/);
    await rejectsBadImage(classifier.classify(new Uint8Array(1000).fill(7)), /neither PNG nor JPEG/);
    await rejectsBadImage(classifier.classify(new Uint8Array([...coffee.subarray(0, 8), ...new Uint8Array(100).fill(1)])), /IHDR/);
    await rejectsBadImage(classifier.classify(new Uint8Array(0)), /neither/);
    const huge = new Uint8Array(MAX_IMAGE_BYTES + 1);
    huge.set(coffee.subarray(0, 64));
    await rejectsBadImage(classifier.classify(huge), /bytes, at most/);
    // A valid 1×1 PNG whose header then claims 5000×5000: refused before any pixel is allocated.
    const tall = encodePng({ width: 1, height: 1, data: new Uint8Array(3), channels: 3, depth: 8 });
    new DataView(tall.buffer, tall.byteOffset).setUint32(16, 5000);
    new DataView(tall.buffer, tall.byteOffset).setUint32(20, 5000);
    await rejectsBadImage(classifier.classify(tall), /5000×5000 pixels/);
    const wide = jpeg.encode({ width: 8, height: 8, data: new Uint8Array(256) }, 90).data;
    const sof = wide.findIndex((b, i) => b === 0xff && wide[i + 1] === 0xc0);
    new DataView(wide.buffer, wide.byteOffset).setUint16(sof + 5, 3000);
    new DataView(wide.buffer, wide.byteOffset).setUint16(sof + 7, 3000);
    await rejectsBadImage(classifier.classify(wide), /JPEG does not decode/);
    await rejectsBadImage(classifier.classify(deflateBomb()), /inflates beyond/);
    classifier.dispose();
  });

  test('decoding: grey, 16-bit, alpha and palette PNGs come out as the same 8-bit RGB', () => {
    const rgb = (png: Uint8Array): number[] => [...decodeImage(png, IMAGE_LIMITS).data];
    assert.deepEqual(rgb(encodePng({ width: 2, height: 1, data: new Uint8Array([0, 200]), channels: 1, depth: 8 })), [0, 0, 0, 200, 200, 200]);
    assert.deepEqual(rgb(encodePng({ width: 2, height: 1, data: new Uint16Array([0xffff, 0x8080]), channels: 1, depth: 16 })), [255, 255, 255, 128, 128, 128]);
    assert.deepEqual(rgb(encodePng({ width: 1, height: 1, data: new Uint8Array([200, 100, 50, 51]), channels: 4, depth: 8 })), [40, 20, 10], 'over black');
    assert.deepEqual(rgb(encodePng({ width: 3, height: 1, data: new Uint8Array([0b10100000]), channels: 1, depth: 1 })), [255, 255, 255, 0, 0, 0, 255, 255, 255]);
    const palette = encodePng({ width: 2, height: 1, data: new Uint8Array([1, 0]), channels: 1, depth: 8, palette: [[10, 20, 30], [40, 50, 60]] });
    assert.deepEqual(rgb(palette), [40, 50, 60, 10, 20, 30]);
  });
}

/** A PNG claiming 64×64 RGB whose data inflates to 8 MB (CRCs left zero: refused before they are read). */
function deflateBomb(): Uint8Array {
  const chunk = (type: string, data: Uint8Array): number[] => {
    const out = new Uint8Array(12 + data.length);
    const view = new DataView(out.buffer);
    view.setUint32(0, data.length);
    out.set(new TextEncoder().encode(type), 4);
    out.set(data, 8);
    return [...out];
  };
  const ihdr = new Uint8Array(13);
  new DataView(ihdr.buffer).setUint32(0, 64);
  new DataView(ihdr.buffer).setUint32(4, 64);
  ihdr.set([8, 2, 0, 0, 0], 8);
  const idat = zlibSync(new Uint8Array(8 << 20), { level: 9 });
  assert.ok(idat.length < MAX_IMAGE_BYTES);
  return new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, ...chunk('IHDR', ihdr), ...chunk('IDAT', idat), ...chunk('IEND', new Uint8Array(0))]);
}
