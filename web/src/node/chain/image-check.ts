/**
 * The verifier's half of the recognition gate: a block's image is fetched by its content key,
 * checked against that key and the size limit, and classified again here; the block's label must
 * be among the answers (recognition.ts's rule) and the label its miner gave for the previous
 * block's image among the answers that image got. Each node caches its verdicts per image: a block
 * seen on two branches, or an image used twice, is classified once.
 */
import { sha256 } from 'ethers';
import { err, ok, TabmeshError, type Result } from '../base/errors.ts';
import type { BlockHeader } from './header.ts';
import { acceptedLabels, MAX_IMAGE_BYTES, normaliseLabel, type ImageClassifier } from './recognition.ts';
import type { ChainImages } from './storage.ts';

const CACHE_ENTRIES = 256;

/** What one node needs to check images: its classifier, its images, and its cache of verdicts by image key. */
export interface ImageCheckParts {
  classifier: ImageClassifier;
  images: ChainImages;
  verdicts: Map<string, ReadonlySet<string>>;
}

export function imageKeyOf(image: Uint8Array): string {
  return sha256(image).slice(2);
}

/** The labels accepted for the image under `key`, classifying it if this classifier has not. */
export async function labelsFor(key: string, parts: ImageCheckParts, signal?: AbortSignal): Promise<Result<ReadonlySet<string>>> {
  const cache = parts.verdicts;
  const cached = cache.get(key);
  if (cached) return ok(cached);
  let image: Uint8Array;
  try {
    image = await parts.images.get(key, signal);
  } catch (error) {
    if (error instanceof TabmeshError && (error.code === 'aborted' || signal?.aborted)) return err('aborted', 'image fetch aborted');
    return err('not-found', `image ${key.slice(0, 12)}…: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (image.length > MAX_IMAGE_BYTES) return err('oversized', `image of ${image.length} bytes, at most ${MAX_IMAGE_BYTES}`);
  // Whoever served these bytes lied, not the block's miner: no verdict, asked again later.
  if (imageKeyOf(image) !== key) return err('not-found', `the bytes served under ${key.slice(0, 12)}… hash to something else`);
  let labels: ReadonlySet<string>;
  try {
    labels = acceptedLabels(await parts.classifier.classify(image));
  } catch (error) {
    if (error instanceof TabmeshError && error.code === 'bad-image') return err('bad-image', error.message);
    // The model failed to load or run: no verdict on the block, which is tried again later.
    return err('unavailable', `the classifier failed: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (cache.size >= CACHE_ENTRIES) cache.delete(cache.keys().next().value!);
  cache.set(key, labels);
  return ok(labels);
}

/** The block's image recognised as its label, and its prevLabel among `parentLabels`. */
export async function recogniseBlockImage(
  header: BlockHeader,
  parentLabels: ReadonlySet<string>,
  parts: ImageCheckParts,
  signal?: AbortSignal,
): Promise<Result<ReadonlySet<string>>> {
  if (!parentLabels.has(normaliseLabel(header.prevLabel))) return err('label-not-recognised', `"${header.prevLabel}" is not what the previous block's image shows`);
  const labels = await labelsFor(header.imageKey, parts, signal);
  if (!labels.ok) return labels;
  if (!labels.value.has(normaliseLabel(header.label))) return err('label-not-recognised', `the image is not recognised as "${header.label}" (the model sees: ${[...labels.value].join(', ') || 'nothing'})`);
  return ok(labels.value);
}
