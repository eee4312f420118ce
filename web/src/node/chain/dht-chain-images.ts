/**
 * Block images as content in the DHT, for ChainImages: stored by their SHA-256 (the header's
 * imageKey), read back verified by the DHT's content layer. Like the job images
 * (jobs/dht-images.ts, whose get needs a size the header does not carry), a put or get that meets
 * a ring still forming or healing is tried again for a while; any other failure is final.
 */
import { systemClock, type Clock } from '../base/clock.ts';
import { TabmeshError } from '../base/errors.ts';
import type { DhtApi } from '../dht/api.ts';
import type { ChainImages } from './storage.ts';

/** A miner's image waits this long for the ring, as a job image does (a fresh tab, a crashed successor). */
export const CHAIN_IMAGE_PUT_PATIENCE_MS = 60_000;
/**
 * Reading waits less than a job's worker does: a block's image was stored before the block was
 * announced, so a miss outlasting one ring repair (~15-20 s) means nobody serves it, and sync
 * asks again later.
 */
export const CHAIN_IMAGE_GET_PATIENCE_MS = 20_000;
/** Copies of a block image: its successor and two more, as for job images. */
export const CHAIN_IMAGE_COPIES = 3;
const RETRY_MS = 500;
/** What a node not yet (or no longer) on the ring gets. */
const NOT_ON_RING = new Set(['no-route', 'timeout', 'closed', 'at-capacity']);
/** Reading, also a record not there yet: its successor may have died and the copies not moved yet. */
const GET_AGAIN = new Set([...NOT_ON_RING, 'not-found']);

export function dhtChainImages(dht: Pick<DhtApi, 'putContent' | 'getContent'>, clock: Clock = systemClock): ChainImages {
  const retrying = async <T>(patienceMs: number, again: ReadonlySet<string>, attempt: () => Promise<T>, signal?: AbortSignal): Promise<T> => {
    const deadline = clock.now() + patienceMs;
    for (;;) {
      try {
        return await attempt();
      } catch (error) {
        const code = error instanceof TabmeshError ? error.code : undefined;
        if (signal?.aborted || code === undefined || !again.has(code) || clock.now() + RETRY_MS > deadline) throw error;
        await new Promise<void>((resolve) => clock.setTimeout(resolve, RETRY_MS));
      }
    }
  };
  return {
    put: (bytes) => retrying(CHAIN_IMAGE_PUT_PATIENCE_MS, NOT_ON_RING, () => dht.putContent(bytes, { replication: CHAIN_IMAGE_COPIES })),
    get: (key, signal) => retrying(CHAIN_IMAGE_GET_PATIENCE_MS, GET_AGAIN, () => dht.getContent(key, signal ? { signal } : {}), signal),
  };
}
