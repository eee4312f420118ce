/** Job images as content in the DHT: stored by their SHA-256, read back verified and of the promised size. */
import { systemClock, type Clock } from '../base/clock.ts';
import { TabmeshError } from '../base/errors.ts';
import type { DhtApi } from '../dht/api.ts';
import type { JobImages } from './service.ts';

/**
 * Storing the image waits this long for the ring: a tab that just opened may not be on it yet,
 * and a node that crashed is only dropped after its link fails three probes (~15-20 s) and the
 * ring stabilises around it; until then puts that reach it time out.
 */
export const IMAGE_PUT_PATIENCE_MS = 60_000;
const RETRY_MS = 500;
/**
 * Copies of a job image: the key's successor and two more, so any one crash leaves two while the
 * ring repairs. An image is needed for minutes and its requester holds the bytes (and republishes
 * them); the DHT's default of 4 makes every chunk's chain of copies a hop longer.
 */
export const IMAGE_COPIES = 3;
/** What a node not yet (or no longer) on the ring gets; anything else is final. */
const NOT_ON_RING = new Set(['no-route', 'timeout', 'closed', 'at-capacity']);
/** Reading, also a record not found yet: its successor may have died and the copies not moved yet. */
const GET_AGAIN = new Set([...NOT_ON_RING, 'not-found']);
/** Reading an image waits this long for the ring to heal (a crashed node is dropped in ~15-20 s). */
export const IMAGE_GET_PATIENCE_MS = 45_000;

export function dhtImages(dht: Pick<DhtApi, 'putContent' | 'getContent'>, clock: Clock = systemClock): JobImages {
  return {
    async put(bytes) {
      const deadline = clock.now() + IMAGE_PUT_PATIENCE_MS;
      for (;;) {
        try {
          return await dht.putContent(bytes, { replication: IMAGE_COPIES });
        } catch (error) {
          const code = error instanceof TabmeshError ? error.code : undefined;
          if (code === undefined || !NOT_ON_RING.has(code) || clock.now() + RETRY_MS > deadline) throw error;
          await new Promise<void>((resolve) => clock.setTimeout(resolve, RETRY_MS));
        }
      }
    },
    async get(key, bytes, signal) {
      // A worker reading right after a crash may route into the dead node, or ask a successor
      // before the ring's repair reached it: it keeps trying (heartbeats hold its assignment)
      // rather than handing the broker a failed attempt.
      const deadline = clock.now() + IMAGE_GET_PATIENCE_MS;
      for (;;) {
        try {
          const image = await dht.getContent(key, { signal });
          if (image.length !== bytes) throw new TabmeshError('hash-mismatch', `the image under ${key.slice(0, 8)} is ${image.length} bytes, the job says ${bytes}`);
          return image;
        } catch (error) {
          const code = error instanceof TabmeshError ? error.code : undefined;
          if (signal.aborted || code === undefined || !GET_AGAIN.has(code) || clock.now() + RETRY_MS > deadline) throw error;
          await new Promise<void>((resolve) => clock.setTimeout(resolve, RETRY_MS));
        }
      }
    },
  };
}
