/** The DHT's messages: routed requests and their results, ring maintenance, stored records. */
import { FRAME_HEADER_BYTES, MAX_FRAME_BYTES } from '../wire/frame.ts';
import { FIELD_BYTES, MESSAGE_TYPE, PEER_ID_BYTES } from '../wire/constants.ts';
import { defineRegistry, type RegistryMessage } from '../wire/registry.ts';
import { bytes, defineMessage, f64, list, peerId, rest, u32, u8 } from '../wire/schema.ts';

/** A DHT key: 32 bytes, the same space as peer ids (SHA-256). */
export const DHT_KEY_BYTES = 32;
/** Successors a ring query answer carries: enough for any replication factor we allow. */
export const MAX_DHT_SUCCESSORS = 16;
/** dhtRoute carries rid, key, hops, deliver and op besides the header. */
export const DHT_ROUTE_OVERHEAD_BYTES = FRAME_HEADER_BYTES + FIELD_BYTES.u32 + DHT_KEY_BYTES + 3;
export const MAX_DHT_ROUTE_BODY_BYTES = MAX_FRAME_BYTES - DHT_ROUTE_OVERHEAD_BYTES;
/** dhtResult carries rid, code, hops and the answering node besides the header. */
export const DHT_RESULT_OVERHEAD_BYTES = FRAME_HEADER_BYTES + FIELD_BYTES.u32 + 2 + PEER_ID_BYTES;
export const MAX_DHT_RESULT_BODY_BYTES = MAX_FRAME_BYTES - DHT_RESULT_OVERHEAD_BYTES;
/** A signed record: key, flags, replication, seq, expiresAt, owner and signature besides the header. */
export const DHT_RECORD_OVERHEAD_BYTES = FRAME_HEADER_BYTES + DHT_KEY_BYTES + 1 + 1 + 8 + 8 + PEER_ID_BYTES + 65;
/**
 * The largest value a record holds inline, so a record fits in a dhtRoute or dhtResult body.
 * Larger values are stored as content-addressed chunks plus a manifest record.
 */
export const MAX_DHT_INLINE_VALUE_BYTES = Math.min(MAX_DHT_ROUTE_BODY_BYTES, MAX_DHT_RESULT_BODY_BYTES) - DHT_RECORD_OVERHEAD_BYTES;

/**
 * A DHT request routed hop by hop towards the successor of `key` (Chord's recursive lookup). Each
 * hop keeps the reverse path under its own `rid`. `deliver` = 1: the sender believes the receiver
 * is the key's successor, so the receiver handles it instead of routing further. Keys travel as
 * 32 bytes and decode to 64 hex characters, like peer ids: they share the ring.
 */
export const dhtRoute = defineMessage({
  type: MESSAGE_TYPE.dhtRoute,
  name: 'dhtRoute',
  fields: [['rid', u32], ['key', peerId], ['hops', u8], ['deliver', u8], ['op', u8], ['body', rest(MAX_DHT_ROUTE_BODY_BYTES)]],
});

/** The answer to a dhtRoute, back along the reverse path. code: 0 ok, else errorCodeToWire + 1. */
export const dhtResult = defineMessage({
  type: MESSAGE_TYPE.dhtResult,
  name: 'dhtResult',
  fields: [['rid', u32], ['code', u8], ['hops', u8], ['node', peerId], ['body', rest(MAX_DHT_RESULT_BODY_BYTES)]],
});

/** Stabilisation: asks a linked neighbour for its predecessor and successor list. */
export const dhtRingQuery = defineMessage({ type: MESSAGE_TYPE.dhtRingQuery, name: 'dhtRingQuery', fields: [['rid', u32]] });

export const dhtRing = defineMessage({
  type: MESSAGE_TYPE.dhtRing,
  name: 'dhtRing',
  fields: [['rid', u32], ['predecessor', list(peerId, 1)], ['successors', list(peerId, MAX_DHT_SUCCESSORS)]],
});

/** Chord's notify: the sender believes it is the receiver's predecessor. */
export const dhtNotify = defineMessage({ type: MESSAGE_TYPE.dhtNotify, name: 'dhtNotify', fields: [] });

/** A graceful leave: the sender's predecessor and successors, so its neighbours close the gap. */
export const dhtLeave = defineMessage({
  type: MESSAGE_TYPE.dhtLeave,
  name: 'dhtLeave',
  fields: [['predecessor', list(peerId, 1)], ['successors', list(peerId, MAX_DHT_SUCCESSORS)]],
});

/**
 * A stored record, carried inside dhtRoute / dhtResult bodies (never alone on a link). flags: bit 0
 * content-addressed (no owner, key = SHA-256 of the value, or of the whole object for a manifest),
 * bit 1 the value is a manifest of chunks. Owned records carry the owner's id and a signature
 * over everything but the signature; seq orders the owner's writes.
 */
export const dhtRecord = defineMessage({
  type: MESSAGE_TYPE.dhtRecord,
  name: 'dhtRecord',
  fields: [
    ['key', peerId],
    ['flags', u8],
    ['replication', u8],
    ['seq', f64],
    ['expiresAt', f64],
    ['owner', peerId],
    ['signature', bytes(65)],
    ['value', rest(MAX_DHT_INLINE_VALUE_BYTES)],
  ],
});

/** Link messages only: dhtRecord travels inside dhtRoute and dhtResult bodies, never alone. */
export const DHT_MESSAGES = defineRegistry('dht', { dhtRoute, dhtResult, dhtRingQuery, dhtRing, dhtNotify, dhtLeave });
export type DhtMessage = RegistryMessage<typeof DHT_MESSAGES>;
export type DhtKind = DhtMessage['kind'];
export type DhtMessageOf<K extends DhtKind> = Extract<DhtMessage, { kind: K }>;
