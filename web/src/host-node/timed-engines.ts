/**
 * A Node host's engines with a stopwatch: each OCR and translation call reports how long it took
 * and whether it succeeded, for the worker's metrics. The pipeline sees the same engines.
 */
import type { OcrEngine, TranslationEngine } from '../node/jobs/engines.ts';

export type WorkKind = 'ocr' | 'translation';
export type WorkObserver = (kind: WorkKind, ms: number, ok: boolean, engine: string) => void;

async function timed<T>(observe: WorkObserver, kind: WorkKind, engine: string, work: () => Promise<T>): Promise<T> {
  const start = performance.now();
  try {
    const value = await work();
    observe(kind, performance.now() - start, true, engine);
    return value;
  } catch (error) {
    observe(kind, performance.now() - start, false, engine);
    throw error;
  }
}

export function timedOcr(engine: OcrEngine, observe: WorkObserver): OcrEngine {
  return {
    recognize: (image, language, options) => timed(observe, 'ocr', 'tesseract', () => engine.recognize(image, language, options)),
    close: () => engine.close(),
  };
}

export function timedTranslator(engine: TranslationEngine, observe: WorkObserver): TranslationEngine {
  return {
    name: engine.name,
    quality: engine.quality,
    pairs: () => engine.pairs(),
    translate: (text, from, to, options) => timed(observe, 'translation', engine.name, () => engine.translate(text, from, to, options)),
  };
}
