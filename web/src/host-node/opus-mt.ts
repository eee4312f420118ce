/**
 * The Opus-MT engine (web/src/engines/opus-mt.ts) on Node peers, on onnxruntime-node. Models come
 * from a directory the operator fills (`opus-mt-en-es/`: config.json, tokenizer.json,
 * tokenizer_config.json, onnx/encoder_model.onnx, onnx/decoder_model_merged.onnx), or from a URL
 * the operator serves them at (`<url>/opus-mt-en-es/<file>`, cached under the worker's data
 * directory) — never from a model hub: the library's hub is switched off either way.
 *
 * Transformers.js keeps its settings in one process-wide object, so a process has one source of
 * models. Each pair's model is loaded on first use (a real one is ~300 MB: seconds) and kept.
 */
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { TextLanguage } from '../node/jobs/engines.ts';
import { MODEL_PREFIX, OPUS_MT_PAIRS, OpusMtEngine, type Translate } from '../engines/opus-mt.ts';

export { OPUS_MT_ENGINE_NAME, OPUS_MT_MAX_CHARS, OPUS_MT_PAIRS, OpusMtEngine, OpusMtError } from '../engines/opus-mt.ts';

const MODEL_FILES = ['config.json', 'tokenizer.json', 'tokenizer_config.json', join('onnx', 'encoder_model.onnx'), join('onnx', 'decoder_model_merged.onnx')];

export type OpusMtSource = { dir: string } | { url: string; cacheDir: string; pairs: readonly string[] };

/**
 * OPUS_MT_URL and OPUS_MT_PAIRS as every process reads them (the worker loads from there; the
 * signaling server tells tabs to): the URL and its pairs, or undefined when no URL is set; each
 * problem is pushed with `name` naming the setting.
 */
export function parseOpusMtUrl(url: string | undefined, pairsRaw: string | undefined, problems: string[], name: (which: 'url' | 'pairs') => string): { url: string; pairs: string[] } | undefined {
  if (url === undefined || url.trim() === '') return undefined;
  try {
    if (!/^https?:$/.test(new URL(url).protocol)) problems.push(`${name('url')} must be an http(s) URL, got ${url}`);
  } catch {
    problems.push(`${name('url')} must be an absolute URL, got ${JSON.stringify(url)}`);
  }
  const pairs = (pairsRaw ?? OPUS_MT_PAIRS.join(',')).split(',').map((p) => p.trim()).filter((p) => p !== '');
  const unknown = pairs.filter((p) => !OPUS_MT_PAIRS.includes(p));
  if (unknown.length > 0 || pairs.length === 0) problems.push(`${name('pairs')}: choose from ${OPUS_MT_PAIRS.join(', ')}${unknown.length > 0 ? `, not ${unknown.join(', ')}` : ''}`);
  return { url, pairs };
}

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
