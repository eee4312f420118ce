/** What the btpeer gateway counts, over all its connections since it started. */
import { REFUSAL_REASONS, type RefusalReason } from '../tcp-gateway/connection-limits.ts';
import { SHARED_CLOSE_REASONS, zeroBy } from '../tcp-gateway/close-reasons.ts';

/** Why the gateway closed a client, as /metrics labels it. */
export const BTPEER_CLOSE_REASONS = [
  ...SHARED_CLOSE_REASONS,
  /** A request past the body cap. */
  'oversized',
  /** Bytes after the request: btpeer takes one request per connection. */
  'trailing-bytes',
  /** A type the gateway does not serve: closed without a reply, as the seed's server does. */
  'unknown-type',
  /** All unfinished requests together hold the gateway's byte budget. */
  'busy',
] as const;
export type BtpeerCloseReason = (typeof BTPEER_CLOSE_REASONS)[number];

/** The request types the gateway serves; anything else counts as 'other'. */
export const BTPEER_TYPES = ['NAME', 'LIST', 'JOIN', 'QUIT', 'PING', 'INIT'] as const;
export type BtpeerType = (typeof BTPEER_TYPES)[number];

export interface BtpeerCounters {
  /** Whole requests read, by type. */
  requests: Record<BtpeerType | 'other', number>;
  /** Requests by framing: the original's length field, or the students' read-to-end. */
  framings: { length: number; eof: number };
  /** INITs: jobs prepared (answered with their payment), paid and submitted, finished, failed. */
  jobs: { quoted: number; submitted: number; done: number; failed: number };
  /** ERRO answers to INIT, by the mesh's refusal code. */
  jobRefusals: Record<string, number>;
  /** JOIN and QUIT answered with ERRO. */
  peerRefusals: number;
  closes: Record<BtpeerCloseReason, number>;
  refusedConnections: Record<RefusalReason, number>;
  internalErrors: number;
}

export function zeroCounters(): BtpeerCounters {
  return {
    requests: zeroBy([...BTPEER_TYPES, 'other']),
    framings: { length: 0, eof: 0 },
    jobs: { quoted: 0, submitted: 0, done: 0, failed: 0 },
    jobRefusals: {},
    peerRefusals: 0,
    closes: zeroBy(BTPEER_CLOSE_REASONS),
    refusedConnections: zeroBy(REFUSAL_REASONS),
    internalErrors: 0,
  };
}
