/**
 * What a tab needs to run the recognition gate's classifier (web/src/host/image-classifier.ts):
 * the CenterNet COCO-80 model as @vladmandic/human ships it, served under /models/, and the tfjs
 * wasm backend's binaries under /tfjs-wasm/ (a Vite plugin each, app-assets.ts).
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Plugin } from 'vite';
import { appAssets } from './app-assets.ts';

export const MODEL_ASSETS_DIR = 'models';
export const TFJS_WASM_ASSETS_DIR = 'tfjs-wasm';
const MODEL_FILES = ['centernet.json', 'centernet.bin'];
const WASM_FILES = ['tfjs-backend-wasm.wasm', 'tfjs-backend-wasm-simd.wasm', 'tfjs-backend-wasm-threaded-simd.wasm'];

const require = createRequire(import.meta.url);

export function modelAssetSources(): Map<string, string> {
  // Human's exports list no path to its models folder: it sits beside dist/, where its Node entry is.
  const models = join(dirname(require.resolve('@vladmandic/human')), '..', 'models');
  return new Map(MODEL_FILES.map((file) => [file, join(models, file)]));
}

export function tfjsWasmAssetSources(): Map<string, string> {
  const dist = dirname(require.resolve('@tensorflow/tfjs-backend-wasm'));
  return new Map(WASM_FILES.map((file) => [file, join(dist, file)]));
}

export function modelAssets(): Plugin[] {
  return [
    appAssets('tabmesh-model-assets', MODEL_ASSETS_DIR, modelAssetSources()),
    appAssets('tabmesh-tfjs-wasm-assets', TFJS_WASM_ASSETS_DIR, tfjsWasmAssetSources()),
  ];
}
