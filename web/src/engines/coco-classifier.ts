/**
 * The recognition gate's classifier: the MobileNetV3-CenterNet COCO-80 detector that
 * @vladmandic/human ships (models/centernet.json + centernet.bin), run by tfjs on the backend the
 * host names, with no DOM: tabs and Node peers use this same code.
 *
 * Pre-processing: the image decoded by pure-JS decoders (image-decode.ts), letterboxed into the
 * model's 512×512 input with values 0..255 (image-fit.ts), as Human feeds it (Human stretches; a
 * letterbox keeps cats from turning into dogs).
 *
 * Decoding: CenterNet's `keypoints` output is a 128×128 heat map per class (sigmoid scores of an
 * object centred there). Human takes the model's top-100 peaks (`detections`, after TopK) and
 * runs non-max suppression for boxes; a label's best detection score is simply the maximum of its
 * heat map, which is what this classifier reports — no TopK, no NMS, nothing order-dependent for
 * backends to disagree on.
 */
import * as tf from '@tensorflow/tfjs-core';
import { loadGraphModel, type GraphModel } from '@tensorflow/tfjs-converter';
import { COCO_LABELS } from '../node/chain/coco-labels.ts';
import { decodeImage, type ImageLimits } from './image-decode.ts';
import { fitImage } from './image-fit.ts';
import { modelArtifacts, onBackend, rankScores, type LabelScore, type ModelJson, type TfBackend } from './tfjs-runtime.ts';

export { useWasmFiles, type TfBackend } from './tfjs-runtime.ts';

export const COCO_MODEL_ID = 'centernet-coco80';
export const COCO_INPUT_SIZE = 512;
const INPUT = 'tower_0/images';
const HEATMAP = 'tower_0/keypoints';
export const COCO_MODEL_FILE = 'centernet.json';
/**
 * The files of @vladmandic/human 3.3.6, pinned: a verifier running other weights would reach other
 * verdicts, so a classifier refuses to load anything else.
 */
export const COCO_MODEL_SHA256: Readonly<Record<string, string>> = Object.freeze({
  'centernet.json': 'bfb942eaacc5becf738d536663bc4580a0ae9e560722306e6d4dd7fe4a09de05',
  'centernet.bin': '1b635a15009071f506f9f2b3519b31c072c534888989f30d269ffd44734ef7ef',
});

/** Reads a model file by its name (centernet.json, then the weight files it names). */
export type ReadModelFile = (file: string) => Promise<Uint8Array>;

export interface CocoClassifierOptions {
  backend: TfBackend;
  model: ReadModelFile;
  limits: ImageLimits;
}

/** An ImageClassifier (web/src/node/chain/recognition.ts; engines may not import the chain, so by shape). */
export class CocoClassifier {
  readonly id: string;
  readonly #model: GraphModel;
  readonly #backend: TfBackend;
  readonly #limits: ImageLimits;

  private constructor(model: GraphModel, options: CocoClassifierOptions) {
    this.#model = model;
    this.#backend = options.backend;
    this.#limits = options.limits;
    this.id = `${COCO_MODEL_ID}@${options.backend}`;
  }

  /** Loads the model's weights into the backend (model files ~4 MB). */
  static async load(options: CocoClassifierOptions): Promise<CocoClassifier> {
    const read = pinned(options.model);
    const json = JSON.parse(new TextDecoder().decode(await read(COCO_MODEL_FILE))) as ModelJson;
    const artifacts = await modelArtifacts(json, read);
    const model = await onBackend(options.backend, () => loadGraphModel(tf.io.fromMemory(artifacts)));
    const input = model.inputs.find((i) => i.name === INPUT);
    if (input?.shape?.[1] !== COCO_INPUT_SIZE || !model.outputs.some((o) => o.name === HEATMAP)) {
      model.dispose();
      throw new Error(`not the CenterNet COCO-80 model: no ${INPUT} of ${COCO_INPUT_SIZE}×${COCO_INPUT_SIZE} or no ${HEATMAP}`);
    }
    return new CocoClassifier(model, options);
  }

  /** All 80 labels with their best score, best first; 'bad-image' for what does not decode or is too large. */
  async classify(image: Uint8Array): Promise<LabelScore[]> {
    const pixels = fitImage(decodeImage(image, this.#limits), COCO_INPUT_SIZE, 'letterbox');
    const scores = await onBackend(this.#backend, async () => {
      const best = tf.tidy(() => {
        const heatmap = this.#model.execute(tf.tensor4d(pixels, [1, COCO_INPUT_SIZE, COCO_INPUT_SIZE, 3]), HEATMAP) as tf.Tensor;
        return tf.max(heatmap, [0, 1, 2]);
      });
      try {
        return await best.data();
      } finally {
        best.dispose();
      }
    });
    return rankScores(COCO_LABELS, scores);
  }

  dispose(): void {
    this.#model.dispose();
  }
}

function hex(bytes: ArrayBuffer): string {
  return [...new Uint8Array(bytes)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** `read`, refusing any file that is not the pinned model's. */
function pinned(read: ReadModelFile): ReadModelFile {
  return async (file) => {
    const expected = COCO_MODEL_SHA256[file];
    if (expected === undefined) throw new Error(`${file} is not a file of the pinned CenterNet model`);
    const bytes = await read(file);
    const actual = hex(await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>));
    if (actual !== expected) throw new Error(`${file} is not the pinned CenterNet model's (SHA-256 ${actual})`);
    return bytes;
  };
}
