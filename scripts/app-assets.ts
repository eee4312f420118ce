/**
 * A Vite plugin for files the app serves from node_modules under one folder of its own origin
 * (never a CDN): the dev server answers `/<dir>/<name>` from the package, and a build copies each
 * file into `dist/<dir>/`. OCR (ocr-assets.ts) and the translation runtime (ort-assets.ts) use it.
 */
import { createReadStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import type { Plugin } from 'vite';

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.gz': 'application/gzip',
  '.wasm': 'application/wasm',
};

/** @param sources file name under `/<dir>/` → its path in node_modules */
export function appAssets(name: string, dir: string, sources: ReadonlyMap<string, string>): Plugin {
  const prefix = `/${dir}/`;
  return {
    name,
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
      for (const [file, source] of sources) {
        this.emitFile({ type: 'asset', fileName: `${dir}/${file}`, source: await readFile(source) });
      }
    },
  };
}
