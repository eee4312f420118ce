/**
 * The content layer of the DHT: objects of any size up to MAX_CONTENT_BYTES, addressed by their
 * SHA-256. An object of at most one chunk is one content record under its hash; a larger one is
 * content-addressed chunks plus a manifest record under the hash of the whole object. Every byte
 * read back is verified against the hash that named it.
 *
 * The DHT service supplies the storage through ContentPort; this file only cuts, hashes,
 * schedules and checks.
 */
import { sha256 } from 'ethers';
import type { ContentOptions, ContentProgress, DhtKey } from './api.ts';
import { TabmeshError } from '../base/errors.ts';
import { isPeerId } from '../base/peer-id.ts';
import {
  CONTENT_CHUNK_BYTES,
  chunkCountFor,
  chunkLength,
  decodeManifest,
  encodeManifest,
  MANIFEST_VERSION,
  MAX_CONTENT_BYTES,
  type Manifest,
} from './manifest.ts';

/** What the content layer needs from the DHT service. */
export interface ContentPort {
  /** Stores a content record (flags: content) whose key is SHA-256 of `bytes`. */
  putChunk(key: DhtKey, bytes: Uint8Array, signal?: AbortSignal): Promise<void>;
  /** Stores a content record with the manifest flag (flags: content + manifest) under the whole object's hash. */
  putManifest(key: DhtKey, manifest: Uint8Array, signal?: AbortSignal): Promise<void>;
  /** The record's value and whether its manifest flag is set; rejects 'not-found' when no replica holds it. */
  getRecord(key: DhtKey, signal?: AbortSignal): Promise<{ value: Uint8Array; manifest: boolean }>;
}

/**
 * Chunk puts / gets in flight at once: enough to overlap a few routed round trips without one
 * object flooding the node's links (each chunk is ~3 data-channel messages per hop).
 */
export const CONTENT_PARALLELISM = 4;

export interface ContentChunk {
  key: DhtKey;
  /** A view into the object passed to splitForManifest: do not change it until the put is done. */
  bytes: Uint8Array;
}

export interface SplitContent {
  /** SHA-256 of the whole object; equals the manifest's `whole`. */
  whole: DhtKey;
  /** The encoded manifest (a record value). */
  manifest: Uint8Array;
  chunks: ContentChunk[];
}

/**
 * SHA-256 as 64 lowercase hex characters.
 *
 * Measured on 16 MiB (Node 22, x86-64): ethers `sha256` 8.6–9.2 ms in Node, but in browsers ethers
 * falls back to @noble/hashes, pure JS, 64–72 ms blocking the page; crypto.subtle.digest is native
 * in both (9.7–25.7 ms whole in Node, 342 chunks of 48 KiB in 7.6–16.6 ms when issued together)
 * and runs off the page's thread. So subtle where it exists; ethers where it does not (browsers
 * expose crypto.subtle only in secure contexts).
 */
export async function sha256Hex(bytes: Uint8Array): Promise<DhtKey> {
  const subtle = globalThis.crypto?.subtle;
  if (!subtle) return sha256(bytes).slice(2);
  const digest = new Uint8Array(await subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>));
  let hex = '';
  for (const b of digest) hex += HEX[b];
  return hex;
}

const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

/**
 * Cuts an object into chunks of CONTENT_CHUNK_BYTES keyed by their SHA-256 and builds its manifest.
 * Used by putContent and by owned puts of values larger than one record. 'oversized' over
 * MAX_CONTENT_BYTES.
 */
export async function splitForManifest(bytes: Uint8Array): Promise<SplitContent> {
  checkSize(bytes.length);
  const views = Array.from({ length: chunkCountFor(bytes.length) }, (_, i) =>
    bytes.subarray(i * CONTENT_CHUNK_BYTES, i * CONTENT_CHUNK_BYTES + CONTENT_CHUNK_BYTES),
  );
  const [whole, ...keys] = await Promise.all([sha256Hex(bytes), ...views.map(sha256Hex)]);
  const chunks = views.map((view, i) => ({ key: keys[i] as DhtKey, bytes: view }));
  const manifest: Manifest = { version: MANIFEST_VERSION, totalBytes: bytes.length, whole: whole as DhtKey, chunks: keys };
  return { whole: whole as DhtKey, manifest: encodeManifest(manifest), chunks };
}

