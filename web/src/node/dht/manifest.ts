/**
 * The manifest of a large DHT value: values bigger than one record are cut into
 * content-addressed chunks of CONTENT_CHUNK_BYTES, each stored under its own SHA-256, and a
 * manifest listing them (in order) is stored under the SHA-256 of the whole object — or, for a
 * large owned value, as the owned record's value.
 *
 * Declared with the wire DSL, so the encoding is a frame `size u16 | type u16 | body` whose type
 * doubles as a magic number. Decoding takes untrusted bytes and returns a Result; it never throws.
 */
import type { DhtKey } from './api.ts';
import { err, ok, TabmeshError, type Result } from '../base/errors.ts';
import { isPeerId } from '../base/peer-id.ts';
import { DEFAULT_MAX_PAYLOAD_BYTES, FIELD_BYTES, LENGTH_PREFIX_BYTES, MESSAGE_TYPE, PEER_ID_BYTES } from '../wire/constants.ts';
import { MAX_DHT_INLINE_VALUE_BYTES } from './messages.ts';
import { decodeFrame, FRAME_HEADER_BYTES } from '../wire/frame.ts';
import { defineMessage, list, peerId, u32, u8 } from '../wire/schema.ts';

/**
 * Frame type of an encoded manifest. Not in MESSAGE_TYPE and not a peer message: a manifest
 * never travels alone as a frame, only as the value of a dhtRecord (checked below not to clash).
 */
export const MANIFEST_TYPE = 1211;
/** Bumped when the layout changes; a manifest of another version is refused as 'malformed'. */
export const MANIFEST_VERSION = 1;
/** The largest object putContent accepts: the same bound as a chunked payload on a link. */
export const MAX_CONTENT_BYTES = DEFAULT_MAX_PAYLOAD_BYTES;
/**
 * Bytes per chunk: a round 48 KiB that fits one record's inline value (about 63.8 KiB) with
 * room to spare, so a chunk record always fits in one dhtRoute / dhtResult frame.
 */
export const CONTENT_CHUNK_BYTES = 48 * 1024;
/** ceil(16 MiB / 48 KiB) = 342 chunks, so a full manifest is about 11 KB. */
export const MAX_MANIFEST_CHUNKS = Math.ceil(MAX_CONTENT_BYTES / CONTENT_CHUNK_BYTES);
/** The encoded size of a manifest with the most chunks: header, version, totalBytes, whole, list. */
export const MAX_MANIFEST_BYTES =
  FRAME_HEADER_BYTES + FIELD_BYTES.u8 + FIELD_BYTES.u32 + PEER_ID_BYTES + LENGTH_PREFIX_BYTES + MAX_MANIFEST_CHUNKS * PEER_ID_BYTES;

if (CONTENT_CHUNK_BYTES > MAX_DHT_INLINE_VALUE_BYTES) {
  throw new TabmeshError('oversized', `CONTENT_CHUNK_BYTES ${CONTENT_CHUNK_BYTES} exceeds one record (${MAX_DHT_INLINE_VALUE_BYTES})`);
}
if (MAX_MANIFEST_BYTES > MAX_DHT_INLINE_VALUE_BYTES) {
  throw new TabmeshError('oversized', `a full manifest (${MAX_MANIFEST_BYTES} bytes) exceeds one record`);
}
if ((Object.values(MESSAGE_TYPE) as number[]).includes(MANIFEST_TYPE)) {
  throw new TabmeshError('bad-field', `MANIFEST_TYPE ${MANIFEST_TYPE} clashes with a peer message type`);
}

export const manifestMessage = defineMessage({
  type: MANIFEST_TYPE,
  name: 'dhtManifest',
  fields: [
    ['version', u8],
    ['totalBytes', u32],
    /** SHA-256 of all the bytes, as 64 hex characters (32 bytes on the wire, like a peer id). */
    ['whole', peerId],
    /** SHA-256 of each chunk, in order; chunk i holds bytes [i·CONTENT_CHUNK_BYTES, …). */
    ['chunks', list(peerId, MAX_MANIFEST_CHUNKS)],
  ],
});

export interface Manifest {
  version: number;
  totalBytes: number;
  whole: DhtKey;
  chunks: readonly DhtKey[];
}

/** Chunks an object of `totalBytes` is cut into (0 for an empty object). */
export function chunkCountFor(totalBytes: number): number {
  return Math.ceil(totalBytes / CONTENT_CHUNK_BYTES);
}

/** Length of chunk `index` of an object of `totalBytes`: full chunks, then the remainder. */
export function chunkLength(totalBytes: number, index: number): number {
  return Math.min(CONTENT_CHUNK_BYTES, totalBytes - index * CONTENT_CHUNK_BYTES);
}

/** Throws TabmeshError ('bad-field' | 'oversized') on a manifest our own code built wrong. */
export function encodeManifest(manifest: Manifest): Uint8Array {
  const problem = checkManifest(manifest);
  if (problem) throw problem;
  return manifestMessage.encode(manifest);
}

/**
 * Decodes an untrusted manifest (a whole frame). Wire errors keep their codes ('truncated',
 * 'trailing-bytes', 'bad-field' for a list over MAX_MANIFEST_CHUNKS, 'oversized' for more than
 * one frame); a frame of another type is 'unknown-type'; totalBytes over MAX_CONTENT_BYTES is
 * 'oversized'; another version or a chunk count that does not match totalBytes is 'malformed'.
 */
export function decodeManifest(bytes: Uint8Array): Result<Manifest> {
  const frame = decodeFrame(bytes);
  if (!frame.ok) return frame;
  if (frame.value.type !== MANIFEST_TYPE) return err('unknown-type', `frame type ${frame.value.type} is not a manifest`);
  const body = manifestMessage.decodeBody(frame.value.body);
  if (!body.ok) return body;
  const manifest: Manifest = { ...body.value };
  const problem = checkManifest(manifest);
  return problem ? { ok: false, error: problem } : ok(manifest);
}

function checkManifest(m: Manifest): TabmeshError | undefined {
  if (m.version !== MANIFEST_VERSION) return new TabmeshError('malformed', `manifest version ${m.version} is not ${MANIFEST_VERSION}`);
  if (!Number.isInteger(m.totalBytes) || m.totalBytes < 0) return new TabmeshError('bad-field', `manifest totalBytes ${m.totalBytes}`);
  if (m.totalBytes > MAX_CONTENT_BYTES) {
    return new TabmeshError('oversized', `manifest of ${m.totalBytes} bytes exceeds ${MAX_CONTENT_BYTES}`);
  }
  const expected = chunkCountFor(m.totalBytes);
  if (m.chunks.length !== expected) {
    return new TabmeshError('malformed', `manifest of ${m.totalBytes} bytes lists ${m.chunks.length} chunks, not ${expected}`);
  }
  // Decoded keys are always well formed; this guards the encoder against a bad key.
  if (!isPeerId(m.whole) || !m.chunks.every(isPeerId)) return new TabmeshError('bad-field', 'manifest key is not 64 hex');
  return undefined;
}
