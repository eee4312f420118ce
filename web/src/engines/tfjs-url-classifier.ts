/**
 * Any tfjs image-classification model an operator serves (a self-hosted MobileNet, say): its
 * model.json (graph or layers format) and weights, and a JSON list of its labels, fetched through
 * the host's fetch. Same pre-processing as the CenterNet classifier (pure-JS decoding and
 * resizing), same answer: per label its score, best first.
 *
 * Labels JSON: an array of names in output order, or an object from output index to a name or to
 * [id, name] (Keras' imagenet_class_index.json).
 */
import * as tf from '@tensorflow/tfjs-core';
import { loadGraphModel } from '@tensorflow/tfjs-converter';
import { decodeImage, type ImageLimits } from './image-decode.ts';
import { fitImage, type Fit } from './image-fit.ts';
import { fetchModelArtifacts, onBackend, rankScores, type Fetch, type LabelScore, type TfBackend } from './tfjs-runtime.ts';

export interface UrlModelConfig {
  /** Names the model in the classifier's id (`<name>@<backend>`). */
  name: string;
  /** Absolute URL of model.json; weight files are fetched beside it. */
  modelUrl: string;
  labelsUrl: string;
  /** The square input side for a model that does not declare one; default 224. */
  inputSize?: number;
  /** Pixel values 0..255 are mapped linearly onto this range; default [0, 1]. */
  range?: readonly [number, number];
  /** Default 'stretch'. */
  fit?: Fit;
  /** Whether to apply softmax to the output (for models that end in logits); default false. */
  softmax?: boolean;
}

export interface UrlClassifierOptions {
  backend: TfBackend;
  fetch: Fetch;
  limits: ImageLimits;
}

const DEFAULT_INPUT_SIZE = 224;
const MAX_LABELS = 100_000;

interface Runnable {
  predict(x: tf.Tensor): tf.Tensor | tf.Tensor[];
  dispose(): void;
}

/** An ImageClassifier (web/src/node/chain/recognition.ts) by shape. */
export class UrlClassifier {
  readonly id: string;
  readonly labels: readonly string[];
  readonly inputSize: number;
  readonly #model: Runnable;
  readonly #config: UrlModelConfig;
  readonly #options: UrlClassifierOptions;

  private constructor(model: Runnable, labels: readonly string[], inputSize: number, config: UrlModelConfig, options: UrlClassifierOptions) {
    this.#model = model;
    this.labels = labels;
    this.inputSize = inputSize;
    this.#config = config;
    this.#options = options;
    this.id = `${config.name}@${options.backend}`;
  }

  static async load(config: UrlModelConfig, options: UrlClassifierOptions): Promise<UrlClassifier> {
    const [artifacts, labels] = await Promise.all([fetchModelArtifacts(config.modelUrl, options.fetch), fetchLabels(config.labelsUrl, options.fetch)]);
    const layers = artifacts.format === 'layers-model' || 'model_config' in (artifacts.modelTopology as object);
    const { model, shape } = await onBackend(options.backend, async () => {
      if (layers) {
        // Only operators who serve a Keras-style model pay for loading tfjs-layers.
        const { loadLayersModel } = await import('@tensorflow/tfjs-layers');
        const m = await loadLayersModel(tf.io.fromMemory(artifacts));
        return { model: m as Runnable, shape: m.inputs[0]?.shape };
      }
      const m = await loadGraphModel(tf.io.fromMemory(artifacts));
      return { model: m as Runnable, shape: m.inputs[0]?.shape };
    });
    const declared = shape?.[1];
    const inputSize = typeof declared === 'number' && declared > 0 ? declared : (config.inputSize ?? DEFAULT_INPUT_SIZE);
    return new UrlClassifier(model, labels, inputSize, config, options);
  }

  async classify(image: Uint8Array): Promise<LabelScore[]> {
    const pixels = fitImage(decodeImage(image, this.#options.limits), this.inputSize, this.#config.fit ?? 'stretch');
    const [lo, hi] = this.#config.range ?? [0, 1];
    const scores = await onBackend(this.#options.backend, async () => {
      const out = tf.tidy(() => {
        const x = tf.add(tf.mul(tf.tensor4d(pixels, [1, this.inputSize, this.inputSize, 3]), (hi - lo) / 255), lo);
        const y = this.#model.predict(x);
        const first = (Array.isArray(y) ? y[0] : y) as tf.Tensor;
        const flat = tf.reshape(first, [-1]);
        return this.#config.softmax ? tf.softmax(flat) : flat;
      });
      try {
        return await out.data();
      } finally {
        out.dispose();
      }
    });
    return rankScores(this.labels, scores);
  }

  dispose(): void {
    this.#model.dispose();
  }
}

async function fetchLabels(url: string, fetch: Fetch): Promise<string[]> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  const json: unknown = await response.json();
  let labels: unknown[];
  if (Array.isArray(json)) labels = json;
  else if (typeof json === 'object' && json !== null) {
    const entries = Object.entries(json);
    labels = [];
    for (const [key, value] of entries) {
      const index = Number(key);
      if (!Number.isInteger(index) || index < 0 || index >= entries.length) throw new Error(`${url}: label index ${key} is not 0..${entries.length - 1}`);
      labels[index] = Array.isArray(value) ? value[value.length - 1] : value;
    }
  } else labels = [];
  if (labels.length === 0 || labels.length > MAX_LABELS || !Array.from(labels).every((l) => typeof l === 'string' && l.trim() !== '')) {
    throw new Error(`${url}: not a list of 1..${MAX_LABELS} label names`);
  }
  return labels as string[];
}
