/**
 * The peers layer's messages (link session, peer tables, speed tests, chunked payloads, errors),
 * each declared once, and their registry. Every layer above declares its own messages in its own
 * folder with a registry of its own; the type numbers of all of them sit in one table
 * (constants.ts).
 */
import { ERROR_CODES, type ErrorCode } from '../base/errors.ts';
import { MAX_CHUNK_DATA_BYTES, MAX_PEER_TABLE_ENTRIES, MAX_SPEED_DATA_BYTES, MESSAGE_TYPE, SHA256_BYTES } from './constants.ts';
import { defineRegistry, type RegistryMessage } from './registry.ts';
import { bytes, defineMessage, f64, list, peerId, rest, struct, u16, u32, u8 } from './schema.ts';

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

export const PEER_MESSAGES = defineRegistry('peers', {
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
});

export type PeerMessage = RegistryMessage<typeof PEER_MESSAGES>;
export type PeerMessageKind = PeerMessage['kind'];
export type PeerMessageOf<K extends PeerMessageKind> = Extract<PeerMessage, { kind: K }>;

export function errorCodeToWire(code: ErrorCode): number {
  return ERROR_CODES.indexOf(code);
}

/** undefined for a code this version does not know (a newer peer may send one). */
export function errorCodeFromWire(n: number): ErrorCode | undefined {
  return ERROR_CODES[n];
}
