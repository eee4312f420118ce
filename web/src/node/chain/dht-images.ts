/**
 * Block images as content in the DHT, under their SHA-256 (the header's imageKey), with the last
 * few this node published or read kept in memory: a miner serves its own image at once, and a
 * node validating a block on two branches fetches it once. Reads wait a while for the ring: a
 * block can arrive before the copies of its image settled.
 */
import { systemClock, type Clock } from '../base/clock.ts';
import { TabmeshError } from '../base/errors.ts';
import type { DhtApi } from '../dht/api.ts';
import type { ChainImages } from './storage.ts';

/** Copies of a block image: the successor and two more. */
export const CHAIN_IMAGE_COPIES = 3;
const PATIENCE_MS = 20_000;
const RETRY_MS = 500;
const RETRYABLE = new Set(['no-route', 'timeout', 'closed', 'at-capacity', 'not-found']);
const CACHED_IMAGES = 16;

export function dhtChainImages(dht: Pick<DhtApi, 'putContent' | 'getContent'>, clock: Clock = systemClock): ChainImages {
  const cache = new Map<string, Uint8Array>();
  const remember = (key: string, bytes: Uint8Array): void => {
    cache.delete(key);
    cache.set(key, bytes);
    if (cache.size > CACHED_IMAGES) cache.delete(cache.keys().next().value!);
  };
  const retrying = async <T>(attempt: () => Promise<T>, signal?: AbortSignal): Promise<T> => {
    const deadline = clock.now() + PATIENCE_MS;
    for (;;) {
      try {
        return await attempt();
      } catch (error) {
        const code = error instanceof TabmeshError ? error.code : undefined;
        if (signal?.aborted || code === undefined || !RETRYABLE.has(code) || clock.now() + RETRY_MS > deadline) throw error;
        await new Promise<void>((resolve) => clock.setTimeout(resolve, RETRY_MS));
      }
    }
  };
  return {
    async put(bytes) {
      const key = await retrying(() => dht.putContent(bytes, { replication: CHAIN_IMAGE_COPIES, republish: true }));
      remember(key, bytes);
      return key;
    },
    async get(key, signal) {
      const cached = cache.get(key);
      if (cached) return cached;
      const bytes = await retrying(() => dht.getContent(key, signal ? { signal } : {}), signal);
      remember(key, bytes);
      return bytes;
    },
  };
}
