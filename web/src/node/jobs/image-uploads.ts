/**
 * A job's image goes into the DHT while its requester pays: the job id needs only the image's key
 * (its SHA-256, computed at once), so the upload and the wallet's prompts overlap. Submission
 * waits for the upload; one that failed is tried again then, since the bytes are still here.
 * Entries are dropped once the job is submitted or its draft cancelled.
 */
import { TabmeshError } from '../base/errors.ts';
import type { JobId } from './job.ts';
import type { JobImages } from './service.ts';

interface Upload {
  bytes: Uint8Array;
  key: string;
  stored: Promise<void>;
}

export class ImageUploads {
  readonly #images: JobImages;
  readonly #uploads = new Map<JobId, Upload>();

  constructor(images: JobImages) {
    this.#images = images;
  }

  /** Starts storing `bytes`, whose key is `key`; progress (0 then total) as it goes. */
  start(id: JobId, bytes: Uint8Array, key: string, onProgress?: (done: number, total: number) => void): void {
    onProgress?.(0, bytes.length);
    const stored = this.#store(bytes, key).then(() => onProgress?.(bytes.length, bytes.length));
    stored.catch(() => undefined); // awaited by ready(); a failure here is retried there
    this.#uploads.set(id, { bytes, key, stored });
  }

  /** Resolves once the job's image is in the mesh (at once for jobs prepared before a reload: their images were stored then). */
  async ready(id: JobId): Promise<void> {
    const upload = this.#uploads.get(id);
    if (!upload) return;
    try {
      await upload.stored;
    } catch {
      upload.stored = this.#store(upload.bytes, upload.key);
      await upload.stored;
    }
  }

  forget(id: JobId): void {
    this.#uploads.delete(id);
  }

  async #store(bytes: Uint8Array, key: string): Promise<void> {
    const stored = await this.#images.put(bytes);
    if (stored !== key) throw new TabmeshError('hash-mismatch', `the image was stored under ${stored.slice(0, 8)}, not its hash ${key.slice(0, 8)}`);
  }
}
