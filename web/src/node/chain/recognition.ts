/**
 * The recognition gate of Photoblocks: which labels an image "shows", as every verifier decides it
 * again from the image itself. The classifier is a host engine (a tfjs model); this file is the
 * rule on its answers, pinned for the whole network.
 *
 * Verifier: a label is accepted when it is among the `topK` best labels (score descending, ties
 * by label in code-unit order) and scores at least `minScore`.
 *
 * Miner (stricter, before any proof of work): the label must score at least `minScore + margin`,
 * and fewer than `topK` other labels may score above its score minus `2 × margin`. Then, if every
 * score of another allowed backend differs from the miner's by less than `margin`, that backend's
 * verifier accepts the label too: the score stays above `minScore`, and only labels that were
 * already within `2 × margin` can overtake it, of which there are fewer than `topK`.
 *
 * Verification is pinned to the CenterNet COCO-80 model on the tfjs `wasm` backend; `cpu` is
 * allowed as well (tests/unit/engines/coco-classifier.test.ts shows the verdicts agree).
 */
import { err, ok, type Result } from '../base/errors.ts';

export interface Prediction {
  label: string;
  /** In [0, 1]. */
  score: number;
}

export interface ImageClassifier {
  /** Model id + backend, e.g. "centernet-coco80@cpu". */
  readonly id: string;
  /**
   * Classifies an encoded image (PNG or JPEG bytes); per label the best score, best first.
   * Rejects with TabmeshError('bad-image', …) for undecodable or oversized input.
   */
  classify(image: Uint8Array): Promise<Prediction[]>;
}

export interface RecognitionRule {
  topK: number;
  minScore: number;
  margin: number;
}

/**
 * The consensus rule. The photos of tests/fixtures/photos score 0.47–0.72 for their label, the
 * next label at most 0.35; noise and the rocket (not a COCO class) stay below 0.16; cpu and wasm
 * scores differ by less than 3e-6, four orders of magnitude inside the margin.
 */
export const RECOGNITION_RULE: RecognitionRule = Object.freeze({ topK: 3, minScore: 0.3, margin: 0.05 });

/** The model verifiers run (web/src/engines/coco-classifier.ts). */
export const RECOGNITION_MODEL = 'centernet-coco80';
/** The backend verification is pinned to, and the ones whose verdicts are shown to agree with it. */
export type RecognitionBackend = 'wasm' | 'cpu';
export const VERIFY_BACKEND: RecognitionBackend = 'wasm';
export const ALLOWED_BACKENDS: readonly RecognitionBackend[] = Object.freeze(['wasm', 'cpu']);

/** A block's image: a photo, not a poster (the DHT moves it as chunks). */
export const MAX_IMAGE_BYTES = 512 * 1024;
/** Decoded size bounds, checked before pixels are allocated: at most 4 Mpx, no side above 4096 px. */
export const MAX_IMAGE_PIXELS = 2048 * 2048;
export const MAX_IMAGE_SIDE = 4096;
export const IMAGE_LIMITS = Object.freeze({ maxBytes: MAX_IMAGE_BYTES, maxPixels: MAX_IMAGE_PIXELS, maxSide: MAX_IMAGE_SIDE });

/** Lower-case, trimmed, inner whitespace as single spaces, Unicode NFC. */
export function normaliseLabel(label: string): string {
  return label.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();
}

/** Per normalised label its best finite score, best first, ties by label. */
function ranked(p: readonly Prediction[]): Prediction[] {
  const best = new Map<string, number>();
  for (const { label, score } of p) {
    if (!Number.isFinite(score)) continue;
    const key = normaliseLabel(label);
    if (key === '') continue;
    const seen = best.get(key);
    if (seen === undefined || score > seen) best.set(key, score);
  }
  return [...best].map(([label, score]) => ({ label, score })).sort((a, b) => b.score - a.score || (a.label < b.label ? -1 : a.label > b.label ? 1 : 0));
}

/** Labels a verifier accepts for these predictions (normalised): among the top-k with score ≥ minScore. */
export function acceptedLabels(p: readonly Prediction[], rule: RecognitionRule = RECOGNITION_RULE): Set<string> {
  return new Set(
    ranked(p)
      .slice(0, rule.topK)
      .filter((x) => x.score >= rule.minScore)
      .map((x) => x.label),
  );
}

/** The verifier's verdict for a label: ok, or 'label-not-recognised'. */
export function verifyLabel(p: readonly Prediction[], label: string, rule: RecognitionRule = RECOGNITION_RULE): Result<void> {
  const accepted = acceptedLabels(p, rule);
  if (accepted.has(normaliseLabel(label))) return ok(undefined);
  return err('label-not-recognised', `"${label}" is not among the labels recognised (${[...accepted].join(', ') || 'none'})`);
}

/**
 * The miner's gate: 'label-not-recognised' when a verifier would refuse the label outright,
 * 'label-too-weak' when it would accept it but a backend difference below the margin could
 * change that (too low a score, or too many labels close behind or ahead).
 */
export function gateLabel(p: readonly Prediction[], label: string, rule: RecognitionRule = RECOGNITION_RULE): Result<void> {
  const verdict = verifyLabel(p, label, rule);
  if (!verdict.ok) return verdict;
  const all = ranked(p);
  const wanted = normaliseLabel(label);
  const score = all.find((x) => x.label === wanted)!.score;
  if (score < rule.minScore + rule.margin) {
    return err('label-too-weak', `"${label}" scores ${score.toFixed(3)}, the gate asks ${(rule.minScore + rule.margin).toFixed(3)}`);
  }
  const close = all.filter((x) => x.label !== wanted && x.score > score - 2 * rule.margin);
  if (close.length >= rule.topK) {
    return err('label-too-weak', `"${label}" has ${close.length} labels within ${2 * rule.margin} of its score (${close.map((x) => x.label).join(', ')})`);
  }
  return ok(undefined);
}
