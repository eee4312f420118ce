/**
 * The host-neutral half of the tesseract OcrEngines (web/src/host/ocr-tesseract.ts for tabs,
 * web/src/host-node/ocr-tesseract.ts for Node): one worker per language, created on first use and
 * reused; jobs on a language run one at a time; an abort, a deadline or a crash terminates that
 * worker (the next job starts a fresh one); close() terminates them all. The host passes in how
 * to spawn a worker, so this file knows nothing of tesseract.js, Web Workers or worker_threads.
 */
import type { Clock } from '../base/clock.ts';
import { TabmeshError } from '../base/errors.ts';
import { withTimeout } from '../base/timeout.ts';
import { OCR_LANGUAGES, type OcrEngine, type OcrLanguage, type OcrProgress, type OcrResult } from './engines.ts';
import { signText, type OcrLayout } from './ocr-text.ts';

/** Starting a worker loads the core (wasm) and a language's data (≈ 0.5 s here, far more on a slow phone). */
export const OCR_START_TIMEOUT_MS = 60_000;
/** One image of a sign takes well under a second; a huge photo on a slow tab may take tens. */
export const OCR_RECOGNIZE_TIMEOUT_MS = 120_000;
/** Larger inputs are refused before they reach the wasm heap (a 12 MP JPEG is ~5 MiB). */
export const OCR_MAX_IMAGE_BYTES = 20 * 1024 * 1024;

export const OCR_ERROR_CODES = ['bad-image', 'bad-language', 'engine-failed', 'timeout', 'aborted', 'closed'] as const;
export type OcrErrorCode = (typeof OCR_ERROR_CODES)[number];

/** Every failure of an OCR engine; `code` is stable, `message` is for people. */
export class OcrError extends Error {
  readonly code: OcrErrorCode;
  constructor(code: OcrErrorCode, message?: string) {
    super(message ?? code);
    this.name = 'OcrError';
    this.code = code;
  }
}

/**
 * Tesseract parameters both hosts set on every worker. tesseract's default (legacy Otsu) thresholds
 * each colour channel on its own, which hollows out red or blue letters and loses black on yellow;
 * Leptonica's Otsu works on the grey image, and a tile larger than any photo (in units of the
 * image's DPI, at least 70) makes it one global threshold, which keeps the wall around a sign from
 * turning into speckle the way small adaptive tiles do.
 */
export const OCR_TESSERACT_PARAMETERS: Readonly<Record<string, string>> = {
  thresholding_method: '1',
  thresholding_tile_size: '1000',
};

/** What the pool needs of one started tesseract worker. */
export interface OcrWorker {
  /** Words by block and line; rejects with the worker's message (a string or an Error) when tesseract cannot read the image. */
  recognize(image: Uint8Array): Promise<OcrLayout>;
  terminate(): Promise<void>;
}

/** What a worker reports while it lives: progress, and a failure outside any request (a crash). */
export interface OcrWorkerEvents {
  progress(p: OcrProgress): void;
  failed(message: string): void;
}

/** Starts a worker for `language` with its data loaded; rejects if it cannot. */
export type SpawnOcrWorker = (language: OcrLanguage, events: OcrWorkerEvents) => Promise<OcrWorker>;

export interface OcrPoolOptions {
  clock: Clock;
  startTimeoutMs?: number;
  recognizeTimeoutMs?: number;
}

type ImageKind = 'png' | 'jpeg' | 'webp';