/**
 * Stores `bytes` and returns its key, SHA-256 of the bytes. One content record when it fits one
 * chunk; else the chunks (CONTENT_PARALLELISM at a time, onProgress after each), then the
 * manifest last, so a manifest is never visible before its chunks.
 */
export async function putContent(bytes: Uint8Array, port: ContentPort, options: ContentOptions = {}): Promise<DhtKey> {
  const { signal } = options;
  checkSize(bytes.length);
  throwIfAborted(signal);
  if (bytes.length <= CONTENT_CHUNK_BYTES) {
    const key = await withAbort(sha256Hex(bytes), signal);
    await putChunks([{ key, bytes }], port, options);
    return key;
  }
  const split = await withAbort(splitForManifest(bytes), signal);
  await putChunks(split.chunks, port, options);
  await withAbort(port.putManifest(split.whole, split.manifest, signal), signal);
  return split.whole;
}

/**
 * Stores chunks from splitForManifest, CONTENT_PARALLELISM at a time, onProgress ('put') after
 * each; the first failure or an abort rejects at once. For owned puts, before the manifest record.
 */
export function putChunks(chunks: readonly ContentChunk[], port: ContentPort, options: ContentOptions = {}): Promise<void> {
  return forEachBounded(chunks, options, 'put', (chunk, signal) => port.putChunk(chunk.key, chunk.bytes, signal));
}

/**
 * The bytes whose SHA-256 is `key`, every chunk verified. Throws TabmeshError: 'hash-mismatch'
 * when a value, a chunk (named by index) or the whole object does not match its hash, or a
 * manifest's `whole` is not `key`; 'malformed' for a manifest that does not decode or chunks of
 * the wrong length; 'bad-field' for a key that is not 64 lowercase hex; whatever the port throws
 * ('not-found', 'timeout'…); 'aborted' (or the signal's TabmeshError reason) on abort.
 */
export async function getContent(key: DhtKey, port: ContentPort, options: ContentOptions = {}): Promise<Uint8Array> {
  const { signal } = options;
  if (!isPeerId(key)) throw new TabmeshError('bad-field', `content key ${key} is not 64 lowercase hex`);
  throwIfAborted(signal);
  const record = await withAbort(port.getRecord(key, signal), signal);
  if (!record.manifest) {
    const actual = await withAbort(sha256Hex(record.value), signal);
    if (actual !== key) throw new TabmeshError('hash-mismatch', `content ${key} holds bytes hashing to ${actual}`);
    report(options, 'get', 1, 1);
    return record.value;
  }
  const manifest = parseManifest(record.value, key);
  if (manifest.whole !== key) throw new TabmeshError('hash-mismatch', `manifest under ${key} describes ${manifest.whole}`);
  return assemble(manifest, port, options);
}

/**
 * A large owned value whose record value is a manifest: fetches and verifies its chunks, and the
 * whole against the manifest's own `whole` (an owned key says nothing about the bytes; the
 * record's signature vouches for the manifest). Errors as getContent.
 */
export async function assembleOwned(manifestBytes: Uint8Array, port: ContentPort, options: ContentOptions = {}): Promise<Uint8Array> {
  throwIfAborted(options.signal);
  return assemble(parseManifest(manifestBytes, 'owned value'), port, options);
}

function parseManifest(bytes: Uint8Array, what: string): Manifest {
  const decoded = decodeManifest(bytes);
  if (!decoded.ok) throw new TabmeshError('malformed', `manifest of ${what}: ${decoded.error.code}: ${decoded.error.message}`);
  return decoded.value;
}

