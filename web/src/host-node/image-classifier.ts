/**
 * The recognition gate's classifier on Node peers (the relay, tests): CenterNet COCO-80 read from
 * @vladmandic/human's models folder in node_modules, the wasm backend's binaries from
 * @tensorflow/tfjs-backend-wasm's dist folder. No network. Also a classifier for a tfjs model
 * an operator serves at a URL.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import * as tf from '@tensorflow/tfjs-core';
import { CocoClassifier, useWasmFiles } from '../engines/coco-classifier.ts';
import { UrlClassifier, type UrlModelConfig } from '../engines/tfjs-url-classifier.ts';
import { IMAGE_LIMITS, VERIFY_BACKEND, type ImageClassifier, type RecognitionBackend } from '../node/chain/recognition.ts';

const require = createRequire(import.meta.url);

/** Human's models folder (the package exports no path to it: found beside its Node entry, dist/). */
export function humanModelsDir(): string {
  return join(dirname(require.resolve('@vladmandic/human')), '..', 'models');
}

/** The folder holding tfjs-backend-wasm's .wasm files (its Node entry lives there). */
export function tfjsWasmDir(): string {
  return dirname(require.resolve('@tensorflow/tfjs-backend-wasm'));
}

let prepared = false;
function prepare(): void {
  if (prepared) return;
  prepared = true;
  // Production mode: no debug checks, and no advert for tfjs-node (which cannot install offline).
  tf.env().set('PROD', true);
  useWasmFiles(tfjsWasmDir());
}

/** The CenterNet classifier on `backend` (default: the one verification is pinned to). */
export async function createNodeImageClassifier(backend: RecognitionBackend = VERIFY_BACKEND): Promise<ImageClassifier & { dispose(): void }> {
  prepare();
  const dir = humanModelsDir();
  return CocoClassifier.load({ backend, model: async (file) => new Uint8Array(await readFile(join(dir, file))), limits: IMAGE_LIMITS });
}

/** A classifier for the model and labels an operator serves (fetched with Node's fetch). */
export async function createNodeUrlClassifier(config: UrlModelConfig, backend: RecognitionBackend = VERIFY_BACKEND): Promise<ImageClassifier & { dispose(): void }> {
  prepare();
  return UrlClassifier.load(config, { backend, fetch: (url, init) => fetch(url, init), limits: IMAGE_LIMITS });
}
