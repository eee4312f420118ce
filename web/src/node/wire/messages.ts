/**
 * The Tabmesh peer messages, each declared once, and the registry that decodes any frame into a
 * discriminated union keyed by `kind` (the declaration's name).
 */
import { ERROR_CODES, err, ok, TabmeshError, type ErrorCode, type Result } from '../base/errors.ts';
import {
  MAX_CHUNK_DATA_BYTES,
  MAX_PEER_TABLE_ENTRIES,
  MAX_SPEED_DATA_BYTES,
  MESSAGE_TYPE,
  SHA256_BYTES,
  MAX_MAIL_ADDRESS_BYTES,
  MAX_MAIL_SUBJECT_BYTES,
  MAX_MAIL_TEXT_BYTES,
  MAX_DIGEST_IDS,
  MAX_MESH_SIGNAL_BYTES,
  MAX_RUMOR_DATA_BYTES,
  MAX_VIEW_ENTRIES,
  RUMOR_ID_BYTES,
  MAX_DHT_ROUTE_BODY_BYTES,
  MAX_DHT_RESULT_BODY_BYTES,
  MAX_DHT_SUCCESSORS,
  MAX_DHT_INLINE_VALUE_BYTES,
} from './constants.ts';
import { decodeFrame } from './frame.ts';
import {
  bytes,
  defineMessage,
  f64,
  list,
  peerId,
  rest,
  str,
  struct,
  u16,
  u32,
  u8,
  type MessageDeclaration,
  type ValuesOf,
} from './schema.ts';

export const hello = defineMessage({
  type: MESSAGE_TYPE.hello,
  name: 'hello',
  // roles: bit mask in the order of ROLES (peers/roles.ts); startedAt: ms since the epoch.
  fields: [['roles', u16], ['protocolVersion', u16], ['startedAt', f64]],
});

export const bye = defineMessage({ type: MESSAGE_TYPE.bye, name: 'bye', fields: [['reason', u16]] });

export const ping = defineMessage({ type: MESSAGE_TYPE.ping, name: 'ping', fields: [['nonce', u32]] });

export const pong = defineMessage({ type: MESSAGE_TYPE.pong, name: 'pong', fields: [['nonce', u32]] });

export const peerTableEntry = struct([
  ['id', peerId],
  ['roles', u16],
  /** 1 = the sender has an open link to this peer. */
  ['linked', u8],
  /** UNKNOWN_LATENCY_US when not measured. */
  ['latencyUs', u32],
  /** UNKNOWN_BPS when not measured. */
  ['downBps', u32],
  ['upBps', u32],
  ['ageMs', u32],
]);

export const peerTable = defineMessage({
  type: MESSAGE_TYPE.peerTable,
  name: 'peerTable',
  fields: [['entries', list(peerTableEntry, MAX_PEER_TABLE_ENTRIES)]],
});

/** Asks the peer to send `bytes` bytes of speedData. */
export const speedRequest = defineMessage({
  type: MESSAGE_TYPE.speedRequest,
  name: 'speedRequest',
  fields: [['testId', u32], ['bytes', u32]],
});

export const speedData = defineMessage({
  type: MESSAGE_TYPE.speedData,
  name: 'speedData',
  fields: [['testId', u32], ['payload', rest(MAX_SPEED_DATA_BYTES)]],
});

/** The receiver's own measurement, from the first to the last byte of speedData. */
export const speedReport = defineMessage({
  type: MESSAGE_TYPE.speedReport,
  name: 'speedReport',
  fields: [['testId', u32], ['bytes', u32], ['elapsedUs', u32]],
});

/** `hash` is the SHA-256 of the whole payload. */
export const chunkStart = defineMessage({
  type: MESSAGE_TYPE.chunkStart,
  name: 'chunkStart',
  fields: [
    ['transferId', u32],
    ['totalBytes', u32],
    ['chunkCount', u16],
    ['contentKind', u16],
    ['hash', bytes(SHA256_BYTES)],
  ],
});

export const chunkData = defineMessage({
  type: MESSAGE_TYPE.chunkData,
  name: 'chunkData',
  fields: [['transferId', u32], ['index', u16], ['data', rest(MAX_CHUNK_DATA_BYTES)]],
});

/** `code` indexes ERROR_CODES (errors.ts); see errorCodeToWire / errorCodeFromWire. */
export const errorMessage = defineMessage({
  type: MESSAGE_TYPE.error,
  name: 'error',
  fields: [['code', u16], ['context', u32]],
});

/** A node asks a relay to send an e-mail; the relay answers with mailResult under requestId. */
export const mailSend = defineMessage({
  type: MESSAGE_TYPE.mailSend,
  name: 'mailSend',
  fields: [
    ['requestId', u32],
    ['to', str(MAX_MAIL_ADDRESS_BYTES)],
    ['subject', str(MAX_MAIL_SUBJECT_BYTES)],
    ['text', str(MAX_MAIL_TEXT_BYTES)],
  ],
});

/** `code` is 0xFFFF on success, else an ERROR_CODES index. */
export const mailResult = defineMessage({
  type: MESSAGE_TYPE.mailResult,
  name: 'mailResult',
  fields: [['requestId', u32], ['code', u16]],
});

