/**
 * Payloads larger than one frame (images, blocks) travel as a chunkStart announcing size, chunk
 * count and SHA-256, then chunkData frames in any order. The assembler bounds what a peer can
 * make it hold and verifies the hash before handing anything out.
 */
import { getBytes, sha256 } from 'ethers';
import { err, ok, TabmeshError, type Result } from '../base/errors.ts';
import {
  DEFAULT_CHUNK_BYTES,
  DEFAULT_MAX_PAYLOAD_BYTES,
  DEFAULT_MAX_TRANSFERS,
  DEFAULT_TRANSFER_TIMEOUT_MS,
  MAX_CHUNK_DATA_BYTES,
  MAX_U16,
  MAX_U32,
} from './constants.ts';
import type { PeerMessageOf } from './messages.ts';

/** chunkCount is a u16. */
const MAX_CHUNK_COUNT = MAX_U16;

export type ChunkStart = PeerMessageOf<'chunkStart'>;
export type ChunkData = PeerMessageOf<'chunkData'>;
export type ChunkMessage = ChunkStart | ChunkData;

/**
 * Cuts `bytes` into a chunkStart and chunkData messages of at most `chunkBytes` each. The data
 * fields are views into `bytes`: do not change it until the messages are encoded.
 */
export function chunkPayload(
  transferId: number,
  contentKind: number,
  bytes: Uint8Array,
  chunkBytes = DEFAULT_CHUNK_BYTES,
): [ChunkStart, ...ChunkData[]] {
  if (!Number.isInteger(chunkBytes) || chunkBytes < 1 || chunkBytes > MAX_CHUNK_DATA_BYTES) {
    throw new TabmeshError('bad-field', `chunkBytes ${chunkBytes} not in 1..${MAX_CHUNK_DATA_BYTES}`);
  }
  const chunkCount = Math.ceil(bytes.length / chunkBytes);
  if (bytes.length > MAX_U32 || chunkCount > MAX_CHUNK_COUNT) {
    throw new TabmeshError('oversized', `${bytes.length} bytes in ${chunkCount} chunks do not fit one transfer`);
  }
  const start: ChunkStart = {
    kind: 'chunkStart',
    transferId,
    totalBytes: bytes.length,
    chunkCount,
    contentKind,
    hash: getBytes(sha256(bytes)),
  };
  const messages: [ChunkStart, ...ChunkData[]] = [start];
  for (let index = 0; index < chunkCount; index++) {
    const data = bytes.subarray(index * chunkBytes, Math.min((index + 1) * chunkBytes, bytes.length));
    messages.push({ kind: 'chunkData', transferId, index, data });
  }
  return messages;
}

export interface ChunkAssemblerOptions {
  maxPayloadBytes?: number;
  maxTransfers?: number;
  timeoutMs?: number;
}

export type ChunkProgress =
  | { done: false }
  | { done: true; transferId: number; contentKind: number; bytes: Uint8Array };

interface Transfer {
  contentKind: number;
  totalBytes: number;
  hash: Uint8Array;
  chunks: (Uint8Array | undefined)[];
  received: number;
  receivedBytes: number;
  lastActivityMs: number;
}

const NOT_DONE: ChunkProgress = { done: false };

/**
 * Reassembles the transfers of one link. Time comes in with every call (no timers): a transfer
 * without a chunk for `timeoutMs` is dropped. An error that makes a transfer impossible to finish
 * (too many bytes, short total, hash mismatch) drops it; any other error leaves state unchanged.
 */
export class ChunkAssembler {
  readonly #maxPayloadBytes: number;
  readonly #maxTransfers: number;
  readonly #timeoutMs: number;
  readonly #transfers = new Map<number, Transfer>();

  constructor(options: ChunkAssemblerOptions = {}) {
    this.#maxPayloadBytes = options.maxPayloadBytes ?? DEFAULT_MAX_PAYLOAD_BYTES;
    this.#maxTransfers = options.maxTransfers ?? DEFAULT_MAX_TRANSFERS;
    this.#timeoutMs = options.timeoutMs ?? DEFAULT_TRANSFER_TIMEOUT_MS;
  }

