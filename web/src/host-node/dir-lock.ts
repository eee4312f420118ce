/**
 * One process per data directory: its key is its peer id, and two processes with one id would
 * fight over every link. A lock file holds the owner's pid; a stale one (its process gone) is
 * taken over.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export class DirLockedError extends Error {}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Locks `dir` for this process; the returned function releases it. Throws DirLockedError when another live process holds it. */
export function lockDir(dir: string, what: string): () => void {
  mkdirSync(dir, { recursive: true });
  const file = join(dir, 'lock');
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      writeFileSync(file, `${process.pid}\n`, { flag: 'wx' });
      return () => rmSync(file, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const pid = Number(readFileSync(file, 'utf8').trim());
      if (Number.isInteger(pid) && pid > 0 && pid !== process.pid && alive(pid)) {
        throw new DirLockedError(`${dir} is in use by another ${what} (pid ${pid}); give this one its own directory`);
      }
      rmSync(file, { force: true });
    }
  }
  throw new DirLockedError(`could not lock ${dir}`);
}
