/**
 * Sentence-level neural translation with Opus-MT (Marian) models run by Transformers.js, for tabs
 * (onnxruntime-web) and Node peers (onnxruntime-node) alike: one model per pair, named as the ONNX
 * conversions are published (`opus-mt-en-es`). The host says where models come from and how a
 * pipeline is made (`load`); this class keeps a model per pair, translates line by line so a
 * sign's layout survives, one text at a time, and answers with codes.
 */
import type { TextLanguage, TranslationEngine, TranslationQuality, TranslationResult } from '../node/jobs/engines.ts';
import { TEXT_LANGUAGES } from '../node/jobs/engines.ts';

export const OPUS_MT_ENGINE_NAME = 'opus-mt';
/** A sign's text, or a page of it. */
export const OPUS_MT_MAX_CHARS = 5_000;
/** Tokens generated per line at most: a sign's line is short, a runaway model is cut. */
const MAX_NEW_TOKENS = 128;
export const MODEL_PREFIX = 'opus-mt-';

export class OpusMtError extends Error {
  readonly code: 'unsupported-pair' | 'too-long' | 'failed' | 'aborted';
  constructor(code: OpusMtError['code'], message: string) {
    super(message);
    this.name = 'OpusMtError';
    this.code = code;
  }
}

export type Translate = (texts: string[], options: { max_new_tokens: number }) => Promise<{ translation_text: string }[]>;

export class OpusMtEngine implements TranslationEngine {
  readonly name = OPUS_MT_ENGINE_NAME;
  readonly quality: TranslationQuality = 'sentence';
  readonly #pairs: readonly string[];
  readonly #models = new Map<string, Promise<Translate>>();
  readonly #load: (model: string) => Promise<Translate>;
  /** One translation at a time: a model uses every core it gets. */
  #queue: Promise<unknown> = Promise.resolve();

  constructor(pairs: readonly string[], load: (model: string) => Promise<Translate>) {
    this.#pairs = pairs;
    this.#load = load;
  }

  pairs(): readonly string[] {
    return this.#pairs;
  }

  async translate(text: string, from: TextLanguage, to: TextLanguage, options: { signal?: AbortSignal } = {}): Promise<TranslationResult> {
    const pair = `${from}-${to}`;
    if (!this.#pairs.includes(pair)) throw new OpusMtError('unsupported-pair', `opus-mt: no model for ${pair}`);
    if (text.length > OPUS_MT_MAX_CHARS) throw new OpusMtError('too-long', `opus-mt: ${text.length} characters, at most ${OPUS_MT_MAX_CHARS}`);
    const lines = text.split('\n');
    const wanted = lines.map((line, i) => ({ line: line.trim(), i })).filter(({ line }) => line !== '');
    if (wanted.length === 0) return { text, engine: this.name, quality: this.quality };
    const run = this.#queue.then(async () => {
      if (options.signal?.aborted) throw new OpusMtError('aborted', 'opus-mt: aborted');
      const translate = await this.#model(pair);
      const out = await translate(wanted.map((w) => w.line), { max_new_tokens: MAX_NEW_TOKENS });
      const translated = [...lines];
      wanted.forEach(({ i }, k) => (translated[i] = out[k]?.translation_text ?? ''));
      return translated.join('\n');
    });
    this.#queue = run.catch(() => undefined);
    try {
      return { text: await run, engine: this.name, quality: this.quality };
    } catch (error) {
      if (error instanceof OpusMtError) throw error;
      throw new OpusMtError('failed', `opus-mt: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  #model(pair: string): Promise<Translate> {
    let model = this.#models.get(pair);
    if (!model) {
      model = this.#load(`${MODEL_PREFIX}${pair}`);
      model.catch(() => this.#models.delete(pair));
      this.#models.set(pair, model);
    }
    return model;
  }
}

/** English to each language a job may ask for. */
export const OPUS_MT_PAIRS: readonly string[] = TEXT_LANGUAGES.filter((l) => l !== 'en').map((l) => `en-${l}`);