/** The image format by its magic bytes, or why it is not one tesseract should be given. */
export function sniffImage(image: Uint8Array): { ok: true; kind: ImageKind } | { ok: false; message: string } {
  if (!(image instanceof Uint8Array)) return { ok: false, message: 'the image must be bytes' };
  if (image.length > OCR_MAX_IMAGE_BYTES) return { ok: false, message: `the image is over ${OCR_MAX_IMAGE_BYTES} bytes` };
  const starts = (bytes: readonly number[], at = 0): boolean => bytes.every((b, i) => image[at + i] === b);
  if (starts([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) {
    // A PNG ends with its IEND chunk (length 0, "IEND", CRC); a cut-off download does not.
    const iend = [0x00, 0x00, 0x00, 0x00, 0x49, 0x45, 0x4e, 0x44, 0xae, 0x42, 0x60, 0x82];
    return starts(iend, image.length - iend.length) ? { ok: true, kind: 'png' } : { ok: false, message: 'the PNG is truncated (no IEND chunk)' };
  }
  if (starts([0xff, 0xd8, 0xff])) return { ok: true, kind: 'jpeg' };
  if (starts([0x52, 0x49, 0x46, 0x46]) && starts([0x57, 0x45, 0x42, 0x50], 8)) return { ok: true, kind: 'webp' };
  return { ok: false, message: 'not a PNG, JPEG or WebP image' };
}

interface Job {
  onProgress: ((p: OcrProgress) => void) | undefined;
  /** Ends the job with an error (a crash reported by the worker). */
  fail(error: Error): void;
}

interface Lane {
  /** The started worker, or the start in progress. */
  worker: Promise<OcrWorker> | undefined;
  /** Counts retirements: events from an earlier worker carry an older number. */
  generation: number;
  /** Settles when the last queued job has finished. */
  tail: Promise<void>;
  current: Job | undefined;
}

export class OcrWorkerPool implements OcrEngine {
  readonly #spawn: SpawnOcrWorker;
  readonly #clock: Clock;
  readonly #startTimeoutMs: number;
  readonly #recognizeTimeoutMs: number;
  readonly #lanes = new Map<OcrLanguage, Lane>();
  /** Aborted on close(): every waiting and running job ends with 'closed'. */
  readonly #closing = new AbortController();

  constructor(spawn: SpawnOcrWorker, options: OcrPoolOptions) {
    this.#spawn = spawn;
    this.#clock = options.clock;
    this.#startTimeoutMs = options.startTimeoutMs ?? OCR_START_TIMEOUT_MS;
    this.#recognizeTimeoutMs = options.recognizeTimeoutMs ?? OCR_RECOGNIZE_TIMEOUT_MS;
  }

  async recognize(image: Uint8Array, language: OcrLanguage, options: { signal?: AbortSignal; onProgress?: (p: OcrProgress) => void } = {}): Promise<OcrResult> {
    if (this.#closing.signal.aborted) throw new OcrError('closed', 'the OCR engine is closed');
    if (!(OCR_LANGUAGES as readonly string[]).includes(language)) throw new OcrError('bad-language', `no OCR data for ${String(language)}`);
    const sniffed = sniffImage(image);
    if (!sniffed.ok) throw new OcrError('bad-image', sniffed.message);
    const signal = options.signal === undefined ? this.#closing.signal : AbortSignal.any([options.signal, this.#closing.signal]);
    if (signal.aborted) throw abortError(signal, this.#closing.signal);

    const lane = this.#lane(language);
    const previous = lane.tail;
    let done!: () => void;
    const mine = new Promise<void>((resolve) => (done = resolve));
    // The next job waits for this one and for every one before it (this one may leave the queue early).
    lane.tail = Promise.all([previous, mine]).then(() => undefined);
    try {
      await waitOrAbort(previous, signal, this.#closing.signal);
      return await this.#run(lane, language, image, signal, options.onProgress);
    } finally {
      done();
    }
  }

  async close(): Promise<void> {
    if (this.#closing.signal.aborted) return;
    this.#closing.abort(new OcrError('closed', 'the OCR engine is closed'));
    const lanes = [...this.#lanes.values()];
    this.#lanes.clear();
    for (const lane of lanes) retire(lane);
  }

  #lane(language: OcrLanguage): Lane {
    let lane = this.#lanes.get(language);
    if (!lane) {
      lane = { worker: undefined, generation: 0, tail: Promise.resolve(), current: undefined };
      this.#lanes.set(language, lane);
    }
    return lane;
  }

  async #run(lane: Lane, language: OcrLanguage, image: Uint8Array, signal: AbortSignal, onProgress: ((p: OcrProgress) => void) | undefined): Promise<OcrResult> {
    let crash: ((error: Error) => void) | undefined;
    const crashed = new Promise<never>((_, reject) => (crash = reject));
    crashed.catch(() => undefined);
    lane.current = { onProgress, fail: (error) => crash?.(error) };
    try {
      const worker = await withTimeout(this.#clock, this.#startTimeoutMs, Promise.race([this.#workerFor(lane, language), crashed]), {
        signal,
        message: `the ${language} OCR worker did not start within ${this.#startTimeoutMs} ms`,
      });
      const layout = await withTimeout(this.#clock, this.#recognizeTimeoutMs, Promise.race([worker.recognize(image), crashed]), {
        signal,
        message: `no OCR result within ${this.#recognizeTimeoutMs} ms`,
      });
      return signText(layout);
    } catch (error) {
      const failure = this.#classify(error, signal);
      // After an abort, a deadline or a crash the worker may still be busy or broken: start afresh
      // next time. A picture tesseract could not read leaves it as it was.
      if (!(failure instanceof OcrError && failure.code === 'bad-image')) retire(lane);
      throw failure;
    } finally {
      lane.current = undefined;
    }
  }

  #workerFor(lane: Lane, language: OcrLanguage): Promise<OcrWorker> {
    if (lane.worker) return lane.worker;
    // A retired worker's late reports are ignored.
    const generation = lane.generation;
    const events: OcrWorkerEvents = {
      progress: (p) => {
        if (lane.generation === generation) lane.current?.onProgress?.(p);
      },
      failed: (message) => {
        if (lane.generation !== generation) return;
        if (lane.current) lane.current.fail(new OcrError('engine-failed', `the ${language} OCR worker failed: ${message}`));
        else void retire(lane);
      },
    };
    let spawning: Promise<OcrWorker>;
    try {
      spawning = this.#spawn(language, events);
    } catch (error) {
      spawning = Promise.reject(error);
    }
    lane.worker = spawning.catch((error: unknown) => {
      throw new OcrError('engine-failed', `the ${language} OCR worker did not start: ${messageOf(error)}`);
    });
    return lane.worker;
  }

  #classify(error: unknown, signal: AbortSignal): Error {
    if (error instanceof OcrError) return error;
    if (signal.aborted) return abortError(signal, this.#closing.signal);
    if (error instanceof TabmeshError && error.code === 'timeout') return new OcrError('timeout', error.message);
    const message = messageOf(error);
    // tesseract's words when Leptonica cannot decode the bytes.
    if (/read image|image file|decode|pixRead|unsupported image/i.test(message)) return new OcrError('bad-image', `the image could not be decoded: ${message}`);
    return new OcrError('engine-failed', message);
  }
}

/**
 * Terminates the lane's worker, if any (a start still in progress: once it has started); the next
 * job starts another. Not awaited: a start that never settles must not hold anyone up.
 */
function retire(lane: Lane): void {
  const worker = lane.worker;
  lane.worker = undefined;
  lane.generation += 1;
  void worker?.then((w) => w.terminate()).catch(() => undefined);
}

function abortError(signal: AbortSignal, closing: AbortSignal): Error {
  if (closing.aborted) return closing.reason instanceof OcrError ? closing.reason : new OcrError('closed');
  const reason: unknown = signal.reason;
  // A deadline or an abort the caller made with a typed reason keeps it (as withTimeout does).
  if (reason instanceof TabmeshError || reason instanceof OcrError) return reason;
  return new OcrError('aborted', 'OCR aborted');
}

/** Resolves when `previous` settles, or rejects as soon as `signal` aborts. */
function waitOrAbort(previous: Promise<void>, signal: AbortSignal, closing: AbortSignal): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const onAbort = (): void => reject(abortError(signal, closing));
    if (signal.aborted) return onAbort();
    signal.addEventListener('abort', onAbort, { once: true });
    void previous.then(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    });
  });
}

/** tesseract.js rejects with `String(error)`: 'Error: Error attempting to read image.' */
function messageOf(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.replace(/^(Error: )+/, '');
}
