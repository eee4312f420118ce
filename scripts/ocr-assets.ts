/**
 * What tabs need to run OCR offline, served by the app itself under /ocr/: tesseract.js's worker
 * script, the LSTM-only tesseract.js-core builds (relaxed SIMD, SIMD and plain; the worker picks
 * the one the browser runs) and the gzipped LSTM-only language data of every OCR language.
 * `ocrAssets()` is a Vite plugin (app-assets.ts): the dev server answers /ocr/* from node_modules,
 * and a build copies the files into dist/ocr/. web/src/host/ocr-tesseract.ts loads them from there.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Plugin } from 'vite';
import { appAssets } from './app-assets.ts';
import { OCR_LANGUAGES } from '../web/src/node/jobs/engines.ts';

/** The folder under the app's root (and under dist/) that holds the files. */
export const OCR_ASSETS_DIR = 'ocr';
const DATA_VARIANT = '4.0.0_best_int';
const CORE_BUILDS = ['tesseract-core-lstm.wasm.js', 'tesseract-core-simd-lstm.wasm.js', 'tesseract-core-relaxedsimd-lstm.wasm.js'];

/** File name under /ocr/ → its path in node_modules. */
export function ocrAssetSources(): Map<string, string> {
  const require = createRequire(import.meta.url);
  const packageDir = (name: string): string => dirname(require.resolve(`${name}/package.json`));
  const sources = new Map<string, string>();
  sources.set('worker.min.js', join(packageDir('tesseract.js'), 'dist', 'worker.min.js'));
  for (const build of CORE_BUILDS) sources.set(build, join(packageDir('tesseract.js-core'), build));
  for (const language of OCR_LANGUAGES) {
    const file = `${language}.traineddata.gz`;
    sources.set(file, join(packageDir(`@tesseract.js-data/${language}`), DATA_VARIANT, file));
  }
  return sources;
}

export function ocrAssets(): Plugin {
  return appAssets('tabmesh-ocr-assets', OCR_ASSETS_DIR, ocrAssetSources());
}
