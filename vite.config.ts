import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { modelAssets } from './scripts/model-assets.ts';
import { ocrAssets } from './scripts/ocr-assets.ts';
import { ortAssets } from './scripts/ort-assets.ts';

export default defineConfig({
  root: 'web',
  // simple-peer 9 and readable-stream reference Node's `global`.
  define: { global: 'globalThis' },
  // OCR runs offline: tesseract's worker, wasm cores and language data are served from /ocr/;
  // so does Opus-MT translation: onnxruntime-web's wasm from /ort/; and image recognition: the
  // CenterNet model from /models/, tfjs's wasm backend from /tfjs-wasm/.
  plugins: [ocrAssets(), ortAssets(), modelAssets()],
  build: {
    outDir: '../dist',
    emptyOutDir: true,
    target: 'es2023',
    chunkSizeWarningLimit: 1024,
    rollupOptions: {
      input: {
        index: fileURLToPath(new URL('web/index.html', import.meta.url)),
        // A bare page that runs the tab OCR engine on a chosen image (and lets the e2e test reach it).
        'ocr-check': fileURLToPath(new URL('web/ocr-check.html', import.meta.url)),
      },
    },
  },
  server: {
    proxy: { '/socket.io': { target: 'http://127.0.0.1:8080', ws: true } },
  },
});
