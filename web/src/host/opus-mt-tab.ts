/**
 * The Opus-MT engine (web/src/engines/opus-mt.ts) in a tab, on onnxruntime-web (wasm, one thread:
 * the app is not cross-origin isolated). Models come from where the operator serves them
 * (/config.json's `opusMt`), kept in the browser's Cache Storage; the runtime's wasm from this
 * app (`/ort/`, copied there at build), never a CDN or a model hub. Transformers.js (~1 MB) and a
 * model are fetched the first time the tab translates that pair, not before.
 */
import type { OpusMtView } from '../contracts/app-config.ts';
import { OpusMtEngine, type Translate } from '../engines/opus-mt.ts';

/** Where vite puts onnxruntime-web's wasm and its loader (vite.config.ts). */
export const ORT_WASM_PATH = '/ort/';

export function createTabOpusMtEngine(view: OpusMtView): OpusMtEngine {
  const load = async (model: string): Promise<Translate> => {
    const { env, pipeline } = await import('@huggingface/transformers');
    Object.assign(env, {
      allowLocalModels: false,
      allowRemoteModels: true,
      remoteHost: view.url.endsWith('/') ? view.url : `${view.url}/`,
      remotePathTemplate: '{model}/',
      useBrowserCache: true,
    });
    const wasm = env.backends.onnx.wasm;
    if (wasm) Object.assign(wasm, { wasmPaths: new URL(ORT_WASM_PATH, location.href).href, numThreads: 1, proxy: false });
    const translator = await pipeline('translation', model, { dtype: 'fp32', device: 'wasm' });
    return (texts, options) => translator(texts, options as Parameters<typeof translator>[1]) as Promise<{ translation_text: string }[]>;
  };
  return new OpusMtEngine(view.pairs, load);
}