  get activeTransfers(): number {
    return this.#transfers.size;
  }

  accept(msg: ChunkMessage, nowMs: number): Result<ChunkProgress> {
    this.prune(nowMs);
    return msg.kind === 'chunkStart' ? this.#start(msg, nowMs) : this.#data(msg, nowMs);
  }

  /** Drops transfers idle for longer than the timeout; returns how many. */
  prune(nowMs: number): number {
    let dropped = 0;
    for (const [id, transfer] of this.#transfers) {
      if (nowMs - transfer.lastActivityMs > this.#timeoutMs) {
        this.#transfers.delete(id);
        dropped++;
      }
    }
    return dropped;
  }

  #start(msg: ChunkStart, nowMs: number): Result<ChunkProgress> {
    const { transferId, totalBytes, chunkCount } = msg;
    if (totalBytes > this.#maxPayloadBytes) {
      return err('oversized', `transfer ${transferId} announces ${totalBytes} bytes, limit ${this.#maxPayloadBytes}`);
    }
    // Every chunk carries at least one byte, and only an empty payload has no chunk.
    if (chunkCount > totalBytes || (chunkCount === 0) !== (totalBytes === 0)) {
      return err('bad-field', `transfer ${transferId}: ${chunkCount} chunks for ${totalBytes} bytes`);
    }
    if (this.#transfers.has(transferId)) return err('protocol-violation', `transfer ${transferId} already started`);
    if (this.#transfers.size >= this.#maxTransfers) return err('at-capacity', `${this.#maxTransfers} transfers open`);
    const transfer: Transfer = {
      contentKind: msg.contentKind,
      totalBytes,
      hash: msg.hash,
      chunks: new Array<Uint8Array | undefined>(chunkCount),
      received: 0,
      receivedBytes: 0,
      lastActivityMs: nowMs,
    };
    if (chunkCount === 0) return this.#finish(transferId, transfer);
    this.#transfers.set(transferId, transfer);
    return ok(NOT_DONE);
  }

  #data(msg: ChunkData, nowMs: number): Result<ChunkProgress> {
    const { transferId, index, data } = msg;
    const transfer = this.#transfers.get(transferId);
    if (!transfer) return err('protocol-violation', `chunk for transfer ${transferId}, which is not open`);
    if (index >= transfer.chunks.length) {
      return err('bad-field', `transfer ${transferId}: chunk ${index} of ${transfer.chunks.length}`);
    }
    if (data.length === 0) return err('bad-field', `transfer ${transferId}: chunk ${index} is empty`);
    if (transfer.chunks[index]) return err('protocol-violation', `transfer ${transferId}: chunk ${index} twice`);
    if (transfer.receivedBytes + data.length > transfer.totalBytes) {
      this.#transfers.delete(transferId);
      return err('oversized', `transfer ${transferId}: chunks exceed the announced ${transfer.totalBytes} bytes`);
    }
    transfer.chunks[index] = data;
    transfer.received++;
    transfer.receivedBytes += data.length;
    transfer.lastActivityMs = nowMs;
    if (transfer.received < transfer.chunks.length) return ok(NOT_DONE);
    this.#transfers.delete(transferId);
    return this.#finish(transferId, transfer);
  }

  #finish(transferId: number, transfer: Transfer): Result<ChunkProgress> {
    if (transfer.receivedBytes !== transfer.totalBytes) {
      return err('truncated', `transfer ${transferId}: ${transfer.receivedBytes} of ${transfer.totalBytes} bytes`);
    }
    const bytes = new Uint8Array(transfer.totalBytes);
    let offset = 0;
    for (const chunk of transfer.chunks) {
      bytes.set(chunk!, offset);
      offset += chunk!.length;
    }
    if (!equalBytes(getBytes(sha256(bytes)), transfer.hash)) {
      return err('hash-mismatch', `transfer ${transferId}: payload does not match its announced hash`);
    }
    return ok({ done: true, transferId, contentKind: transfer.contentKind, bytes });
  }
}

function equalBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
