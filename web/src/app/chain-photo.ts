/**
 * The Mine page's checks on a candidate image before the model sees it: PNG or JPEG by its first
 * bytes, at most MAX_IMAGE_BYTES, and its pixels within the chain's decode bounds (decoding it —
 * a tiny file can claim a huge canvas). Every verifier checks the same again.
 */
import { MAX_IMAGE_BYTES, MAX_IMAGE_PIXELS, MAX_IMAGE_SIDE } from '../node/chain/recognition.ts';
import { sniffImage } from './dht-format.ts';

export type CheckedPhoto = { ok: true; bytes: Uint8Array; width: number; height: number; url: string } | { ok: false; message: string };

/** The limit as people read it: "512 KiB". */
export const PHOTO_LIMIT_TEXT = `${MAX_IMAGE_BYTES / 1024} KiB`;

const CLASSIFIED_TYPES = new Set(['image/png', 'image/jpeg']);

export async function checkPhoto(file: Blob): Promise<CheckedPhoto> {
  if (file.size > MAX_IMAGE_BYTES) return { ok: false, message: `The image is ${(file.size / 1024).toFixed(0)} KiB; a block's image is at most ${PHOTO_LIMIT_TEXT}.` };
  if (file.size === 0) return { ok: false, message: 'The file is empty.' };
  const bytes = new Uint8Array(await file.arrayBuffer());
  const type = sniffImage(bytes)?.type;
  if (type === undefined || !CLASSIFIED_TYPES.has(type)) return { ok: false, message: 'Choose a PNG or JPEG photo.' };
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(new Blob([bytes], { type }));
  } catch {
    return { ok: false, message: 'The image could not be decoded.' };
  }
  const { width, height } = bitmap;
  bitmap.close();
  if (width * height > MAX_IMAGE_PIXELS || width > MAX_IMAGE_SIDE || height > MAX_IMAGE_SIDE) {
    return { ok: false, message: `The image is ${width} × ${height} px; at most ${MAX_IMAGE_PIXELS / 1_048_576} Mpx and ${MAX_IMAGE_SIDE} px a side are taken.` };
  }
  return { ok: true, bytes, width, height, url: URL.createObjectURL(new Blob([bytes], { type })) };
}
