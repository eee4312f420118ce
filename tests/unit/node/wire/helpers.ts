/** Shared by the wire tests: a seeded PRNG and message samplers. */
import { seededRandom, type Rng } from '../../../support/random.ts';
import { ERROR_CODES, isErrorCode, TabmeshError, type ErrorCode, type Result } from '../../../../web/src/node/base/errors.ts';
import { MAX_PEER_TABLE_ENTRIES, MAX_SPEED_DATA_BYTES, MAX_CHUNK_DATA_BYTES, UNKNOWN_LATENCY_US } from '../../../../web/src/node/wire/index.ts';
import { MAX_MESH_SIGNAL_BYTES } from '../../../../web/src/node/mesh-signal/messages.ts';
import { MAX_MAIL_ADDRESS_BYTES, MAX_MAIL_SUBJECT_BYTES, MAX_MAIL_TEXT_BYTES } from '../../../../web/src/node/mail/messages.ts';
import { MAX_DHT_ROUTE_BODY_BYTES, MAX_DHT_RESULT_BODY_BYTES, MAX_DHT_SUCCESSORS } from '../../../../web/src/node/dht/messages.ts';
import { MAX_VIEW_ENTRIES, MAX_DIGEST_IDS, MAX_RUMOR_DATA_BYTES, RUMOR_ID_BYTES } from '../../../../web/src/node/gossip/messages.ts';
import { MESH_DECLARATIONS, type MeshMessage, type MeshMessageKind, type MeshMessageOf } from '../../../support/mesh-registries.ts';
import { sampleDeclaration } from '../../../support/wire-samples.ts';

export const MAX_U32 = 0xffff_ffff;
export const MAX_U16 = 0xffff;
export const MAX_U8 = 0xff;

export type { Rng };

export const mulberry32 = seededRandom;

export function randomInt(rng: Rng, maxInclusive: number): number {
  return Math.floor(rng() * (maxInclusive + 1));
}

export function randomBytes(rng: Rng, n: number): Uint8Array {
  const out = new Uint8Array(n);
  const words = new Uint32Array(out.buffer, 0, n >>> 2);
  for (let i = 0; i < words.length; i++) words[i] = (rng() * 4294967296) >>> 0;
  for (let i = words.length * 4; i < n; i++) out[i] = (rng() * 256) | 0;
  return out;
}

export function randomPeerId(rng: Rng): string {
  return Buffer.from(randomBytes(rng, 32)).toString('hex');
}

export function hex(bytes: Uint8Array): string {
  return Buffer.from(bytes).toString('hex');
}

export function fromHex(s: string): Uint8Array {
  return new Uint8Array(Buffer.from(s, 'hex'));
}

/** Asserts-friendly: the error code of a failed Result (or 'ok'). */
export function codeOf(result: Result<unknown>): ErrorCode | 'ok' {
  return result.ok ? 'ok' : result.error.code;
}

export function isKnownError(e: unknown): boolean {
  return e instanceof TabmeshError && isErrorCode(e.code);
}

export function peerEntry(rng: Rng, edge: 'min' | 'max' | 'random'): MeshMessageOf<'peerTable'>['entries'][number] {
  const n = (max: number) => (edge === 'min' ? 0 : edge === 'max' ? max : randomInt(rng, max));
  return {
    id: edge === 'min' ? '0'.repeat(64) : edge === 'max' ? 'f'.repeat(64) : randomPeerId(rng),
    roles: n(MAX_U16),
    linked: n(1),
    latencyUs: edge === 'max' ? UNKNOWN_LATENCY_US : n(MAX_U32),
    downBps: n(MAX_U32),
    upBps: n(MAX_U32),
    ageMs: n(MAX_U32),
  };
}

