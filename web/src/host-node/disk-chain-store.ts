/**
 * The relay's ChainStore: every accepted block in one append-only file, `blocks.log`, one record
 * per block in acceptance order, each appended with a single write and fsynced before save()
 * resolves. A record, big-endian:
 *
 *   size  field
 *   4     payload length n
 *   4     CRC-32 of the payload
 *   n     payload: u32 block length b, the block's bytes (block.ts), u8 label count c, then c times
 *         u16 length and the UTF-8 of a label recognition accepted for the block's image
 *
 * A crash mid-append leaves a torn last record, and a bad sector a record whose checksum fails:
 * load() keeps the records before the first bad one and truncates the file there, with a warning.
 * Blocks after that point (their children among them) are fetched from peers again by sync.
 * One process per data directory (dir-lock.ts) is the only lock needed.
 */
import { mkdir, open, readFile, type FileHandle } from 'node:fs/promises';
import { join } from 'node:path';
import { crc32 } from 'node:zlib';
import { decodeBlock, encodeBlock, MAX_BLOCK_BYTES } from '../node/chain/block.ts';
import { MAX_LABEL_BYTES } from '../node/chain/header.ts';
import type { ChainStore, StoredBlock } from '../node/chain/storage.ts';
import type { Logger } from './process-lifecycle.ts';

export const CHAIN_LOG_FILE = 'blocks.log';
const RECORD_HEADER_BYTES = 8;
/** Labels kept per block: the gate accepts the top 3; anything near this is not a record of ours. */
const MAX_LABELS = 32;
const MAX_PAYLOAD_BYTES = 4 + MAX_BLOCK_BYTES + 1 + MAX_LABELS * (2 + MAX_LABEL_BYTES);
const utf8 = new TextEncoder();
const fromUtf8 = new TextDecoder('utf-8', { fatal: true });

export interface DiskChainStore extends ChainStore {
  /** Closes the file; a later save opens it again. */
  close(): Promise<void>;
}

export function diskChainStore(dir: string, options: { logger?: Logger } = {}): DiskChainStore {
  const path = join(dir, CHAIN_LOG_FILE);
  const warn = (message: string): void => options.logger?.warn(message);
  let queue: Promise<unknown> = Promise.resolve();
  let handle: FileHandle | undefined;
  /** Bytes of whole records in the file, once it was read: appends go after them. */
  let size: number | undefined;

  /** Operations run one at a time, in call order. */
  const serial = <T>(operation: () => Promise<T>): Promise<T> => {
    const run = queue.then(operation);
    queue = run.catch(() => undefined);
    return run;
  };

  const scan = async (): Promise<StoredBlock[]> => {
    let bytes: Uint8Array;
    try {
      bytes = new Uint8Array(await readFile(path));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      size = 0;
      return [];
    }
    const stored: StoredBlock[] = [];
    let at = 0;
    while (at < bytes.length) {
      const record = readRecord(bytes, at);
      if ('problem' in record) {
        warn(`chain: ${path}: ${record.problem} at byte ${at} after ${stored.length} good records; dropped the last ${bytes.length - at} bytes (those blocks are fetched from peers again)`);
        await truncateTo(path, at);
        break;
      }
      stored.push(record.stored);
      at = record.next;
    }
    size = at;
    return stored;
  };

  const append = async (record: Uint8Array): Promise<void> => {
    if (size === undefined) await scan();
    if (!handle) {
      await mkdir(dir, { recursive: true });
      const created = size === 0;
      handle = await open(path, 'a');
      if (created) await syncDir(dir);
    }
    try {
      await handle.write(record);
      await handle.datasync();
      size! += record.length;
    } catch (error) {
      // A partial append (a full disk) would read as a corrupt record and cut every later one.
      await handle.truncate(size).catch(() => undefined);
      throw error;
    }
  };

  return {
    load: () => serial(scan),
    save: (stored) => serial(() => append(encodeRecord(stored))),
    close: () =>
      serial(async () => {
        const open = handle;
        handle = undefined;
        await open?.close();
      }),
  };
}

export function encodeRecord({ block, accepted }: StoredBlock): Uint8Array {
  const blockBytes = encodeBlock(block);
  // A label longer than a header's can never be a child's prevLabel: nothing is lost leaving it out.
  const labels = accepted.map((l) => utf8.encode(l)).filter((l) => l.length <= MAX_LABEL_BYTES).slice(0, MAX_LABELS);
  const payloadLength = 4 + blockBytes.length + 1 + labels.reduce((n, l) => n + 2 + l.length, 0);
  const out = new Uint8Array(RECORD_HEADER_BYTES + payloadLength);
  const view = new DataView(out.buffer);
  let at = RECORD_HEADER_BYTES;
  view.setUint32(at, blockBytes.length);
  out.set(blockBytes, (at += 4));
  out[(at += blockBytes.length)] = labels.length;
  at += 1;
  for (const label of labels) {
    view.setUint16(at, label.length);
    out.set(label, (at += 2));
    at += label.length;
  }
  view.setUint32(0, payloadLength);
  view.setUint32(4, crc32(out.subarray(RECORD_HEADER_BYTES)));
  return out;
}

/** The record at `at`, or why there is none: torn (cut short) or corrupt. */
function readRecord(bytes: Uint8Array, at: number): { stored: StoredBlock; next: number } | { problem: string } {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.length - at < RECORD_HEADER_BYTES) return { problem: 'a torn record header' };
  const length = view.getUint32(at);
  if (length > MAX_PAYLOAD_BYTES) return { problem: `a corrupt record (length ${length})` };
  const start = at + RECORD_HEADER_BYTES;
  if (bytes.length - start < length) return { problem: `a torn record (${bytes.length - start} of ${length} bytes)` };
  const payload = bytes.subarray(start, start + length);
  if (crc32(payload) !== view.getUint32(at + 4)) return { problem: 'a corrupt record (checksum)' };
  const stored = decodePayload(payload);
  return typeof stored === 'string' ? { problem: `a corrupt record (${stored})` } : { stored, next: start + length };
}

function decodePayload(payload: Uint8Array): StoredBlock | string {
  const view = new DataView(payload.buffer, payload.byteOffset, payload.byteLength);
  if (payload.length < 5) return 'too short';
  const blockLength = view.getUint32(0);
  if (4 + blockLength + 1 > payload.length) return 'block length';
  const block = decodeBlock(payload.subarray(4, 4 + blockLength));
  if (!block.ok) return `block: ${block.error.code}`;
  let at = 4 + blockLength;
  const count = payload[at++]!;
  const accepted: string[] = [];
  for (let i = 0; i < count; i++) {
    if (at + 2 > payload.length) return 'labels';
    const n = view.getUint16(at);
    if ((at += 2) + n > payload.length) return 'labels';
    try {
      accepted.push(fromUtf8.decode(payload.subarray(at, at + n)));
    } catch {
      return 'label not UTF-8';
    }
    at += n;
  }
  return at === payload.length ? { block: block.value, accepted } : 'trailing bytes';
}

async function truncateTo(path: string, length: number): Promise<void> {
  const file = await open(path, 'r+');
  try {
    await file.truncate(length);
    await file.sync();
  } finally {
    await file.close();
  }
}

/** A new file's directory entry survives a power loss only once the directory is synced. */
async function syncDir(dir: string): Promise<void> {
  const d = await open(dir, 'r');
  try {
    await d.sync();
  } catch {
    // Some filesystems refuse fsync on a directory; the file's own fsync still holds its bytes.
  } finally {
    await d.close();
  }
}
