import { FRAME_HEADER_BYTES, MAX_FRAME_BYTES } from './frame.ts';

/** Bytes of each fixed-size field kind on the wire. */
export const FIELD_BYTES = { u8: 1, u16: 2, u32: 4, f64: 8 } as const;
/** varBytes, str and list carry a u16 length or count in front. */
export const LENGTH_PREFIX_BYTES = FIELD_BYTES.u16;
export const MAX_U8 = 0xff;
export const MAX_U16 = 0xffff;
export const MAX_U32 = 0xffff_ffff;
/** A peer id travels as its 32 raw bytes, not as 64 hex characters. */
export const PEER_ID_BYTES = 32;

/** Every frame type number, in one table so no two layers can claim the same number. */
export const MESSAGE_TYPE = {
  // 500–503: course gossip API (PROTOCOLS.md §1), spoken byte for byte on the relay gateway; later issue.
  gossipAnnounce: 500,
  gossipNotify: 501,
  gossipNotification: 502,
  gossipValidation: 503,
  // 650–653: course DHT API (PROTOCOLS.md §2), spoken byte for byte on the relay gateway; later issue.
  dhtPut: 650,
  dhtGet: 651,
  dhtSuccess: 652,
  dhtFailure: 653,
  // 1000+: Tabmesh peer messages, clear of every seed range.
  // 1000–1009: link session.
  hello: 1000,
  bye: 1001,
  ping: 1002,
  pong: 1003,
  // 1010–1019: peer table exchange (seed 002).
  peerTable: 1010,
  // 1020–1029: speed test over the real channel (seed 002 measured local work; we measure bytes moved).
  speedRequest: 1020,
  speedData: 1021,
  speedReport: 1022,
  // 1030–1039: chunked transfer of payloads larger than one frame.
  chunkStart: 1030,
  chunkData: 1031,
  // 1040–1049: errors sent as stable codes.
  error: 1040,
  // 1050–1059: mail sent through a relay's mail gateway.
  mailSend: 1050,
  mailResult: 1051,
  // 1100–1109: push-pull peer sampling (seed 004's Push / Pull / Response, with peer ids).
  gossipPush: 1100,
  gossipPull: 1101,
  gossipResponse: 1102,
  // 1110–1119: pub/sub rumours and anti-entropy (digests of recent message ids).
  rumor: 1110,
  ihave: 1111,
  iwant: 1112,
  // 1120–1129: WebRTC signaling carried over the mesh.
  meshSignal: 1120,
  // 1200–1219: Chord DHT — routed requests and their results, ring maintenance, stored records.
  dhtRoute: 1200,
  dhtResult: 1201,
  dhtRingQuery: 1202,
  dhtRing: 1203,
  dhtNotify: 1204,
  dhtLeave: 1205,
  /** Never a frame on a link by itself: the encoding of a stored record, carried inside others. */
  dhtRecord: 1210,
} as const;

/** Sent in `hello`; a peer with another version is refused before anything else is decoded. */
export const PROTOCOL_VERSION = 1;

/** Keep data-channel messages at most this big: larger ones break Node (libwebrtc) interop. */
export const MAX_CHANNEL_MESSAGE_BYTES = 16 * 1024;

/** Bounds one peerTable frame: 512 entries × 51 bytes ≈ 26 KiB, well inside one frame. */
export const MAX_PEER_TABLE_ENTRIES = 512;
/** peerTable latencyUs when the sender has not measured the peer. */
export const UNKNOWN_LATENCY_US = 0xffff_ffff;
/** peerTable downBps / upBps when the sender has not measured the peer. */
export const UNKNOWN_BPS = 0;

export const SHA256_BYTES = 32;
/** A rumour's id: 16 random bytes, so ids of different origins never collide in practice. */
export const RUMOR_ID_BYTES = 16;
/** Descriptors per push / response: the partial view is smaller than this. */
export const MAX_VIEW_ENTRIES = 64;
/** Ids per ihave / iwant digest. */
export const MAX_DIGEST_IDS = 512;
/** rumor carries id, origin, ttl, hops and dataType besides the header. */
export const RUMOR_OVERHEAD_BYTES = FRAME_HEADER_BYTES + RUMOR_ID_BYTES + PEER_ID_BYTES + 1 + 1 + 2;
export const MAX_RUMOR_DATA_BYTES = MAX_FRAME_BYTES - RUMOR_OVERHEAD_BYTES;
/** A signed SignalEnvelope as JSON: SDP up to 16 KiB plus ids, session and signature. */
export const MAX_MESH_SIGNAL_BYTES = 20 * 1024;
/** RFC 5321 path limit. */
export const MAX_MAIL_ADDRESS_BYTES = 254;
export const MAX_MAIL_SUBJECT_BYTES = 998;
/** A translated text fits easily; anything bigger is not mail a relay should carry. */
export const MAX_MAIL_TEXT_BYTES = 32 * 1024;
/** chunkData carries transferId u32 and index u16 besides the header. */
export const CHUNK_DATA_OVERHEAD_BYTES = FRAME_HEADER_BYTES + FIELD_BYTES.u32 + FIELD_BYTES.u16;
export const MAX_CHUNK_DATA_BYTES = MAX_FRAME_BYTES - CHUNK_DATA_OVERHEAD_BYTES;
/** So that every chunkData frame travels as exactly one data-channel message. */
export const DEFAULT_CHUNK_BYTES = MAX_CHANNEL_MESSAGE_BYTES - CHUNK_DATA_OVERHEAD_BYTES;
/** speedData carries testId u32 besides the header. */
export const MAX_SPEED_DATA_BYTES = MAX_FRAME_BYTES - FRAME_HEADER_BYTES - FIELD_BYTES.u32;

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

/** Images and blocks fit; one peer cannot make an assembler hold more than this per transfer. */
export const DEFAULT_MAX_PAYLOAD_BYTES = 16 * 1024 * 1024;
/** Bounds assembler memory to maxTransfers × maxPayloadBytes per link. */
export const DEFAULT_MAX_TRANSFERS = 8;
/** A transfer with no chunk for this long is dropped (a stalled or abandoned sender). */
export const DEFAULT_TRANSFER_TIMEOUT_MS = 30_000;
