/**
 * Preparing a job: the image is checked (png, jpeg or webp by its first bytes; the size bound),
 * its content key (SHA-256) computed, and the job's id computed from it, the address, the
 * languages and a fresh nonce. Storing it in the DHT runs alongside payment (image-uploads.ts). Pixel bounds need the image decoded: the host's page
 * checks them before (MAX_IMAGE_PIXELS), brokers' workers again before OCR.
 */
import { TabmeshError } from '../base/errors.ts';
import type { Random } from '../base/clock.ts';
import type { PrepareRequest } from './api.ts';
import { sha256Hex } from '../dht/content.ts';
import { jobIdOf, MAX_IMAGE_BYTES, newJobNonce, parseJobSpec, type JobId, type JobSpec } from './job.ts';

export type ImageType = 'png' | 'jpeg' | 'webp';

/** The image's type from its magic bytes, or undefined for anything else. */
export function imageTypeOf(bytes: Uint8Array): ImageType | undefined {
  const at = (i: number): number => bytes[i] ?? -1;
  if (at(0) === 0x89 && at(1) === 0x50 && at(2) === 0x4e && at(3) === 0x47) return 'png';
  if (at(0) === 0xff && at(1) === 0xd8 && at(2) === 0xff) return 'jpeg';
  const ascii = (from: number, to: number): string => String.fromCharCode(...bytes.subarray(from, to));
  if (bytes.length >= 12 && ascii(0, 4) === 'RIFF' && ascii(8, 12) === 'WEBP') return 'webp';
  return undefined;
}

export async function prepareJob(request: PrepareRequest, deps: { random: Random }): Promise<{ id: JobId; spec: JobSpec }> {
  const image = request.image;
  if (!(image instanceof Uint8Array) || image.length === 0) throw new TabmeshError('bad-field', 'choose an image');
  if (image.length > MAX_IMAGE_BYTES) throw new TabmeshError('oversized', `the image is ${image.length} bytes; at most ${MAX_IMAGE_BYTES} are taken`);
  if (imageTypeOf(image) === undefined) throw new TabmeshError('bad-field', 'the image must be a png, jpeg or webp file');
  const draft = { imageKey: '0'.repeat(64), imageBytes: image.length, email: request.email, from: request.from ?? 'eng', to: request.to, nonce: newJobNonce(deps.random) };
  const checked = parseJobSpec(draft);
  if (!checked.ok) throw checked.error;
  // The DHT stores content under its SHA-256: the key is known before the upload (image-uploads.ts).
  const spec: JobSpec = { ...checked.value, imageKey: await sha256Hex(image) };
  return { id: jobIdOf(spec), spec };
}
