/** The course gossip API gateway (PROTOCOLS.md §1) on the relay's TCP port 7001. */
export {
  startGossipGateway,
  type GatewayLogger,
  type GossipGateway,
  type GossipGatewayOptions,
  type GossipGatewayStats,
} from './gateway.ts';
export { GOSSIP_CLOSE_REASONS, type GatewayCounters, type GossipCloseReason } from './counters.ts';
export * from './constants.ts';
