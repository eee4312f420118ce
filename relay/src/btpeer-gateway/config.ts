/** The btpeer gateway's limits from the environment (BTPEER_*; the README's configuration table). */
import { MAX_CLIENTS_LIMIT, MAX_DEADLINE_SECONDS, MAX_RATE_PER_SECOND, type IntReader } from '../tcp-gateway/env-limits.ts';
import * as D from './constants.ts';
import type { BtpeerGatewayOptions } from './gateway.ts';

export type BtpeerGatewayLimits = Required<
  Pick<
    BtpeerGatewayOptions,
    | 'maxClients'
    | 'maxClientsPerAddress'
    | 'partialMessageTimeoutMs'
    | 'idleTimeoutMs'
    | 'maxBufferedBytes'
    | 'requestsPerSecondPerAddress'
    | 'quotesPerMinutePerAddress'
    | 'maxDrafts'
    | 'draftTtlMs'
    | 'jobWaitMs'
  >
>;

const MB = 1024 * 1024;

export function btpeerGatewayLimits(int: IntReader): BtpeerGatewayLimits {
  const seconds = (name: string, fallbackMs: number): number => 1000 * int(name, fallbackMs / 1000, 1, MAX_DEADLINE_SECONDS);
  return {
    maxClients: int('BTPEER_MAX_CLIENTS', D.DEFAULT_MAX_CLIENTS, 1, MAX_CLIENTS_LIMIT),
    maxClientsPerAddress: int('BTPEER_MAX_CLIENTS_PER_ADDRESS', D.DEFAULT_MAX_CLIENTS_PER_ADDRESS, 1, 10_000),
    partialMessageTimeoutMs: seconds('BTPEER_PARTIAL_MESSAGE_SECONDS', D.DEFAULT_PARTIAL_MESSAGE_TIMEOUT_MS),
    idleTimeoutMs: seconds('BTPEER_IDLE_SECONDS', D.DEFAULT_IDLE_TIMEOUT_MS),
    maxBufferedBytes: MB * int('BTPEER_MAX_BUFFERED_MB', D.DEFAULT_MAX_BUFFERED_BYTES / MB, 16, 16_384),
    requestsPerSecondPerAddress: int('BTPEER_REQUESTS_PER_SECOND_PER_ADDRESS', D.DEFAULT_REQUESTS_PER_SECOND_PER_ADDRESS, 1, MAX_RATE_PER_SECOND),
    quotesPerMinutePerAddress: int('BTPEER_JOBS_PER_MINUTE_PER_ADDRESS', D.DEFAULT_QUOTES_PER_MINUTE_PER_ADDRESS, 1, MAX_RATE_PER_SECOND),
    maxDrafts: int('BTPEER_MAX_UNPAID_JOBS', D.DEFAULT_MAX_DRAFTS, 1, 1_000_000),
    draftTtlMs: seconds('BTPEER_UNPAID_JOB_SECONDS', D.DEFAULT_DRAFT_TTL_MS),
    jobWaitMs: seconds('BTPEER_JOB_WAIT_SECONDS', D.DEFAULT_JOB_WAIT_MS),
  };
}
