/**
 * The recognition gate's classifier in a tab: CenterNet COCO-80 from this app's /models/ and the
 * tfjs wasm backend's binaries from /tfjs-wasm/ (both copied from node_modules at build time,
 * scripts/model-assets.ts), never a CDN or a model hub. tfjs and the model (~4 MB) are loaded the
 * first time the tab classifies, not with the page.
 */
import type { UrlModelConfig } from '../engines/tfjs-url-classifier.ts';
import { IMAGE_LIMITS, VERIFY_BACKEND, type ImageClassifier, type RecognitionBackend } from '../node/chain/recognition.ts';

/** Where vite serves the model and the wasm binaries (vite.config.ts, scripts/model-assets.ts). */
export const COCO_MODELS_PATH = '/models/';
export const TFJS_WASM_PATH = '/tfjs-wasm/';

const tabFetch = (url: string, init?: RequestInit): Promise<Response> => fetch(url, init);

async function runtime(): Promise<typeof import('../engines/coco-classifier.ts')> {
  const engine = await import('../engines/coco-classifier.ts');
  engine.useWasmFiles(new URL(TFJS_WASM_PATH, location.href).href);
  return engine;
}

/** The CenterNet classifier on `backend` (default: the one verification is pinned to). */
export async function createTabImageClassifier(backend: RecognitionBackend = VERIFY_BACKEND): Promise<ImageClassifier & { dispose(): void }> {
  const { CocoClassifier } = await runtime();
  const read = async (file: string): Promise<Uint8Array> => {
    const response = await fetch(new URL(file, new URL(COCO_MODELS_PATH, location.href)));
    if (!response.ok) throw new Error(`${COCO_MODELS_PATH}${file}: HTTP ${response.status}`);
    return new Uint8Array(await response.arrayBuffer());
  };
  return CocoClassifier.load({ backend, model: read, limits: IMAGE_LIMITS });
}

/** A classifier for the model and labels an operator serves. */
export async function createTabUrlClassifier(config: UrlModelConfig, backend: RecognitionBackend = VERIFY_BACKEND): Promise<ImageClassifier & { dispose(): void }> {
  await runtime();
  const { UrlClassifier } = await import('../engines/tfjs-url-classifier.ts');
  return UrlClassifier.load(config, { backend, fetch: tabFetch, limits: IMAGE_LIMITS });
}
