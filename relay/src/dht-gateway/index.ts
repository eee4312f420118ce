/** The course DHT API gateway (PROTOCOLS.md §2) on the relay's TCP port 7401. */
export {
  startDhtGateway,
  type DhtGateway,
  type DhtGatewayLogger,
  type DhtGatewayOptions,
  type DhtGatewayStats,
} from './gateway.ts';
export { DHT_CLOSE_REASONS, PUT_REFUSALS, type DhtCloseReason, type DhtGatewayCounters, type PutRefusal } from './counters.ts';
export type { DhtPort } from './requests.ts';
export * from './constants.ts';
