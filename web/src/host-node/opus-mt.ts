/**
 * Sentence-level neural translation on Node peers: Opus-MT (Marian) models run by Transformers.js
 * on onnxruntime-node, one model per pair, named as the ONNX conversions are published
 * (`opus-mt-en-es`: config.json, tokenizer.json, tokenizer_config.json, onnx/encoder_model.onnx,
 * onnx/decoder_model_merged.onnx). Models come from a directory the operator fills, or from a URL
 * the operator serves them at (`<url>/opus-mt-en-es/<file>`, cached under the worker's data
 * directory) — never from a model hub: the library's hub is switched off either way.
 *
 * Transformers.js keeps its settings in one process-wide object, so a process has one source of
 * models. Each pair's model is loaded on first use (a real one is ~300 MB: seconds) and kept.
 */
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { TextLanguage, TranslationEngine, TranslationQuality, TranslationResult } from '../node/jobs/engines.ts';
import { TEXT_LANGUAGES } from '../node/jobs/engines.ts';

export const OPUS_MT_ENGINE_NAME = 'opus-mt';
/** A sign's text, or a page of it. */
export const OPUS_MT_MAX_CHARS = 5_000;
/** Tokens generated per line at most: a sign's line is short, a runaway model is cut. */
const MAX_NEW_TOKENS = 128;
const MODEL_PREFIX = 'opus-mt-';
const MODEL_FILES = ['config.json', 'tokenizer.json', 'tokenizer_config.json', join('onnx', 'encoder_model.onnx'), join('onnx', 'decoder_model_merged.onnx')];

export type OpusMtSource = { dir: string } | { url: string; cacheDir: string; pairs: readonly string[] };

export class OpusMtError extends Error {
  readonly code: 'unsupported-pair' | 'too-long' | 'failed' | 'aborted';
  constructor(code: OpusMtError['code'], message: string) {
    super(message);
    this.name = 'OpusMtError';
    this.code = code;
  }
}

type Translate = (texts: string[], options: { max_new_tokens: number }) => Promise<{ translation_text: string }[]>;

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

/** The pairs whose complete model is in `dir`. */
export async function modelsIn(dir: string): Promise<string[]> {
  const entries = await readdir(dir).catch(() => [] as string[]);
  const pairs: string[] = [];
  for (const entry of entries.sort()) {
    const pair = entry.startsWith(MODEL_PREFIX) ? entry.slice(MODEL_PREFIX.length) : '';
    if (!OPUS_MT_PAIRS.includes(pair)) continue;
    const complete = await Promise.all(MODEL_FILES.map((f) => stat(join(dir, entry, f)).then((s) => s.isFile(), () => false)));
    if (complete.every(Boolean)) pairs.push(pair);
  }
  return pairs;
}

/**
 * The engine over the operator's models, checked by loading and running the first pair once; or
 * why not (no models, the library missing, a model that does not load).
 */
export async function createOpusMtEngine(source: OpusMtSource): Promise<{ engine: OpusMtEngine } | { missing: string }> {
  const pairs = 'dir' in source ? await modelsIn(source.dir) : source.pairs.filter((p) => OPUS_MT_PAIRS.includes(p));
  if (pairs.length === 0) return { missing: 'dir' in source ? `no opus-mt-en-<es|fr|it|de> model with its ONNX files in ${source.dir}` : 'no pair to load from the URL' };
  let transformers: typeof import('@huggingface/transformers');
  try {
    transformers = await import('@huggingface/transformers');
  } catch (error) {
    return { missing: `@huggingface/transformers does not load: ${(error as Error).message}` };
  }
  const { env, pipeline } = transformers;
  if ('dir' in source) {
    Object.assign(env, { allowRemoteModels: false, allowLocalModels: true, localModelPath: withSlash(source.dir), useFSCache: false });
  } else {
    Object.assign(env, { allowRemoteModels: true, allowLocalModels: false, remoteHost: withSlash(source.url), remotePathTemplate: '{model}/', useFSCache: true, cacheDir: source.cacheDir });
  }
  const load = async (model: string): Promise<Translate> => {
    const translator = await pipeline('translation', model, { dtype: 'fp32' });
    return (texts, options) => translator(texts, options as Parameters<typeof translator>[1]) as Promise<{ translation_text: string }[]>;
  };
  const engine = new OpusMtEngine(pairs, load);
  try {
    await engine.translate('Exit', 'en', pairs[0]!.split('-')[1] as TextLanguage);
  } catch (error) {
    return { missing: `the ${pairs[0]} model does not run: ${(error as Error).message}` };
  }
  return { engine };
}

function withSlash(s: string): string {
  return s.endsWith('/') ? s : `${s}/`;
}
