/**
 * What a translating tab needs to run Opus-MT models: onnxruntime-web's wasm runtime and its
 * loader, as Transformers.js ships them, served by the app under /ort/ (a Vite plugin,
 * app-assets.ts). web/src/host/opus-mt-tab.ts points the runtime there instead of a CDN.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Plugin } from 'vite';
import { appAssets } from './app-assets.ts';

export const ORT_ASSETS_DIR = 'ort';
const FILES = ['ort-wasm-simd-threaded.jsep.mjs', 'ort-wasm-simd-threaded.jsep.wasm'];

export function ortAssetSources(): Map<string, string> {
  // The package's exports do not list its dist folder: find it through its main entry.
  const main = createRequire(import.meta.url).resolve('@huggingface/transformers');
  const dist = dirname(main);
  return new Map(FILES.map((file) => [file, join(dist, file)]));
}

export function ortAssets(): Plugin {
  return appAssets('tabmesh-ort-assets', ORT_ASSETS_DIR, ortAssetSources());
}
