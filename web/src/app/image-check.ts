/**
 * The page's checks on a chosen image before anything is stored or paid: its type by its first
 * bytes, its size, and its pixel count (decoding it — a tiny file can claim a huge canvas).
 * Brokers' workers check again; this is so that nobody pays for a job that will be refused.
 */
import { MAX_IMAGE_BYTES, MAX_IMAGE_PIXELS } from '../node/jobs/job.ts';
import { imageTypeOf } from '../node/jobs/prepare.ts';
import { formatBytes } from './format.ts';

export type CheckedImage = { ok: true; bytes: Uint8Array; width: number; height: number; url: string } | { ok: false; message: string };

/** Only the size and type, from the bytes: cheap, and what a test can check without a browser. */
const tooLarge = (size: number): string => `The image is ${formatBytes(size)}; at most ${formatBytes(MAX_IMAGE_BYTES)} are taken.`;

export function checkImageBytes(bytes: Uint8Array): string | undefined {
  if (bytes.length === 0) return 'The file is empty.';
  if (bytes.length > MAX_IMAGE_BYTES) return tooLarge(bytes.length);
  if (imageTypeOf(bytes) === undefined) return 'Choose a PNG, JPEG or WebP image.';
  return undefined;
}

export function checkPixels(width: number, height: number): string | undefined {
  if (width * height > MAX_IMAGE_PIXELS) return `The image is ${width} × ${height} pixels; at most ${(MAX_IMAGE_PIXELS / 1e6).toFixed(0)} megapixels are taken.`;
  return undefined;
}

export async function checkImageFile(file: Blob): Promise<CheckedImage> {
  if (file.size > MAX_IMAGE_BYTES) return { ok: false, message: tooLarge(file.size) };
  const bytes = new Uint8Array(await file.arrayBuffer());
  const bad = checkImageBytes(bytes);
  if (bad) return { ok: false, message: bad };
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(new Blob([bytes]));
  } catch {
    return { ok: false, message: 'The image could not be decoded.' };
  }
  const { width, height } = bitmap;
  bitmap.close();
  const tooBig = checkPixels(width, height);
  if (tooBig) return { ok: false, message: tooBig };
  return { ok: true, bytes, width, height, url: URL.createObjectURL(new Blob([bytes])) };
}
