/**
 * The worker roles: a transcription worker fetches the image from the DHT and reads it (TRSC →
 * BTCR, with progress on the way), a translation worker translates the text with the best engine
 * it has for the pair (TRAN → translation done). Results are signed and go back to the broker
 * that assigned them, or to the job's backup broker when the primary cannot be reached. A worker
 * takes at most `capacity` assignments at once and refuses what it cannot do.
 */
import { TabmeshError, type ErrorCode } from '../base/errors.ts';
import type { Clock } from '../base/clock.ts';
import type { PeerId } from '../base/peer-id.ts';
import type { PayloadSigner } from '../peers/signer.ts';
import { wireCode } from './broker-dispatch.ts';
import { MAX_JOB_TEXT_BYTES, PROGRESS_REPORT_INTERVAL_MS } from './constants.ts';
import type { OcrEngine, OcrLanguage, TextLanguage, TranslationEngine, TranslationResult } from './engines.ts';
import type { JobId } from './job.ts';
import type { JobMessage, JobMessageOf } from './messages.ts';
import { resultPayload } from './signing.ts';

export interface WorkerDeps {
  clock: Clock;
  send(to: PeerId, msg: JobMessage): boolean;
  connect(to: PeerId): Promise<void>;
  signer: PayloadSigner;
  /** OCR, and the languages it has data for; none: not a transcription worker. */
  ocr?: { engine: OcrEngine; languages: readonly OcrLanguage[] };
  translators: readonly TranslationEngine[];
  /** The image of a job from the DHT, checked against its key. */
  image(key: string, bytes: number, signal: AbortSignal): Promise<Uint8Array>;
  capacity: number;
}

interface Assignment {
  id: JobId;
  attempt: number;
  broker: PeerId;
  backup: PeerId | undefined;
  abort: AbortController;
  /** Per mille, as last reported. */
  progress: number;
}

export interface WorkerCounters {
  transcribed: number;
  translated: number;
  refused: number;
  failed: number;
}

/** Keeps a result inside one message: a longer text is cut at a character boundary. */
function fit(text: string): string {
  const encoder = new TextEncoder();
  if (encoder.encode(text).length <= MAX_JOB_TEXT_BYTES) return text;
  let cut = text.slice(0, MAX_JOB_TEXT_BYTES);
  while (encoder.encode(cut).length > MAX_JOB_TEXT_BYTES) cut = cut.slice(0, -1);
  return cut;
}

export class Worker {
  readonly #d: WorkerDeps;
  readonly #active = new Map<string, Assignment>();
  readonly counters: WorkerCounters = { transcribed: 0, translated: 0, refused: 0, failed: 0 };

  constructor(deps: WorkerDeps) {
    this.#d = deps;
  }

  get load(): number {
    return this.#active.size;
  }

