/** The relay's persistent state on disk: its key (so its peer id survives restarts) and its peer table. */
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Identity } from '../node/peers/identity.ts';
import type { PeerTableSnapshot } from '../node/peers/peer-table.ts';
import type { NodeStorage } from '../node/peers/ports.ts';

export async function loadOrCreateIdentity(dir: string): Promise<Identity> {
  const path = join(dir, 'identity.key');
  try {
    return Identity.fromPrivateKey((await readFile(path, 'utf8')).trim());
  } catch {
    const identity = Identity.generate();
    await mkdir(dir, { recursive: true });
    await writeFile(path, identity.exportPrivateKey() + '\n', { mode: 0o600 });
    return identity;
  }
}

/** Written to a temporary file and renamed, so a crash never leaves half a table. */
export function diskStorage(dir: string): NodeStorage {
  const path = join(dir, 'peer-table.json');
  return {
    loadPeerTable: async () => {
      try {
        const value: unknown = JSON.parse(await readFile(path, 'utf8'));
        const ok = typeof value === 'object' && value !== null && (value as { version?: unknown }).version === 1;
        return ok && Array.isArray((value as { entries?: unknown }).entries) ? (value as PeerTableSnapshot) : undefined;
      } catch {
        return undefined;
      }
    },
    savePeerTable: async (snapshot) => {
      await mkdir(dir, { recursive: true });
      await writeFile(`${path}.tmp`, JSON.stringify(snapshot));
      await rename(`${path}.tmp`, path);
    },
  };
}
