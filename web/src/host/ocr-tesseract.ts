/**
 * The OcrEngine of tabs: tesseract.js in a Web Worker, with everything it loads — the worker
 * script, the LSTM-only wasm core (relaxed-SIMD, SIMD or plain, tesseract picks) and the
 * language data — served by the app itself under /ocr/ (see scripts/ocr-assets.ts), never a CDN.
 * One worker per language, created on first use and reused (web/src/node/jobs/ocr-pool.ts).
 * Import this module dynamically: tesseract.js stays out of the app's main bundle.
 */
import Tesseract from 'tesseract.js';
import { systemClock, type Clock } from '../node/base/clock.ts';
import type { OcrLanguage } from '../node/jobs/engines.ts';
import { OCR_TESSERACT_PARAMETERS, OcrWorkerPool, type OcrWorker, type OcrWorkerEvents } from '../node/jobs/ocr-pool.ts';
import { layoutOf } from '../node/jobs/ocr-text.ts';

/** Where the app serves the OCR files, relative to its origin (scripts/ocr-assets.ts puts them there). */
export const OCR_ASSETS_PATH = '/ocr/';
/** tesseract.js keeps unpacked language data in IndexedDB under this prefix; a new data version gets a new one. */
const CACHE_PATH = 'tabmesh-ocr-4.0.0_best_int';

export interface TabOcrOptions {
  /** Base URL of the OCR files; default `/ocr/` on the page's origin. */
  assetsUrl?: string;
  clock?: Clock;
  startTimeoutMs?: number;
  recognizeTimeoutMs?: number;
}

export function createTabOcrEngine(options: TabOcrOptions = {}): OcrWorkerPool {
  const base = new URL(options.assetsUrl ?? OCR_ASSETS_PATH, location.href);
  const spawn = async (language: OcrLanguage, events: OcrWorkerEvents): Promise<OcrWorker> => {
    let starting = true;
    const worker = await Tesseract.createWorker(language, Tesseract.OEM.LSTM_ONLY, {
      workerPath: new URL('worker.min.js', base).href,
      // A directory: the worker picks the relaxed-SIMD, SIMD or plain LSTM core the browser runs.
      corePath: base.href,
      langPath: base.href,
      cachePath: CACHE_PATH,
      workerBlobURL: false,
      gzip: true,
      logger: (m) => events.progress({ progress: m.progress, status: m.status }),
      // Without a handler tesseract.js throws from its message listener.
      errorHandler: (data: unknown) => {
        if (starting) events.failed(String(data));
      },
    });
    await worker.setParameters(OCR_TESSERACT_PARAMETERS);
    starting = false;
    const thread = (worker as unknown as { worker?: Worker }).worker;
    thread?.addEventListener('error', (event) => events.failed(event.message || 'the OCR worker crashed'));
    return {
      recognize: async (image) => {
        const { data } = await worker.recognize(new Blob([image as Uint8Array<ArrayBuffer>]), {}, { text: false, blocks: true });
        return layoutOf(data);
      },
      terminate: async () => {
        await worker.terminate();
      },
    };
  };
  return new OcrWorkerPool(spawn, {
    clock: options.clock ?? systemClock,
    ...(options.startTimeoutMs === undefined ? {} : { startTimeoutMs: options.startTimeoutMs }),
    ...(options.recognizeTimeoutMs === undefined ? {} : { recognizeTimeoutMs: options.recognizeTimeoutMs }),
  });
}
