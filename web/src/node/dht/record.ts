/**
 * Stored records: their encoding (the dhtRecord declaration), the bytes an owner signs, and the
 * rules a node applies before storing one — content must hash to its key, an owned record must
 * carry its owner's signature, and only the owner's newer write replaces an owned value.
 */
import { sha256 } from 'ethers';
import { err, ok, type Result } from '../base/errors.ts';
import { peerIdBytes, type PeerId } from '../base/peer-id.ts';
import { MESSAGE_TYPE } from '../wire/constants.ts';
import { decodeFrame } from '../wire/frame.ts';
import { dhtRecord } from './messages.ts';
import type { ValuesOf } from '../wire/schema.ts';
import type { DhtKey } from './api.ts';
import { MAX_CLOCK_SKEW_MS } from './constants.ts';
import type { RecordSigner, RecordVerifier } from './types.ts';

export type DhtRecord = ValuesOf<typeof dhtRecord.fields>;

export const RECORD_FLAG = {
  /** No owner; the key is SHA-256 of the value (of the whole object, for a manifest). */
  content: 1,
  /** The value is a manifest of content chunks. */
  manifest: 2,
} as const;
const KNOWN_FLAGS = RECORD_FLAG.content | RECORD_FLAG.manifest;

export const NO_OWNER: PeerId = '0'.repeat(64);
export const SIGNATURE_BYTES = 65;
const NO_SIGNATURE = new Uint8Array(SIGNATURE_BYTES);

export function hashHex(bytes: Uint8Array): DhtKey {
  return sha256(bytes).slice(2);
}

export function isContent(r: DhtRecord): boolean {
  return (r.flags & RECORD_FLAG.content) !== 0;
}

export function isManifest(r: DhtRecord): boolean {
  return (r.flags & RECORD_FLAG.manifest) !== 0;
}

export function encodeRecord(r: DhtRecord): Uint8Array {
  return dhtRecord.encode(r);
}

/** Decodes untrusted bytes. Never throws. */
export function decodeRecord(bytes: Uint8Array): Result<DhtRecord> {
  const frame = decodeFrame(bytes);
  if (!frame.ok) return frame;
  if (frame.value.type !== MESSAGE_TYPE.dhtRecord) return err('unknown-type', `not a record: type ${frame.value.type}`);
  return dhtRecord.decodeBody(frame.value.body);
}

/** What an owner signs: every field but the signature, with the value as its hash. */
export function signedPayload(r: Omit<DhtRecord, 'signature'>): Uint8Array {
  const out = new Uint8Array(32 + 1 + 1 + 8 + 8 + 32 + 32);
  const view = new DataView(out.buffer);
  out.set(peerIdBytes(r.key), 0);
  view.setUint8(32, r.flags);
  view.setUint8(33, r.replication);
  view.setFloat64(34, r.seq);
  view.setFloat64(42, r.expiresAt);
  out.set(peerIdBytes(r.owner), 50);
  out.set(peerIdBytes(hashHex(r.value)), 82);
  return out;
}

export interface RecordSpec {
  key: DhtKey;
  value: Uint8Array;
  replication: number;
  expiresAt: number;
  /** The value is a manifest (of a large value). */
  manifest?: boolean;
}

export function contentRecord(spec: RecordSpec): DhtRecord {
  const flags = RECORD_FLAG.content | (spec.manifest ? RECORD_FLAG.manifest : 0);
  return { key: spec.key, flags, replication: spec.replication, seq: 0, expiresAt: spec.expiresAt, owner: NO_OWNER, signature: NO_SIGNATURE, value: spec.value };
}

export function ownedRecord(spec: RecordSpec & { seq: number }, signer: RecordSigner): DhtRecord {
  const unsigned = {
    key: spec.key,
    flags: spec.manifest ? RECORD_FLAG.manifest : 0,
    replication: spec.replication,
    seq: spec.seq,
    expiresAt: spec.expiresAt,
    owner: signer.id,
    value: spec.value,
  };
  return { ...unsigned, signature: signer.sign(signedPayload(unsigned)) };
}

/** Whether a record may be stored at all, on its own. */
export function checkRecord(r: DhtRecord, verify: RecordVerifier, now: number, maxTtlMs: number): Result<DhtRecord> {
  if ((r.flags & ~KNOWN_FLAGS) !== 0) return err('bad-field', `unknown record flags ${r.flags}`);
  if (!Number.isFinite(r.expiresAt) || r.expiresAt <= now) return err('expired', 'record already expired');
  if (r.expiresAt > now + maxTtlMs + MAX_CLOCK_SKEW_MS) return err('bad-field', 'record outlives the TTL cap');
  if (r.replication < 1) return err('bad-field', 'replication must be at least 1');
  if (isContent(r)) {
    if (r.owner !== NO_OWNER || r.signature.some((b) => b !== 0)) return err('bad-field', 'content records have no owner');
    // A manifest's key is the hash of the whole object; readers verify it after assembly.
    if (!isManifest(r) && hashHex(r.value) !== r.key) return err('hash-mismatch', 'content does not hash to its key');
    return ok(r);
  }
  if (!Number.isFinite(r.seq) || r.seq < 0) return err('bad-field', 'bad sequence number');
  if (verify(signedPayload(r), r.signature) !== r.owner) return err('bad-signature', 'record not signed by its owner');
  return ok(r);
}

/**
 * Whether `incoming` replaces `existing` under the same key: 'replace', 'keep' (nothing new), or
 * an error — another owner's key ('not-owner') or an older write ('stale').
 */
export function compareRecords(incoming: DhtRecord, existing: DhtRecord | undefined, now: number): Result<'replace' | 'keep'> {
  if (!existing || existing.expiresAt <= now) return ok('replace');
  if (isContent(existing) !== isContent(incoming)) return err('not-owner', 'key held by another kind of record');
  if (isContent(incoming)) return ok(incoming.expiresAt > existing.expiresAt ? 'replace' : 'keep');
  if (incoming.owner !== existing.owner) return err('not-owner', `key owned by ${existing.owner.slice(0, 8)}`);
  if (incoming.seq > existing.seq) return ok('replace');
  if (incoming.seq < existing.seq) return err('stale', 'an older write');
  if (hashHex(incoming.value) !== hashHex(existing.value)) return err('stale', 'same sequence, different value');
  return ok(incoming.expiresAt > existing.expiresAt ? 'replace' : 'keep');
}
