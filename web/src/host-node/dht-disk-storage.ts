/**
 * The relay's DhtStorage: one file per key under a directory, named by the key's 64 lowercase hex
 * characters and holding the encoded record. Each save goes to a temporary file that is then
 * renamed over the record, so a crash leaves the old record or the new one, never half of one
 * (no fsync: after a power loss a record may be missing, which the ring's replicas repair).
 * Operations on one key run in call order, so a save followed by a remove never leaves the file.
 */
import type { Dirent } from 'node:fs';
import { mkdir, readdir, readFile, rename, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { DhtStorage } from '../node/dht/types.ts';
import { TabmeshError } from '../node/base/errors.ts';

const KEY_PATTERN = /^[0-9a-f]{64}$/;
const TEMP_SUFFIX = '.tmp';

export function dhtDiskStorage(dir: string): DhtStorage {
  /** key → the latest operation on it; later ones on the key wait for it. */
  const tails = new Map<string, Promise<void>>();
  let tempCounter = 0;

  const serialized = (key: string, operation: () => Promise<void>): Promise<void> => {
    const run = (tails.get(key) ?? Promise.resolve()).then(operation);
    const tail = run.catch(() => {});
    tails.set(key, tail);
    void tail.then(() => {
      if (tails.get(key) === tail) tails.delete(key);
    });
    return run;
  };

  return {
    async load(): Promise<Uint8Array[]> {
      let entries: Dirent[];
      try {
        entries = await readdir(dir, { withFileTypes: true });
      } catch (error) {
        if (isMissing(error)) return [];
        throw error;
      }
      const records: Uint8Array[] = [];
      for (const name of entries.filter((e) => e.isFile()).map((e) => e.name).sort()) {
        if (name.endsWith(TEMP_SUFFIX)) {
          // A save cut short by a crash: its record never replaced the old one.
          await unlink(join(dir, name)).catch(() => {});
          continue;
        }
        if (!KEY_PATTERN.test(name)) continue;
        try {
          records.push(new Uint8Array(await readFile(join(dir, name))));
        } catch (error) {
          if (!isMissing(error)) throw error; // removed since readdir
        }
      }
      return records;
    },

    save(key: string, encoded: Uint8Array): Promise<void> {
      const bad = keyError(key);
      if (bad) return Promise.reject(bad);
      const bytes = Uint8Array.from(encoded); // the caller may reuse its buffer once we return
      return serialized(key, async () => {
        await mkdir(dir, { recursive: true });
        const temp = join(dir, `${key}.${process.pid}.${tempCounter++}${TEMP_SUFFIX}`);
        try {
          await writeFile(temp, bytes);
          await rename(temp, join(dir, key));
        } catch (error) {
          await unlink(temp).catch(() => {});
          throw error;
        }
      });
    },

    remove(key: string): Promise<void> {
      const bad = keyError(key);
      if (bad) return Promise.reject(bad);
      return serialized(key, async () => {
        try {
          await unlink(join(dir, key));
        } catch (error) {
          if (!isMissing(error)) throw error;
        }
      });
    },
  };
}

/** A key names a file: only the DHT's 64 lowercase hex characters, so no path can be smuggled in. */
function keyError(key: string): TabmeshError | undefined {
  if (typeof key === 'string' && KEY_PATTERN.test(key)) return undefined;
  return new TabmeshError('bad-field', `DHT key ${JSON.stringify(key).slice(0, 80)} is not 64 lowercase hex characters`);
}

function isMissing(error: unknown): boolean {
  return (error as { code?: unknown } | null)?.code === 'ENOENT';
}
