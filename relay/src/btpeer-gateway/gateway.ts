/**
 * The btpeer gateway (seed 000, PROTOCOLS.md §3): a TCP server on the relay for programs that
 * speak the seed's btpeer, either framing, one request per connection, reaching the job pipeline
 * through the relay's own job client. Built on the shared TCP gateway scaffold: connections
 * bounded per address and in total, read deadlines, a byte budget for unfinished requests, a
 * request rate per address and a rate of new jobs per address; past a limit a client is closed
 * with a logged reason, and counted.
 */
import type { Clock } from '../../../web/src/node/base/clock.ts';
import { TokenBuckets } from '../../../web/src/node/base/token-buckets.ts';
import { MAX_U32 } from '../../../web/src/node/wire/constants.ts';
import { checkInt } from '../tcp-gateway/check-int.ts';
import { burstOf } from '../tcp-gateway/client-rates.ts';
import { readDeadlineOptions } from '../tcp-gateway/read-deadlines.ts';
import { ReasonLog } from '../tcp-gateway/reason-log.ts';
import { startTcpGateway, type TcpGatewayLogger } from '../tcp-gateway/server.ts';
import { BtpeerClient, type ClientContext } from './client.ts';
import * as D from './constants.ts';
import { zeroCounters, type BtpeerCounters } from './counters.ts';
import { DraftBook } from './draft-book.ts';
import type { BtpeerJobs } from './init-job.ts';
import { PeerList } from './peer-list.ts';
import { ByteBudget } from './request-reader.ts';

export interface BtpeerGatewayOptions {
  /** The relay's job client: INIT prepares, submits and follows jobs through it. */
  readonly jobs: BtpeerJobs;
  /** NAME's answer: the relay's peer id. */
  readonly name: string;
  /** Default 0.0.0.0. */
  readonly host?: string;
  /** Default 1119; 0 picks a free port. */
  readonly port?: number;
  readonly maxClients?: number;
  readonly maxClientsPerAddress?: number;
  readonly partialMessageTimeoutMs?: number;
  readonly idleTimeoutMs?: number;
  readonly maxBufferedBytes?: number;
  readonly requestsPerSecondPerAddress?: number;
  readonly quotesPerMinutePerAddress?: number;
  readonly maxDrafts?: number;
  readonly draftTtlMs?: number;
  readonly jobWaitMs?: number;
  readonly clock?: Clock;
  readonly logger?: TcpGatewayLogger;
}

export interface BtpeerGatewayStats extends BtpeerCounters {
  readonly clients: number;
  readonly drafts: number;
  readonly listedPeers: number;
  readonly bufferedBytes: number;
}

export interface BtpeerGateway {
  readonly port: number;
  stats(): BtpeerGatewayStats;
  close(): Promise<void>;
}

const MAX_BUFFERED_LIMIT = 2 ** 34;
const MAX_TTL_MS = 24 * 60 * 60 * 1000;

export async function startBtpeerGateway(options: BtpeerGatewayOptions): Promise<BtpeerGateway> {
  const maxClients = checkInt(options.maxClients ?? D.DEFAULT_MAX_CLIENTS, 1, MAX_U32, 'maxClients');
  const maxClientsPerAddress = checkInt(options.maxClientsPerAddress ?? D.DEFAULT_MAX_CLIENTS_PER_ADDRESS, 1, MAX_U32, 'maxClientsPerAddress');
  const deadlines = readDeadlineOptions({
    ...(options.clock && { clock: options.clock }),
    partialMessageTimeoutMs: options.partialMessageTimeoutMs ?? D.DEFAULT_PARTIAL_MESSAGE_TIMEOUT_MS,
    idleTimeoutMs: options.idleTimeoutMs ?? D.DEFAULT_IDLE_TIMEOUT_MS,
  });
  const clock = deadlines.clock;
  const perSecond = checkInt(options.requestsPerSecondPerAddress ?? D.DEFAULT_REQUESTS_PER_SECOND_PER_ADDRESS, 1, 100_000, 'requestsPerSecondPerAddress');
  const perMinute = checkInt(options.quotesPerMinutePerAddress ?? D.DEFAULT_QUOTES_PER_MINUTE_PER_ADDRESS, 1, 100_000, 'quotesPerMinutePerAddress');
  const draftTtlMs = checkInt(options.draftTtlMs ?? D.DEFAULT_DRAFT_TTL_MS, 1, MAX_TTL_MS, 'draftTtlMs');
  const counters = zeroCounters();
  const logger = options.logger;
  const drafts = new DraftBook({
    clock,
    max: checkInt(options.maxDrafts ?? D.DEFAULT_MAX_DRAFTS, 1, 1_000_000, 'maxDrafts'),
    ttlMs: draftTtlMs,
    onExpired: (id) => options.jobs.cancel(id),
  });
  const peers = new PeerList(clock, D.DEFAULT_MAX_LISTED_PEERS);
  const ctx: ClientContext = {
    jobs: options.jobs,
    name: options.name,
    peers,
    clock,
    counters,
    deadlines,
    budget: new ByteBudget(checkInt(options.maxBufferedBytes ?? D.DEFAULT_MAX_BUFFERED_BYTES, 1, MAX_BUFFERED_LIMIT, 'maxBufferedBytes')),
    requests: new TokenBuckets(burstOf(perSecond), perSecond, maxClients * 4),
    // A minute's worth at once, refilled over the minute.
    quotes: new TokenBuckets(perMinute, perMinute / 60, maxClients * 4),
    drafts,
    draftTtlMs,
    jobWaitMs: checkInt(options.jobWaitMs ?? D.DEFAULT_JOB_WAIT_MS, 1, MAX_TTL_MS, 'jobWaitMs'),
    log: new ReasonLog('btpeer gateway', clock, logger),
    onError: (message, error) => logger?.warn(message, error),
  };
  const server = await startTcpGateway({
    name: 'btpeer gateway',
    host: options.host ?? D.DEFAULT_BTPEER_HOST,
    port: options.port ?? D.DEFAULT_BTPEER_PORT,
    maxClients,
    maxClientsPerAddress,
    // The students' variant sends its request, half-closes, then reads the replies.
    allowHalfOpen: true,
    createClient: (connection) => new BtpeerClient(connection, ctx),
    onRefused: (reason) => counters.refusedConnections[reason]++,
    logger,
  });
  return {
    port: server.port,
    stats: () => ({
      ...structuredClone(counters),
      clients: server.clients.size,
      drafts: drafts.size,
      listedPeers: peers.size,
      bufferedBytes: ctx.budget.used,
    }),
    close: async () => {
      drafts.clear();
      await server.close();
    },
  };
}
