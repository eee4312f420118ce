/**
 * Block images on the relay's disk, in front of the DHT: one file per image under `dir`, named by
 * its key (SHA-256 of the bytes, 64 lowercase hex digits), so the relay can serve them over HTTP
 * and to peers. Reads, the memory hold between fetch and acceptance, and keeping are
 * chain/kept-images.ts; this file is the shelf: atomic file writes (temporary file, fsync,
 * rename) and key checks, so no path can be smuggled in.
 *
 * Only images of accepted blocks are written (keep(), called when the chain accepts a block): a
 * fetched image waits in memory until then, so blocks that fail recognition — whose headers cost
 * little work when they fork off low on the chain — cannot fill the disk.
 */
import { mkdir, open, readdir, readFile, rename, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { TabmeshError } from '../node/base/errors.ts';
import { keptImages } from '../node/chain/kept-images.ts';
import type { ChainImages } from '../node/chain/storage.ts';
import type { Logger } from './process-lifecycle.ts';

export { PENDING_IMAGES } from '../node/chain/kept-images.ts';
const KEY = /^[0-9a-f]{64}$/;
const TEMP_SUFFIX = '.tmp';

export type DiskChainImages = Required<ChainImages>;

export function diskChainImages(dir: string, fallback: ChainImages, options: { logger?: Logger } = {}): DiskChainImages {
  let tempCounter = 0;
  let prepared: Promise<void> | undefined;

  /** Once: the directory exists and writes a crash cut short are gone. */
  const prepare = (): Promise<void> =>
    (prepared ??= (async () => {
      await mkdir(dir, { recursive: true });
      for (const name of await readdir(dir)) if (name.endsWith(TEMP_SUFFIX)) await unlink(join(dir, name)).catch(() => undefined);
    })().catch((error: unknown) => {
      prepared = undefined;
      throw error;
    }));

  return keptImages(
    {
      async read(key) {
        checkKey(key);
        try {
          return new Uint8Array(await readFile(join(dir, key)));
        } catch (error) {
          if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
          throw error;
        }
      },
      async write(key, bytes) {
        checkKey(key);
        await prepare();
        const temp = join(dir, `${key}.${process.pid}.${tempCounter++}${TEMP_SUFFIX}`);
        try {
          const file = await open(temp, 'w');
          try {
            await file.writeFile(bytes);
            await file.sync();
          } finally {
            await file.close();
          }
          await rename(temp, join(dir, key));
        } catch (error) {
          await unlink(temp).catch(() => undefined);
          throw error;
        }
      },
      onCorrupt(key) {
        options.logger?.warn(`chain: image file ${key} does not hash to its name; removed, it is fetched again`);
        void unlink(join(dir, key)).catch(() => undefined);
      },
    },
    fallback,
  );
}

/** A key names a file: only 64 lowercase hex digits. */
function checkKey(key: string): void {
  if (typeof key !== 'string' || !KEY.test(key)) throw new TabmeshError('bad-field', `image key ${JSON.stringify(String(key)).slice(0, 80)} is not 64 lowercase hex digits`);
}
