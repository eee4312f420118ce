/** Job images as content in the DHT: stored by their SHA-256, read back verified and of the promised size. */
import { TabmeshError } from '../base/errors.ts';
import type { DhtApi } from '../dht/api.ts';
import type { JobImages } from './service.ts';

export function dhtImages(dht: Pick<DhtApi, 'putContent' | 'getContent'>): JobImages {
  return {
    put: (bytes) => dht.putContent(bytes),
    async get(key, bytes, signal) {
      const image = await dht.getContent(key, { signal });
      if (image.length !== bytes) throw new TabmeshError('hash-mismatch', `the image under ${key.slice(0, 8)} is ${image.length} bytes, the job says ${bytes}`);
      return image;
    },
  };
}
