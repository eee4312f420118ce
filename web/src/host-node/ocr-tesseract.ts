/**
 * The OcrEngine of Node peers: tesseract.js in worker_threads, LSTM only, its language data read
 * from node_modules (@tesseract.js-data/<lang>, the `4.0.0_best_int` files) and cached unpacked
 * under the data dir, so nothing is ever fetched. One worker per language, reused (see
 * web/src/node/jobs/ocr-pool.ts for queueing, abort and errors).
 */
import { access, mkdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import Tesseract from 'tesseract.js';
import { systemClock, type Clock } from '../node/base/clock.ts';
import type { OcrLanguage } from '../node/jobs/engines.ts';
import { OCR_TESSERACT_PARAMETERS, OcrWorkerPool, type OcrWorker, type OcrWorkerEvents } from '../node/jobs/ocr-pool.ts';
import { layoutOf } from '../node/jobs/ocr-text.ts';

/** The LSTM-only ("best, integer") models inside each @tesseract.js-data package. */
export const OCR_DATA_VARIANT = '4.0.0_best_int';

export interface NodeOcrOptions {
  /** The process's data dir: unpacked language data is kept in `<dataDir>/ocr/<variant>/`. */
  dataDir: string;
  clock?: Clock;
  startTimeoutMs?: number;
  recognizeTimeoutMs?: number;
}

const require = createRequire(import.meta.url);

/** The folder holding `<lang>.traineddata.gz` in node_modules. */
export function ocrLanguageDataDir(language: OcrLanguage): string {
  return join(dirname(require.resolve(`@tesseract.js-data/${language}/package.json`)), OCR_DATA_VARIANT);
}

export function ocrCacheDir(dataDir: string): string {
  return join(dataDir, 'ocr', OCR_DATA_VARIANT);
}

export function createNodeOcrEngine(options: NodeOcrOptions): OcrWorkerPool {
  const cachePath = ocrCacheDir(options.dataDir);
  const spawn = async (language: OcrLanguage, events: OcrWorkerEvents): Promise<OcrWorker> => {
    const langPath = ocrLanguageDataDir(language);
    // tesseract.js never settles createWorker when language data is missing (and its thread then
    // keeps the process alive), so a missing file is caught here first.
    await access(join(langPath, `${language}.traineddata.gz`));
    await mkdir(cachePath, { recursive: true });
    let starting = true;
    const worker = await Tesseract.createWorker(language, Tesseract.OEM.LSTM_ONLY, {
      langPath,
      cachePath,
      gzip: true,
      logger: (m) => events.progress({ progress: m.progress, status: m.status }),
      // Without a handler tesseract.js throws from its message listener: an uncaught exception.
      errorHandler: (data: unknown) => {
        if (starting) events.failed(String(data));
      },
    });
    await worker.setParameters(OCR_TESSERACT_PARAMETERS);
    starting = false;
    const thread = (worker as unknown as { worker?: { on?(event: string, fn: (e: unknown) => void): void } }).worker;
    thread?.on?.('error', (error) => events.failed(error instanceof Error ? error.message : String(error)));
    return {
      recognize: async (image) => {
        const { data } = await worker.recognize(Buffer.from(image.buffer, image.byteOffset, image.byteLength), {}, { text: false, blocks: true });
        return layoutOf(data);
      },
      terminate: async () => {
        await worker.terminate();
      },
    };
  };
  return new OcrWorkerPool(spawn, { clock: options.clock ?? systemClock, ...timeouts(options) });
}

function timeouts(options: NodeOcrOptions): { startTimeoutMs?: number; recognizeTimeoutMs?: number } {
  return {
    ...(options.startTimeoutMs === undefined ? {} : { startTimeoutMs: options.startTimeoutMs }),
    ...(options.recognizeTimeoutMs === undefined ? {} : { recognizeTimeoutMs: options.recognizeTimeoutMs }),
  };
}