export const viewEntry = struct([
  ['id', peerId],
  /** Gossip rounds since the descriptor's node was last heard from directly. */
  ['age', u16],
]);

/** Push-pull peer sampling: the initiator's sample of its view (itself at age 0 included). */
export const gossipPush = defineMessage({
  type: MESSAGE_TYPE.gossipPush,
  name: 'gossipPush',
  fields: [['entries', list(viewEntry, MAX_VIEW_ENTRIES)]],
});

/** Asks for the receiver's view sample; answered by gossipResponse. `nonce` pairs them. */
export const gossipPull = defineMessage({ type: MESSAGE_TYPE.gossipPull, name: 'gossipPull', fields: [['nonce', u32]] });

export const gossipResponse = defineMessage({
  type: MESSAGE_TYPE.gossipResponse,
  name: 'gossipResponse',
  fields: [['nonce', u32], ['entries', list(viewEntry, MAX_VIEW_ENTRIES)]],
});

/** A pub/sub message. ttl 0 = unlimited hops; hops counts the links it has crossed. */
export const rumor = defineMessage({
  type: MESSAGE_TYPE.rumor,
  name: 'rumor',
  fields: [
    ['id', bytes(RUMOR_ID_BYTES)],
    ['origin', peerId],
    ['ttl', u8],
    ['hops', u8],
    ['dataType', u16],
    ['data', rest(MAX_RUMOR_DATA_BYTES)],
  ],
});

/** Anti-entropy: ids of recent rumours the sender holds (validated ones only). */
export const ihave = defineMessage({ type: MESSAGE_TYPE.ihave, name: 'ihave', fields: [['ids', list(bytes(RUMOR_ID_BYTES), MAX_DIGEST_IDS)]] });

/** Asks for the rumours with these ids; answered by rumor messages. */
export const iwant = defineMessage({ type: MESSAGE_TYPE.iwant, name: 'iwant', fields: [['ids', list(bytes(RUMOR_ID_BYTES), MAX_DIGEST_IDS)]] });

/** A signed SignalEnvelope (JSON) on its way to `target` through the mesh; ttl counts down. */
export const meshSignal = defineMessage({
  type: MESSAGE_TYPE.meshSignal,
  name: 'meshSignal',
  fields: [['target', peerId], ['ttl', u8], ['envelope', str(MAX_MESH_SIGNAL_BYTES)]],
});

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

export const MESSAGES = {
  hello,
  bye,
  ping,
  pong,
  peerTable,
  speedRequest,
  speedData,
  speedReport,
  chunkStart,
  chunkData,
  error: errorMessage,
  mailSend,
  mailResult,
  gossipPush,
  gossipPull,
  gossipResponse,
  rumor,
  ihave,
  iwant,
  meshSignal,
  dhtRoute,
  dhtResult,
  dhtRingQuery,
  dhtRing,
  dhtNotify,
  dhtLeave,
} as const;

type Declaration = (typeof MESSAGES)[keyof typeof MESSAGES];
type Simplify<T> = { [K in keyof T]: T[K] } & {};

export type MessageKind = Declaration['name'];
export type AnyMessage = {
  [D in Declaration as D['name']]: Simplify<{ kind: D['name'] } & ValuesOf<D['fields']>>;
}[MessageKind];
export type MessageOf<K extends MessageKind> = Extract<AnyMessage, { kind: K }>;
/** A dispatch table: a new message kind without a handler fails the type check. */
export type MessageHandlers<Ctx> = { [K in MessageKind]: (msg: MessageOf<K>, ctx: Ctx) => void };

const byType = new Map<number, MessageDeclaration>();
for (const [key, decl] of Object.entries(MESSAGES) as [string, MessageDeclaration][]) {
  if (key !== decl.name) throw new TabmeshError('bad-field', `MESSAGES.${key} holds ${decl.name}`);
  if (byType.has(decl.type)) throw new TabmeshError('bad-field', `type ${decl.type} declared twice`);
  byType.set(decl.type, decl);
}

/** Decodes one untrusted frame. Never throws. */
export function decodeMessage(frame: Uint8Array): Result<AnyMessage> {
  const decoded = decodeFrame(frame);
  if (!decoded.ok) return decoded;
  const decl = byType.get(decoded.value.type);
  if (!decl) return err('unknown-type', `unknown message type ${decoded.value.type}`);
  const body = decl.decodeBody(decoded.value.body);
  if (!body.ok) return body;
  return ok({ kind: decl.name, ...body.value } as AnyMessage);
}

/** The whole frame. Throws TabmeshError on a value its declaration refuses. */
export function encodeMessage(msg: AnyMessage): Uint8Array {
  const decl: MessageDeclaration = MESSAGES[msg.kind];
  return decl.encode(msg);
}

export function dispatchMessage<Ctx>(handlers: MessageHandlers<Ctx>, msg: AnyMessage, ctx: Ctx): void {
  (handlers[msg.kind] as (m: AnyMessage, c: Ctx) => void)(msg, ctx);
}

export function errorCodeToWire(code: ErrorCode): number {
  return ERROR_CODES.indexOf(code);
}

/** undefined for a code this version does not know (a newer peer may send one). */
export function errorCodeFromWire(n: number): ErrorCode | undefined {
  return ERROR_CODES[n];
}
