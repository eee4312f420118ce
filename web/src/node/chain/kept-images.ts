/**
 * A full node's block images: kept for good in the host's own storage once their block is
 * accepted (so the node serves them to peers and re-checks nothing after a restart), held in
 * memory between fetch and acceptance, and fetched from elsewhere (the DHT) otherwise. Hosts give
 * the storage: files on the relay, IndexedDB in tabs.
 */
import { TabmeshError } from '../base/errors.ts';
import { imageKeyOf } from './image-check.ts';
import { MAX_IMAGE_BYTES } from './recognition.ts';
import type { ChainImages } from './storage.ts';

/** Fetched images held until their block is stored: a few validations in flight (≤ 8 MiB). */
export const PENDING_IMAGES = 16;

export interface ImageShelf {
  /** The bytes stored under `key`, or undefined. */
  read(key: string): Promise<Uint8Array | undefined>;
  write(key: string, bytes: Uint8Array): Promise<void>;
  /** Bytes that do not hash to their key were found and removed. */
  onCorrupt?(key: string): void;
}

export function keptImages(shelf: ImageShelf, fallback: ChainImages): Required<ChainImages> {
  const pending = new Map<string, Uint8Array>();
  const readLocal = async (key: string): Promise<Uint8Array | undefined> => {
    const bytes = await shelf.read(key);
    if (bytes === undefined) return undefined;
    if (imageKeyOf(bytes) === key) return bytes;
    shelf.onCorrupt?.(key);
    return undefined;
  };
  const get = async (key: string, signal?: AbortSignal): Promise<Uint8Array> => {
    const local = (await readLocal(key)) ?? pending.get(key);
    if (local) return local;
    const bytes = await fallback.get(key, signal);
    if (imageKeyOf(bytes) !== key) throw new TabmeshError('hash-mismatch', `the image served under ${key.slice(0, 12)}… hashes to something else`);
    // Too large an image is refused by recognition (image-check.ts): never held, never kept.
    if (bytes.length <= MAX_IMAGE_BYTES) {
      pending.delete(key);
      pending.set(key, bytes);
      if (pending.size > PENDING_IMAGES) pending.delete(pending.keys().next().value!);
    }
    return bytes;
  };
  return {
    async put(bytes) {
      const key = imageKeyOf(bytes);
      await shelf.write(key, bytes);
      const published = await fallback.put(bytes);
      if (published !== key) throw new TabmeshError('hash-mismatch', `the image was published under ${published.slice(0, 12)}…, not its hash`);
      return key;
    },
    get,
    readLocal,
    async keep(key, signal) {
      if (await readLocal(key)) return;
      const bytes = await get(key, signal);
      if (bytes.length > MAX_IMAGE_BYTES) throw new TabmeshError('oversized', `image ${key.slice(0, 12)}… is ${bytes.length} bytes`);
      await shelf.write(key, bytes);
      pending.delete(key);
    },
  };
}