async function assemble(manifest: Manifest, port: ContentPort, options: ContentOptions): Promise<Uint8Array> {
  const { signal } = options;
  const out = new Uint8Array(manifest.totalBytes);
  const indices = manifest.chunks.map((_, i) => i);
  await forEachBounded(indices, options, 'get', async (i, s) => {
    const key = manifest.chunks[i] as DhtKey;
    const record = await port.getRecord(key, s);
    if (record.manifest) throw new TabmeshError('malformed', `chunk ${i} (${key}) is itself a manifest`);
    const expected = chunkLength(manifest.totalBytes, i);
    if (record.value.length !== expected) {
      throw new TabmeshError('malformed', `chunk ${i} (${key}) holds ${record.value.length} bytes, not ${expected}`);
    }
    const actual = await sha256Hex(record.value);
    if (actual !== key) throw new TabmeshError('hash-mismatch', `chunk ${i} (${key}) holds bytes hashing to ${actual}`);
    out.set(record.value, i * CONTENT_CHUNK_BYTES);
  });
  // Every chunk matched its key, so this fails only for a manifest whose author lied about the whole.
  const actual = await withAbort(sha256Hex(out), signal);
  if (actual !== manifest.whole) throw new TabmeshError('hash-mismatch', `chunks of ${manifest.whole} assemble to ${actual}`);
  return out;
}

function checkSize(n: number): void {
  if (n > MAX_CONTENT_BYTES) throw new TabmeshError('oversized', `content of ${n} bytes exceeds ${MAX_CONTENT_BYTES}`);
}

function report(options: ContentOptions, phase: ContentProgress['phase'], done: number, total: number): void {
  options.onProgress?.({ phase, done, total });
}

function abortError(signal: AbortSignal): TabmeshError {
  return signal.reason instanceof TabmeshError ? signal.reason : new TabmeshError('aborted', 'content transfer aborted');
}

function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw abortError(signal);
}

/** Settles with `promise`, or rejects as soon as `signal` aborts (a port that ignores its signal cannot hold us). */
function withAbort<T>(promise: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return promise;
  if (signal.aborted) {
    promise.catch(() => {});
    return Promise.reject(abortError(signal));
  }
  return new Promise<T>((resolve, reject) => {
    const onAbort = (): void => reject(abortError(signal));
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(error);
      },
    );
  });
}

/**
 * Runs `work` over `items`, CONTENT_PARALLELISM at a time, reporting progress after each. The
 * first failure (or the caller's abort) rejects at once and aborts the work still in flight
 * through the signal each call gets; nothing new starts after it.
 */
function forEachBounded<T>(
  items: readonly T[],
  options: ContentOptions,
  phase: ContentProgress['phase'],
  work: (item: T, signal: AbortSignal) => Promise<void>,
): Promise<void> {
  const outer = options.signal;
  const inner = new AbortController();
  const total = items.length;
  return new Promise<void>((resolve, reject) => {
    let next = 0;
    let running = 0;
    let done = 0;
    let finished = false;
    const stop = (): boolean => {
      if (finished) return false;
      finished = true;
      outer?.removeEventListener('abort', onAbort);
      return true;
    };
    const succeed = (): void => {
      if (stop()) resolve();
    };
    const fail = (error: unknown): void => {
      if (!stop()) return;
      inner.abort(error);
      reject(error);
    };
    const onAbort = (): void => fail(abortError(outer as AbortSignal));
    const launch = (): void => {
      while (!finished && running < CONTENT_PARALLELISM && next < total) {
        const item = items[next++] as T;
        running++;
        withAbort(
          Promise.resolve().then(() => work(item, inner.signal)),
          inner.signal,
        ).then(() => {
          running--;
          if (finished) return;
          done++;
          try {
            report(options, phase, done, total);
          } catch (error) {
            return fail(error);
          }
          if (done === total) succeed();
          else launch();
        }, fail);
      }
    };
    if (outer?.aborted) return fail(abortError(outer));
    if (total === 0) return succeed();
    outer?.addEventListener('abort', onAbort, { once: true });
    launch();
  });
}
