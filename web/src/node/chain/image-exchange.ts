/**
 * The chain service's image exchange with neighbours: answering chainGetImage from the images
 * this node keeps (rate-limited per neighbour), and asking for parts on behalf of PeerImages.
 * Image request ids live above the sync's, so a chainNotFound finds its asker.
 */
import type { Clock } from '../base/clock.ts';
import { TabmeshError } from '../base/errors.ts';
import type { PeerId } from '../base/peer-id.ts';
import { TokenBuckets } from '../base/token-buckets.ts';
import type { ChainMessage } from './messages.ts';
import { imagePart, type ImagePart } from './peer-images.ts';
import type { ChainImages } from './storage.ts';

/** Image parts one neighbour may ask of this node per second (≈ 1.5 MB/s), and in a burst. */
const IMAGE_PARTS_PER_S = 32;
export const IMAGE_RID_BASE = 0x8000_0000;

export class ImageExchange {
  readonly #images: ChainImages;
  readonly #clock: Clock;
  readonly #send: (to: PeerId, msg: ChainMessage) => boolean;
  readonly #buckets = new TokenBuckets<PeerId>(IMAGE_PARTS_PER_S, IMAGE_PARTS_PER_S, 1024);
  readonly #asks = new Map<number, { peer: PeerId; answer: (part: ImagePart | undefined) => void }>();
  #rid = 0;

  constructor(images: ChainImages, clock: Clock, send: (to: PeerId, msg: ChainMessage) => boolean) {
    this.#images = images;
    this.#clock = clock;
    this.#send = send;
  }

  /** A neighbour asks for a part of an image: sent if this node keeps it, else chainNotFound. */
  async serve(from: PeerId, rid: number, key: string, offset: number): Promise<void> {
    if (!this.#buckets.take(from, this.#clock.now())) return;
    const image = await this.#images.readLocal?.(key).catch(() => undefined);
    const part = image && imagePart(image, offset);
    this.#send(from, part ? { kind: 'chainImagePart', rid, ...part } : { kind: 'chainNotFound', rid, hash: key });
  }

  /** Asks `peer` for one part; rejects 'not-found' or, when `signal` aborts, 'timeout'. */
  ask(peer: PeerId, key: string, offset: number, signal: AbortSignal): Promise<ImagePart> {
    return new Promise((resolve, reject) => {
      const rid = IMAGE_RID_BASE + (this.#rid++ % IMAGE_RID_BASE);
      const onAbort = (): void => {
        this.#asks.delete(rid);
        reject(new TabmeshError('timeout', `image part ${offset} from ${peer.slice(0, 8)} did not come`));
      };
      if (signal.aborted) return onAbort();
      signal.addEventListener('abort', onAbort, { once: true });
      this.#asks.set(rid, {
        peer,
        answer: (part) => {
          signal.removeEventListener('abort', onAbort);
          this.#asks.delete(rid);
          if (part) resolve(part);
          else reject(new TabmeshError('not-found', `${peer.slice(0, 8)} does not keep image ${key.slice(0, 12)}…`));
        },
      });
      if (!this.#send(peer, { kind: 'chainGetImage', rid, key, offset })) onAbort();
    });
  }

  /** A part, or (undefined) chainNotFound, for one of this node's asks. */
  answered(from: PeerId, rid: number, part: ImagePart | undefined): void {
    const ask = this.#asks.get(rid);
    if (ask?.peer === from) ask.answer(part);
  }
}
