/**
 * Block images from neighbours that keep them: a full node keeps every accepted block's image
 * (kept-images.ts), so when the DHT's copies are gone (their publisher left and they expired) the
 * chain still verifies. An image comes in IMAGE_PART_BYTES parts, one request at a time, from up
 * to MAX_PEERS_ASKED neighbours (highest tip first), each part with a deadline; the whole is
 * checked against its key. The chain service binds the sending side (bind()).
 */
import { delay, type Clock } from '../base/clock.ts';
import { TabmeshError } from '../base/errors.ts';
import type { PeerId } from '../base/peer-id.ts';
import { imageKeyOf } from './image-check.ts';
import { IMAGE_PART_BYTES } from './messages.ts';
import { MAX_IMAGE_BYTES } from './recognition.ts';
import type { ChainImages } from './storage.ts';

export const MAX_PEERS_ASKED = 3;
export const IMAGE_PART_TIMEOUT_MS = 5_000;

export interface ImagePart {
  total: number;
  offset: number;
  bytes: Uint8Array;
}

export interface PeerImageTransport {
  clock: Clock;
  /** Neighbours to ask, best first. */
  candidates(): PeerId[];
  /** One part; rejects 'not-found' when the neighbour does not keep it, 'timeout' past the deadline. */
  ask(peer: PeerId, key: string, offset: number, signal: AbortSignal): Promise<ImagePart>;
}

export class PeerImages {
  #transport: PeerImageTransport | undefined;

  bind(transport: PeerImageTransport): void {
    this.#transport = transport;
  }

  /** Images from `first`, else from neighbours; put goes to `first`. */
  behind(first: ChainImages): ChainImages {
    return {
      put: (bytes) => first.put(bytes),
      get: async (key, signal) => {
        try {
          return await this.fetch(key, signal);
        } catch (error) {
          if (signal?.aborted) throw error;
          return first.get(key, signal);
        }
      },
    };
  }

  /** The image under `key` from the first neighbour that has it. */
  async fetch(key: string, signal?: AbortSignal): Promise<Uint8Array> {
    const t = this.#transport;
    if (!t) throw new TabmeshError('not-found', 'no neighbours to ask yet');
    let last: unknown = new TabmeshError('not-found', 'no neighbour keeps this image');
    for (const peer of t.candidates().slice(0, MAX_PEERS_ASKED)) {
      if (signal?.aborted) throw new TabmeshError('aborted', 'image fetch aborted');
      try {
        return await this.#from(t, peer, key, signal);
      } catch (error) {
        last = error;
      }
    }
    throw last;
  }

  async #from(t: PeerImageTransport, peer: PeerId, key: string, signal?: AbortSignal): Promise<Uint8Array> {
    let image: Uint8Array | undefined;
    for (let offset = 0; image === undefined || offset < image.length; ) {
      const deadline = new AbortController();
      const onAbort = (): void => deadline.abort();
      signal?.addEventListener('abort', onAbort, { once: true });
      const timer = delay(t.clock, IMAGE_PART_TIMEOUT_MS, deadline.signal).then(
        () => deadline.abort(),
        () => undefined,
      );
      try {
        const part = await t.ask(peer, key, offset, deadline.signal);
        if (part.total > MAX_IMAGE_BYTES || part.offset !== offset || part.bytes.length === 0 || offset + part.bytes.length > part.total || (image && part.total !== image.length)) {
          throw new TabmeshError('malformed', `image part ${offset} from ${peer.slice(0, 8)} does not fit`);
        }
        image ??= new Uint8Array(part.total);
        image.set(part.bytes, offset);
        offset += part.bytes.length;
      } finally {
        signal?.removeEventListener('abort', onAbort);
        if (!deadline.signal.aborted) deadline.abort();
        await timer;
      }
    }
    if (imageKeyOf(image) !== key) throw new TabmeshError('hash-mismatch', `the image from ${peer.slice(0, 8)} is not ${key.slice(0, 12)}…`);
    return image;
  }
}

/** The part of `image` starting at `offset`, or undefined past its end. */
export function imagePart(image: Uint8Array, offset: number): ImagePart | undefined {
  if (offset >= image.length && !(offset === 0 && image.length === 0)) return undefined;
  return { total: image.length, offset, bytes: image.subarray(offset, offset + IMAGE_PART_BYTES) };
}
