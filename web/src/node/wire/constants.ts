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
  // 1300–1329: the paid job pipeline (seed 000's BINT, TRSC, BTCR, TRAN and what Tabmesh adds).
  jobSubmit: 1300,
  jobAck: 1301,
  jobTrsc: 1302,
  jobProgress: 1303,
  jobBtcr: 1304,
  jobTran: 1305,
  jobTrdn: 1306,
  jobRefuse: 1307,
  jobReplicate: 1308,
  jobReplicated: 1309,
  jobLease: 1310,
  jobQuery: 1311,
  jobStatus: 1312,
  jobMail: 1313,
  jobMailed: 1314,
  // 1400–1407: the Photoblocks chain's sync (chain/messages.ts)
  chainTip: 1400,
  chainGetHeaders: 1401,
  chainHeaders: 1402,
  chainGetBlock: 1403,
  chainBlock: 1404,
  chainNotFound: 1405,
  chainGetImage: 1406,
  chainImagePart: 1407,
} as const;

/**
 * Sent in `hello`; a peer with another version is refused before anything else is decoded.
 * 2: rumours carry their origin's signature.
 */
export const PROTOCOL_VERSION = 2;

/** Keep data-channel messages at most this big: larger ones break Node (libwebrtc) interop. */
export const MAX_CHANNEL_MESSAGE_BYTES = 16 * 1024;

/** Bounds one peerTable frame: 512 entries × 51 bytes ≈ 26 KiB, well inside one frame. */
export const MAX_PEER_TABLE_ENTRIES = 512;
/** peerTable latencyUs when the sender has not measured the peer. */
export const UNKNOWN_LATENCY_US = 0xffff_ffff;
/** peerTable downBps / upBps when the sender has not measured the peer. */
export const UNKNOWN_BPS = 0;

export const SHA256_BYTES = 32;
/** chunkData carries transferId u32 and index u16 besides the header. */
export const CHUNK_DATA_OVERHEAD_BYTES = FRAME_HEADER_BYTES + FIELD_BYTES.u32 + FIELD_BYTES.u16;
export const MAX_CHUNK_DATA_BYTES = MAX_FRAME_BYTES - CHUNK_DATA_OVERHEAD_BYTES;
/** So that every chunkData frame travels as exactly one data-channel message. */
export const DEFAULT_CHUNK_BYTES = MAX_CHANNEL_MESSAGE_BYTES - CHUNK_DATA_OVERHEAD_BYTES;
/** speedData carries testId u32 besides the header. */
export const MAX_SPEED_DATA_BYTES = MAX_FRAME_BYTES - FRAME_HEADER_BYTES - FIELD_BYTES.u32;

/** Images and blocks fit; one peer cannot make an assembler hold more than this per transfer. */
export const DEFAULT_MAX_PAYLOAD_BYTES = 16 * 1024 * 1024;
/** Bounds assembler memory to maxTransfers × maxPayloadBytes per link. */
export const DEFAULT_MAX_TRANSFERS = 8;
/** A transfer with no chunk for this long is dropped (a stalled or abandoned sender). */
export const DEFAULT_TRANSFER_TIMEOUT_MS = 30_000;
