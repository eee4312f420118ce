/** The gossip gateway's limits from the environment (GOSSIP_API_*; the README's configuration table). */
import { DEFAULT_IDLE_TIMEOUT_MS, DEFAULT_PARTIAL_MESSAGE_TIMEOUT_MS } from '../tcp-gateway/constants.ts';
import { MAX_CLIENTS_LIMIT, MAX_DEADLINE_SECONDS, MAX_RATE_PER_SECOND, type IntReader } from '../tcp-gateway/env-limits.ts';
import {
  DEFAULT_ANNOUNCES_PER_SECOND_PER_ADDRESS,
  DEFAULT_ANNOUNCES_PER_SECOND_PER_CLIENT,
  DEFAULT_MAX_CLIENTS,
  DEFAULT_MAX_SUBSCRIPTIONS,
  DEFAULT_MAX_SUBSCRIPTIONS_PER_CLIENT,
  LOCAL_ID_SPACE,
} from './constants.ts';
import type { GossipGatewayOptions } from './gateway.ts';

export type GossipGatewayLimits = Required<
  Pick<
    GossipGatewayOptions,
    | 'maxClients'
    | 'partialMessageTimeoutMs'
    | 'idleTimeoutMs'
    | 'maxSubscriptionsPerClient'
    | 'maxSubscriptions'
    | 'announcesPerSecondPerClient'
    | 'announcesPerSecondPerAddress'
  >
>;

export function gossipGatewayLimits(int: IntReader): GossipGatewayLimits {
  return {
    maxClients: int('GOSSIP_API_MAX_CLIENTS', DEFAULT_MAX_CLIENTS, 1, MAX_CLIENTS_LIMIT),
    partialMessageTimeoutMs: 1000 * int('GOSSIP_API_PARTIAL_MESSAGE_SECONDS', DEFAULT_PARTIAL_MESSAGE_TIMEOUT_MS / 1000, 1, MAX_DEADLINE_SECONDS),
    idleTimeoutMs: 1000 * int('GOSSIP_API_IDLE_SECONDS', DEFAULT_IDLE_TIMEOUT_MS / 1000, 1, MAX_DEADLINE_SECONDS),
    maxSubscriptionsPerClient: int('GOSSIP_API_MAX_SUBSCRIPTIONS_PER_CLIENT', DEFAULT_MAX_SUBSCRIPTIONS_PER_CLIENT, 1, LOCAL_ID_SPACE),
    maxSubscriptions: int('GOSSIP_API_MAX_SUBSCRIPTIONS', DEFAULT_MAX_SUBSCRIPTIONS, 1, MAX_CLIENTS_LIMIT * LOCAL_ID_SPACE),
    announcesPerSecondPerClient: int('GOSSIP_API_ANNOUNCES_PER_SECOND_PER_CLIENT', DEFAULT_ANNOUNCES_PER_SECOND_PER_CLIENT, 1, MAX_RATE_PER_SECOND),
    announcesPerSecondPerAddress: int('GOSSIP_API_ANNOUNCES_PER_SECOND_PER_ADDRESS', DEFAULT_ANNOUNCES_PER_SECOND_PER_ADDRESS, 1, MAX_RATE_PER_SECOND),
  };
}
