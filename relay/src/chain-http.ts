/**
 * The chain read API on the relay's HTTP port (README "Chain read API"): the answers of
 * web/src/node/chain/read-api.ts as JSON, and the images of accepted blocks. Every chain route is
 * rate limited per client address (a token bucket; 429 with Retry-After beyond it), and every
 * refusal is counted by reason for /metrics.
 *
 * JSON is never cached (the tip moves); an image is immutable (its path is its hash).
 */
import type { Clock } from '../../web/src/node/base/clock.ts';
import type { ErrorCode, Result } from '../../web/src/node/base/errors.ts';
import { TokenBuckets } from '../../web/src/node/base/token-buckets.ts';
import type { Chain } from '../../web/src/node/chain/chain.ts';
import * as readApi from '../../web/src/node/chain/read-api.ts';
import type { DiskChainImages } from '../../web/src/host-node/disk-chain-images.ts';
import type { OpsAnswer, OpsRequest, OpsRoute } from '../../web/src/host-node/ops-http.ts';
import { addressKey } from './tcp-gateway/connection-limits.ts';

export const CHAIN_API_REFUSAL_REASONS = ['rate-limited', 'bad-field', 'not-found'] as const;
export type ChainApiRefusal = (typeof CHAIN_API_REFUSAL_REASONS)[number];
/** A client may spend this many seconds' worth of requests at once (a page loading its explorer). */
export const CHAIN_API_BURST_SECONDS = 2;
/** Client addresses whose buckets are kept at once (idle ones are forgotten first). */
const MAX_TRACKED_ADDRESSES = 10_000;
const JSON_TYPE = 'application/json; charset=utf-8';
const IMMUTABLE = 'public, max-age=31536000, immutable';
const IMAGE_KEY = /^[0-9a-fA-F]{64}$/;
const STATUS: Partial<Record<ErrorCode, number>> = { 'bad-field': 400, 'not-found': 404, 'rate-limited': 429 };

export interface ChainHttpOptions {
  chain: Chain;
  images: Pick<DiskChainImages, 'readLocal'>;
  /** Requests per second one client address may make to the chain routes. */
  ratePerSecond: number;
  clock: Pick<Clock, 'now'>;
}

export interface ChainHttp {
  /** For startOpsHttp's `routes` and `prefixRoutes`. */
  routes: Record<string, OpsRoute>;
  prefixRoutes: Record<string, OpsRoute>;
  /** Requests refused so far, by reason. */
  refused(): Record<ChainApiRefusal, number>;
}

export function chainHttp(o: ChainHttpOptions): ChainHttp {
  const burst = Math.max(1, Math.round(o.ratePerSecond * CHAIN_API_BURST_SECONDS));
  const buckets = new TokenBuckets<string>(burst, o.ratePerSecond, MAX_TRACKED_ADDRESSES);
  const retryAfterSeconds = String(Math.max(1, Math.ceil(1 / o.ratePerSecond)));
  const refused = Object.fromEntries(CHAIN_API_REFUSAL_REASONS.map((r) => [r, 0])) as Record<ChainApiRefusal, number>;

  const fail = (code: ErrorCode, message: string, headers?: Record<string, string>): OpsAnswer => {
    if ((CHAIN_API_REFUSAL_REASONS as readonly string[]).includes(code)) refused[code as ChainApiRefusal]++;
    return { status: STATUS[code] ?? 500, type: JSON_TYPE, body: JSON.stringify({ error: code, message }), ...(headers && { headers }) };
  };
  const json = <T>(r: Result<T>): OpsAnswer => (r.ok ? { type: JSON_TYPE, body: JSON.stringify(r.value) } : fail(r.error.code, r.error.message));
  const limited =
    (route: (request: OpsRequest) => OpsAnswer | Promise<OpsAnswer>): OpsRoute =>
    (request) => {
      if (buckets.take(addressKey(request.address ?? 'unknown'), o.clock.now())) return route(request);
      return fail('rate-limited', `more than ${o.ratePerSecond} requests per second from this address`, { 'retry-after': retryAfterSeconds });
    };

  const image = async (rest: string): Promise<OpsAnswer> => {
    if (!IMAGE_KEY.test(rest)) return fail('bad-field', 'an image key is 64 hex digits');
    const bytes = await o.images.readLocal(rest.toLowerCase());
    if (!bytes) return fail('not-found', `no image ${rest.slice(0, 12)}… among the accepted blocks`);
    return { type: imageType(bytes), body: bytes, headers: { 'cache-control': IMMUTABLE } };
  };

  return {
    routes: {
      '/chain/head': limited(() => json({ ok: true, value: readApi.head(o.chain) })),
      '/chain/blocks': limited((r) => json(readApi.blocks(o.chain, r.query.get('from') ?? undefined, r.query.get('to') ?? undefined))),
    },
    prefixRoutes: {
      '/chain/tx/': limited((r) => json(readApi.tx(o.chain, r.rest))),
      '/chain/balance/': limited((r) => json(readApi.balance(o.chain, r.rest))),
      '/chain/image/': limited((r) => image(r.rest)),
    },
    refused: () => ({ ...refused }),
  };
}

/** PNG and JPEG by their magic bytes (the formats the classifier decodes); anything else is opaque bytes. */
export function imageType(bytes: Uint8Array): string {
  const png = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (bytes.length >= png.length && png.every((b, i) => bytes[i] === b)) return 'image/png';
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'image/jpeg';
  return 'application/octet-stream';
}
