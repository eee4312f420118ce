/**
 * What the tfjs classifiers share: the backends (pure-JS `cpu`, and `wasm` from files the host
 * serves), one queue for all tfjs work — the active backend is global to tfjs, so a job switches
 * to its own and nothing else runs until it is done — and model loading from model.json plus
 * weight files read by the host (the file system, or an injected fetch; never a model hub).
 */
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import { setWasmPaths } from '@tensorflow/tfjs-backend-wasm';

export type TfBackend = 'cpu' | 'wasm';

export interface LabelScore {
  label: string;
  score: number;
}

/**
 * Where the wasm backend's .wasm files are: a URL folder in tabs, a directory in Node; before the
 * first 'wasm' job. Single-threaded SIMD everywhere (tabs are not cross-origin isolated), so a
 * Node peer runs the same wasm binary as a tab.
 */
export function useWasmFiles(prefix: string): void {
  tf.env().set('WASM_HAS_MULTITHREAD_SUPPORT', false);
  setWasmPaths(prefix.endsWith('/') ? prefix : `${prefix}/`);
}

let queue: Promise<unknown> = Promise.resolve();

/** Runs `job` with `backend` active, after every job queued before it. */
export function onBackend<T>(backend: TfBackend, job: () => Promise<T>): Promise<T> {
  const run = queue.then(async () => {
    if (!(await tf.setBackend(backend))) throw new Error(`the tfjs ${backend} backend does not start`);
    return job();
  });
  queue = run.catch(() => undefined);
  return run;
}

/** A model.json as the tfjs converters and `model.save()` write it. */
export interface ModelJson {
  format?: string;
  generatedBy?: string;
  convertedBy?: string | null;
  modelTopology: object;
  weightsManifest: { paths: string[]; weights: tf.io.WeightsManifestEntry[] }[];
  signature?: object;
  userDefinedMetadata?: Record<string, object>;
  modelInitializer?: object;
}

/** The model's artifacts, its weight files (named relative to model.json) read by `read`. */
export async function modelArtifacts(json: ModelJson, read: (path: string) => Promise<Uint8Array>): Promise<tf.io.ModelArtifacts> {
  if (typeof json !== 'object' || json === null || typeof json.modelTopology !== 'object' || !Array.isArray(json.weightsManifest)) {
    throw new Error('not a tfjs model.json (modelTopology and weightsManifest missing)');
  }
  const files = await Promise.all(json.weightsManifest.flatMap((group) => group.paths.map(read)));
  const weightData = new Uint8Array(files.reduce((n, f) => n + f.length, 0));
  let at = 0;
  for (const file of files) {
    weightData.set(file, at);
    at += file.length;
  }
  const artifacts: tf.io.ModelArtifacts = {
    modelTopology: json.modelTopology,
    weightSpecs: json.weightsManifest.flatMap((group) => group.weights),
    weightData: weightData.buffer,
  };
  if (json.format !== undefined) artifacts.format = json.format;
  if (json.generatedBy !== undefined) artifacts.generatedBy = json.generatedBy;
  if (json.convertedBy !== undefined) artifacts.convertedBy = json.convertedBy;
  if (json.signature !== undefined) artifacts.signature = json.signature;
  if (json.userDefinedMetadata !== undefined) artifacts.userDefinedMetadata = json.userDefinedMetadata;
  if (json.modelInitializer !== undefined) artifacts.modelInitializer = json.modelInitializer;
  return artifacts;
}

export type Fetch = (url: string, init?: RequestInit) => Promise<Response>;

/** model.json at `url` and its weight files beside it, through `fetch`. */
export async function fetchModelArtifacts(url: string, fetch: Fetch): Promise<tf.io.ModelArtifacts> {
  const get = async (target: string): Promise<Response> => {
    const response = await fetch(target);
    if (!response.ok) throw new Error(`${target}: HTTP ${response.status}`);
    return response;
  };
  const json = (await (await get(url)).json()) as ModelJson;
  return modelArtifacts(json, async (path) => new Uint8Array(await (await get(new URL(path, url).href)).arrayBuffer()));
}

/** Scores in label order to predictions, best first, ties by label. */
export function rankScores(labels: readonly string[], scores: ArrayLike<number>): LabelScore[] {
  if (scores.length !== labels.length) throw new Error(`the model gives ${scores.length} scores for ${labels.length} labels`);
  return labels
    .map((label, i) => ({ label, score: scores[i]! }))
    .sort((a, b) => b.score - a.score || (a.label < b.label ? -1 : a.label > b.label ? 1 : 0));
}
