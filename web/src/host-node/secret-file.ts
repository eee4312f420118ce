import { randomBytes } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';

/** 32 random bytes: HMAC-SHA1 keys gain nothing from more. */
const SECRET_BYTES = 32;

/**
 * The TURN REST shared secret: `TURN_SECRET` when set, else a secret generated once and kept in
 * `path` (mode 0600) so the signaling server and relays on one machine agree across restarts.
 */
export async function loadOrCreateSecret(fromEnv: string | undefined, path: string): Promise<string> {
  const given = fromEnv?.trim();
  if (given) return given;
  try {
    const stored = (await readFile(path, 'utf8')).trim();
    if (stored.length >= 16) return stored;
  } catch {
    // no secret yet
  }
  const secret = randomBytes(SECRET_BYTES).toString('base64url');
  await mkdir(dirname(path), { recursive: true });
  try {
    // 'wx': if another process created the file since we looked, keep theirs so both agree.
    await writeFile(path, secret + '\n', { mode: 0o600, flag: 'wx' });
    return secret;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    return (await readFile(path, 'utf8')).trim();
  }
}
