/**
 * What tabs need to run OCR offline, served by the app itself under /ocr/: tesseract.js's worker
 * script, the LSTM-only tesseract.js-core builds (relaxed SIMD, SIMD and plain; the worker picks
 * the one the browser runs) and the gzipped LSTM-only language data of every OCR language.
 * `ocrAssets()` is a Vite plugin: the dev server answers /ocr/* from node_modules, and a build
 * copies the files into dist/ocr/. web/src/host/ocr-tesseract.ts loads them from there.
 */
import { createReadStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Plugin } from 'vite';
import { OCR_LANGUAGES } from '../web/src/node/jobs/engines.ts';

/** The folder under the app's root (and under dist/) that holds the files. */
export const OCR_ASSETS_DIR = 'ocr';
const DATA_VARIANT = '4.0.0_best_int';
const CORE_BUILDS = ['tesseract-core-lstm.wasm.js', 'tesseract-core-simd-lstm.wasm.js', 'tesseract-core-relaxedsimd-lstm.wasm.js'];

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.js': 'text/javascript; charset=utf-8',
  '.gz': 'application/gzip',
};

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
  const sources = ocrAssetSources();
  const prefix = `/${OCR_ASSETS_DIR}/`;
  return {
    name: 'tabmesh-ocr-assets',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const path = (req.url ?? '').split('?')[0] ?? '';
        if (!path.startsWith(prefix)) return next();
        const source = sources.get(path.slice(prefix.length));
        if (source === undefined) {
          res.statusCode = 404;
          res.end('not found');
          return;
        }
        res.setHeader('content-type', CONTENT_TYPES[path.slice(path.lastIndexOf('.'))] ?? 'application/octet-stream');
        createReadStream(source)
          .on('error', (error) => next(error))
          .pipe(res);
      });
    },
    async generateBundle() {
      for (const [name, source] of sources) {
        this.emitFile({ type: 'asset', fileName: `${OCR_ASSETS_DIR}/${name}`, source: await readFile(source) });
      }
    },
  };
}
