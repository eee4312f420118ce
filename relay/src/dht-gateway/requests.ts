/**
 * What a course PUT and GET do in the mesh, through the DhtApi alone, and what goes back.
 *
 * GET → SUCCESS `key · value`, or FAILURE `key` when the value is not found or anything else
 * goes wrong (a refused request, no route, a timeout, a value no SUCCESS could carry).
 *
 * PUT → no answer, whatever happens. PROTOCOLS.md §2 lists no answer to PUT and the seed's
 * Chord design (seed 003) only ever returns values to GetValue; in the course API SUCCESS and
 * FAILURE answer a GET ("a previous DHT GET found / did not find the key") and storage is best
 * effort. A FAILURE after a failed PUT would even be read by a course client as the answer to a
 * GET of the same key it has outstanding, so a failed PUT is only counted (putsFailed).
 */
import type { Clock } from '../../../web/src/node/base/clock.ts';
import type { DhtApi, PutOptions } from '../../../web/src/node/dht/api.ts';
import { TabmeshError } from '../../../web/src/node/base/errors.ts';
import {
  dhtFailure,
  dhtSuccess,
  MAX_COURSE_DHT_SUCCESS_VALUE_BYTES,
  type CourseDhtMessageOf,
} from './messages.ts';
import { withTimeout, type TimeoutOptions } from '../../../web/src/node/base/timeout.ts';

/** All the gateway needs of the DHT. */
export type DhtPort = Pick<DhtApi, 'put' | 'get'>;

export interface RequestContext {
  readonly dht: DhtPort;
  readonly clock: Clock;
  readonly timeoutMs: number;
  /** Aborts when the client goes away. */
  readonly signal: AbortSignal;
}

/**
 * How a request ended. 'refused': the DHT said no with a TabmeshError (not-found excepted);
 * 'internal': it threw something else, a bug somewhere, kept in `error` for the log.
 */
export type OutcomeKind = 'stored' | 'found' | 'not-found' | 'refused' | 'timeout' | 'aborted' | 'internal';

export interface Outcome {
  readonly op: 'put' | 'get';
  readonly kind: OutcomeKind;
  /** The message to write back; null for PUT and for a client that is gone. */
  readonly reply: Uint8Array | null;
  readonly error?: unknown;
}

/** The 32 key bytes as the DhtApi writes keys: 64 lowercase hex characters. */
export function keyHex(key: Uint8Array): string {
  return Buffer.from(key.buffer, key.byteOffset, key.length).toString('hex');
}

/** The course's 0 in ttl or replication means "the DHT's default": the option is left out. */
export function putOptions(msg: Pick<CourseDhtMessageOf<'dhtPut'>, 'ttl' | 'replication'>, signal?: AbortSignal): PutOptions {
  return {
    ...(msg.ttl > 0 ? { ttl: msg.ttl } : {}),
    ...(msg.replication > 0 ? { replication: msg.replication } : {}),
    republish: false,
    ...(signal ? { signal } : {}),
  };
}

export async function runPut(ctx: RequestContext, msg: CourseDhtMessageOf<'dhtPut'>): Promise<Outcome> {
  const key = keyHex(msg.key);
  try {
    await withTimeout(ctx.clock, ctx.timeoutMs, (signal) => ctx.dht.put(key, msg.value, putOptions(msg, signal)), deadline(ctx));
    return { op: 'put', kind: 'stored', reply: null };
  } catch (error) {
    return { op: 'put', kind: failureKind(error, ctx.signal), reply: null, error };
  }
}

export async function runGet(ctx: RequestContext, msg: CourseDhtMessageOf<'dhtGet'>): Promise<Outcome> {
  const key = keyHex(msg.key);
  let kind: OutcomeKind;
  let failure: unknown;
  try {
    const result = await withTimeout(ctx.clock, ctx.timeoutMs, (signal) => ctx.dht.get(key, { signal }), deadline(ctx));
    if (result.value.length <= MAX_COURSE_DHT_SUCCESS_VALUE_BYTES) {
      return { op: 'get', kind: 'found', reply: dhtSuccess.encode({ key: msg.key, value: result.value }) };
    }
    // Unreachable while records hold values inline (MAX_DHT_INLINE_VALUE_BYTES is smaller).
    kind = 'refused';
    failure = new TabmeshError('oversized', `a value of ${result.value.length} bytes does not fit in a SUCCESS`);
  } catch (error) {
    kind = failureKind(error, ctx.signal);
    failure = error;
  }
  return { op: 'get', kind, reply: kind === 'aborted' ? null : dhtFailure.encode({ key: msg.key }), error: failure };
}

/** 'aborted' only when the client is gone: a DHT that aborts on its own (stopping) is a refusal. */
function failureKind(error: unknown, client: AbortSignal): OutcomeKind {
  if (client.aborted) return 'aborted';
  if (!(error instanceof TabmeshError)) return 'internal';
  if (error.code === 'not-found') return 'not-found';
  if (error.code === 'timeout') return 'timeout';
  return 'refused';
}

/** The client's signal ends the call too (a client that left); both errors say what happened. */
function deadline(ctx: { signal: AbortSignal; timeoutMs: number }): TimeoutOptions {
  return { signal: ctx.signal, abortMessage: 'the client is gone', message: `no answer from the DHT within ${ctx.timeoutMs} ms` };
}