  /** `${from}-${to}` → the best quality this worker has for it. */
  pairs(): Record<string, 'word' | 'sentence'> {
    const out: Record<string, 'word' | 'sentence'> = {};
    for (const engine of this.#d.translators) for (const pair of engine.pairs()) if (out[pair] !== 'sentence') out[pair] = engine.quality;
    return out;
  }

  ocrLanguages(): OcrLanguage[] {
    return [...(this.#d.ocr?.languages ?? [])];
  }

  onTranscribe(msg: JobMessageOf<'jobTrsc'>, from: PeerId): void {
    const ocr = this.#d.ocr;
    const language = msg.from as OcrLanguage;
    if (!ocr || !ocr.languages.includes(language)) return this.#refuse(msg.id, msg.attempt, from, 'unknown-pair');
    const assignment = this.#take(msg.id, msg.attempt, from, msg.backup[0]);
    if (!assignment) return;
    void (async () => {
      let lastReport = Number.NEGATIVE_INFINITY;
      const image = await this.#d.image(msg.imageKey, msg.imageBytes, assignment.abort.signal);
      const result = await ocr.engine.recognize(image, language, {
        signal: assignment.abort.signal,
        onProgress: (p) => {
          const now = this.#d.clock.now();
          if (now - lastReport < PROGRESS_REPORT_INTERVAL_MS) return;
          lastReport = now;
          assignment.progress = Math.round(Math.max(0, Math.min(1, p.progress)) * 1000);
          this.#sendToBroker(msg.id, assignment, { kind: 'jobProgress', id: msg.id, attempt: msg.attempt, progress: assignment.progress });
        },
      });
      const text = fit(result.text.trim());
      const signature = this.#d.signer.sign(resultPayload(msg.id, msg.attempt, 'transcribed', text));
      this.counters.transcribed++;
      await this.#deliver(msg.id, assignment, { kind: 'jobBtcr', id: msg.id, attempt: msg.attempt, confidence: Math.round(Math.max(0, Math.min(100, result.confidence))), signature, message: text });
    })()
      .catch((error: unknown) => this.#failed(msg.id, msg.attempt, assignment, error))
      .finally(() => this.#active.delete(`${msg.id}/${msg.attempt}`));
  }

  onTranslate(msg: JobMessageOf<'jobTran'>, from: PeerId): void {
    const pair = `${msg.from}-${msg.to}`;
    const engines = this.#d.translators.filter((e) => e.pairs().includes(pair)).sort((a, b) => (a.quality === b.quality ? 0 : a.quality === 'sentence' ? -1 : 1));
    if (engines.length === 0) return this.#refuse(msg.id, msg.attempt, from, 'unknown-pair');
    const assignment = this.#take(msg.id, msg.attempt, from, msg.backup[0]);
    if (!assignment) return;
    void (async () => {
      let result: TranslationResult | undefined;
      let lastError: unknown;
      // The best engine first; one that fails (a remote service down) hands over to the next.
      for (const engine of engines) {
        try {
          result = await engine.translate(msg.message, msg.from as TextLanguage, msg.to as TextLanguage, { signal: assignment.abort.signal });
          break;
        } catch (error) {
          lastError = error;
        }
      }
      if (!result) throw lastError;
      const text = fit(result.text);
      const signature = this.#d.signer.sign(resultPayload(msg.id, msg.attempt, 'translated', text, result.engine));
      this.counters.translated++;
      await this.#deliver(msg.id, assignment, { kind: 'jobTrdn', id: msg.id, attempt: msg.attempt, quality: result.quality === 'sentence' ? 1 : 0, engine: result.engine, signature, message: text });
    })()
      .catch((error: unknown) => this.#failed(msg.id, msg.attempt, assignment, error))
      .finally(() => this.#active.delete(`${msg.id}/${msg.attempt}`));
  }

  /**
   * Tells each assigning broker this worker still holds its assignments (queued behind another
   * job, loading the OCR engine, or reading): silence is how a broker learns a worker died.
   */
  heartbeat(): void {
    // Dialing if need be: after a takeover the backup now in charge may not be linked to us yet.
    for (const a of this.#active.values()) void this.#deliver(a.id, a, { kind: 'jobProgress', id: a.id, attempt: a.attempt, progress: a.progress });
  }

  /** Stops every assignment (the node leaves); brokers re-dispatch them when their deadlines pass. */
  stopAll(): void {
    for (const assignment of this.#active.values()) assignment.abort.abort(new TabmeshError('closed', 'the worker stopped'));
    this.#active.clear();
  }

  #take(id: JobId, attempt: number, broker: PeerId, backup: PeerId | undefined): Assignment | undefined {
    const key = `${id}/${attempt}`;
    if (this.#active.has(key)) return undefined; // the same assignment twice: it is running
    if (this.#active.size >= this.#d.capacity) {
      this.#refuse(id, attempt, broker, 'at-capacity');
      return undefined;
    }
    const assignment: Assignment = { id, attempt, broker, backup, abort: new AbortController(), progress: 0 };
    this.#active.set(key, assignment);
    return assignment;
  }

  #refuse(id: JobId, attempt: number, broker: PeerId, code: ErrorCode): void {
    this.counters.refused++;
    this.#d.send(broker, { kind: 'jobRefuse', id, attempt, code: wireCode(code) });
  }

  #failed(id: JobId, attempt: number, assignment: Assignment, error: unknown): void {
    if (assignment.abort.signal.aborted) return;
    this.counters.failed++;
    const code = error instanceof TabmeshError ? error.code : 'job-failed';
    this.#sendToBroker(id, assignment, { kind: 'jobRefuse', id, attempt, code: wireCode(code) });
  }

  #sendToBroker(_id: JobId, assignment: Assignment, msg: JobMessage): boolean {
    return this.#d.send(assignment.broker, msg) || (assignment.backup !== undefined && this.#d.send(assignment.backup, msg));
  }

  /** A result must arrive: the assigning broker, else its backup, dialing each if need be. */
  async #deliver(id: JobId, assignment: Assignment, msg: JobMessage): Promise<void> {
    if (this.#sendToBroker(id, assignment, msg)) return;
    for (const broker of [assignment.broker, assignment.backup]) {
      if (broker === undefined) continue;
      try {
        await this.#d.connect(broker);
        if (this.#d.send(broker, msg)) return;
      } catch {
        // the next one
      }
    }
  }
}