/** One message of `kind`: all-zero/empty ('min'), all-max/longest ('max') or random. */
export function sampleMessage(kind: MeshMessageKind, rng: Rng, edge: 'min' | 'max' | 'random' = 'random'): MeshMessage {
  const n = (max: number) => (edge === 'min' ? 0 : edge === 'max' ? max : randomInt(rng, max));
  const len = (max: number) => (edge === 'min' ? 0 : edge === 'max' ? max : randomInt(rng, Math.min(max, 2000)));
  switch (kind) {
    case 'hello':
      return {
        kind,
        roles: n(MAX_U16),
        protocolVersion: n(MAX_U16),
        startedAt: edge === 'min' ? 0 : edge === 'max' ? Number.MAX_VALUE : Date.now() + rng(),
      };
    case 'bye':
      return { kind, reason: n(MAX_U16) };
    case 'ping':
    case 'pong':
      return { kind, nonce: n(MAX_U32) };
    case 'peerTable': {
      const count = edge === 'max' ? MAX_PEER_TABLE_ENTRIES : len(20);
      return { kind, entries: Array.from({ length: count }, () => peerEntry(rng, edge)) };
    }
    case 'speedRequest':
      return { kind, testId: n(MAX_U32), bytes: n(MAX_U32) };
    case 'speedData':
      return { kind, testId: n(MAX_U32), payload: randomBytes(rng, len(MAX_SPEED_DATA_BYTES)) };
    case 'speedReport':
      return { kind, testId: n(MAX_U32), bytes: n(MAX_U32), elapsedUs: n(MAX_U32) };
    case 'chunkStart':
      return {
        kind,
        transferId: n(MAX_U32),
        totalBytes: n(MAX_U32),
        chunkCount: n(MAX_U16),
        contentKind: n(MAX_U16),
        hash: edge === 'min' ? new Uint8Array(32) : randomBytes(rng, 32),
      };
    case 'chunkData':
      return { kind, transferId: n(MAX_U32), index: n(MAX_U16), data: randomBytes(rng, len(MAX_CHUNK_DATA_BYTES)) };
    case 'error':
      return { kind, code: n(ERROR_CODES.length - 1), context: n(MAX_U32) };
    case 'mailSend':
      return { kind, requestId: n(MAX_U32), to: 'a'.repeat(len(MAX_MAIL_ADDRESS_BYTES)), subject: 'é'.repeat(len(MAX_MAIL_SUBJECT_BYTES) >> 1), text: 't'.repeat(len(MAX_MAIL_TEXT_BYTES)) };
    case 'mailResult':
      return { kind, requestId: n(MAX_U32), code: n(MAX_U16) };
    case 'gossipPush':
      return { kind, entries: Array.from({ length: edge === 'max' ? MAX_VIEW_ENTRIES : len(10) }, () => ({ id: peerEntry(rng, edge).id, age: n(MAX_U16) })) };
    case 'gossipPull':
      return { kind, nonce: n(MAX_U32) };
    case 'gossipResponse':
      return { kind, nonce: n(MAX_U32), entries: Array.from({ length: edge === 'max' ? MAX_VIEW_ENTRIES : len(10) }, () => ({ id: peerEntry(rng, edge).id, age: n(MAX_U16) })) };
    case 'rumor':
      return { kind, id: randomBytes(rng, RUMOR_ID_BYTES), origin: peerEntry(rng, edge).id, ttl: n(MAX_U8), hops: n(MAX_U8), dataType: n(MAX_U16), signature: edge === 'min' ? new Uint8Array(65) : randomBytes(rng, 65), data: randomBytes(rng, len(MAX_RUMOR_DATA_BYTES)) };
    case 'ihave':
    case 'iwant':
      return { kind, ids: Array.from({ length: edge === 'max' ? MAX_DIGEST_IDS : len(20) }, () => randomBytes(rng, RUMOR_ID_BYTES)) };
    case 'meshSignal':
      return { kind, target: peerEntry(rng, edge).id, ttl: n(MAX_U8), envelope: 'e'.repeat(len(MAX_MESH_SIGNAL_BYTES)) };
    case 'dhtRoute':
      return { kind, rid: n(MAX_U32), key: peerEntry(rng, edge).id, hops: n(MAX_U8), deliver: n(1), op: n(MAX_U8), body: randomBytes(rng, len(MAX_DHT_ROUTE_BODY_BYTES)) };
    case 'dhtResult':
      return { kind, rid: n(MAX_U32), code: n(MAX_U8), hops: n(MAX_U8), node: peerEntry(rng, edge).id, body: randomBytes(rng, len(MAX_DHT_RESULT_BODY_BYTES)) };
    case 'dhtRingQuery':
      return { kind, rid: n(MAX_U32) };
    case 'dhtRing':
      return { kind, rid: n(MAX_U32), predecessor: edge === 'min' ? [] : [peerEntry(rng, edge).id], successors: Array.from({ length: edge === 'max' ? MAX_DHT_SUCCESSORS : len(4) }, () => peerEntry(rng, edge).id) };
    case 'dhtNotify':
      return { kind };
    default:
      // Every other registry's messages (jobs, ...) are sampled from their declarations.
      return sampleDeclaration(MESH_DECLARATIONS[kind], rng, edge) as MeshMessage;
    case 'dhtLeave':
      return { kind, predecessor: edge === 'min' ? [] : [peerEntry(rng, edge).id], successors: Array.from({ length: edge === 'max' ? MAX_DHT_SUCCESSORS : len(4) }, () => peerEntry(rng, edge).id) };
  }
}
