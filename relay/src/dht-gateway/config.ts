/** The DHT gateway's limits from the environment (DHT_API_*; the README's configuration table). */
import { DEFAULT_IDLE_TIMEOUT_MS, DEFAULT_PARTIAL_MESSAGE_TIMEOUT_MS } from '../tcp-gateway/constants.ts';
import { MAX_CLIENTS_LIMIT, MAX_DEADLINE_SECONDS, MAX_RATE_PER_SECOND, type IntReader } from '../tcp-gateway/env-limits.ts';
import {
  DEFAULT_DHT_MAX_BYTES_PER_ADDRESS,
  DEFAULT_DHT_MAX_BYTES_PER_CLIENT,
  DEFAULT_DHT_MAX_CLIENTS,
  DEFAULT_DHT_MAX_RECORDS_PER_ADDRESS,
  DEFAULT_DHT_MAX_RECORDS_PER_CLIENT,
  DEFAULT_DHT_PUTS_PER_SECOND_PER_ADDRESS,
  DEFAULT_DHT_PUTS_PER_SECOND_PER_CLIENT,
} from './constants.ts';
import type { DhtGatewayOptions } from './gateway.ts';

export type DhtGatewayLimits = Required<
  Pick<
    DhtGatewayOptions,
    | 'maxClients'
    | 'partialMessageTimeoutMs'
    | 'idleTimeoutMs'
    | 'putsPerSecondPerClient'
    | 'putsPerSecondPerAddress'
    | 'maxRecordsPerClient'
    | 'maxBytesPerClient'
    | 'maxRecordsPerAddress'
    | 'maxBytesPerAddress'
    | 'maxRecords'
    | 'maxBytes'
  >
>;

/**
 * @param store the relay's DHT store bounds (DHT_MAX_RECORDS, DHT_MAX_BYTES): the gateway's
 *   shares default to half of them and may not exceed them, or clients could make the store evict
 *   records of the mesh
 */
export function dhtGatewayLimits(int: IntReader, store: { maxRecords: number; maxBytes: number }): DhtGatewayLimits {
  const maxRecords = int('DHT_API_MAX_RECORDS', Math.max(1, Math.floor(store.maxRecords / 2)), 1, store.maxRecords);
  const maxBytes = int('DHT_API_MAX_BYTES', Math.max(1, Math.floor(store.maxBytes / 2)), 1, store.maxBytes);
  return {
    maxClients: int('DHT_API_MAX_CLIENTS', DEFAULT_DHT_MAX_CLIENTS, 1, MAX_CLIENTS_LIMIT),
    partialMessageTimeoutMs: 1000 * int('DHT_API_PARTIAL_MESSAGE_SECONDS', DEFAULT_PARTIAL_MESSAGE_TIMEOUT_MS / 1000, 1, MAX_DEADLINE_SECONDS),
    idleTimeoutMs: 1000 * int('DHT_API_IDLE_SECONDS', DEFAULT_IDLE_TIMEOUT_MS / 1000, 1, MAX_DEADLINE_SECONDS),
    putsPerSecondPerClient: int('DHT_API_PUTS_PER_SECOND_PER_CLIENT', DEFAULT_DHT_PUTS_PER_SECOND_PER_CLIENT, 1, MAX_RATE_PER_SECOND),
    putsPerSecondPerAddress: int('DHT_API_PUTS_PER_SECOND_PER_ADDRESS', DEFAULT_DHT_PUTS_PER_SECOND_PER_ADDRESS, 1, MAX_RATE_PER_SECOND),
    maxRecordsPerClient: int('DHT_API_MAX_RECORDS_PER_CLIENT', Math.min(DEFAULT_DHT_MAX_RECORDS_PER_CLIENT, maxRecords), 1, maxRecords),
    maxBytesPerClient: int('DHT_API_MAX_BYTES_PER_CLIENT', Math.min(DEFAULT_DHT_MAX_BYTES_PER_CLIENT, maxBytes), 1, maxBytes),
    maxRecordsPerAddress: int('DHT_API_MAX_RECORDS_PER_ADDRESS', Math.min(DEFAULT_DHT_MAX_RECORDS_PER_ADDRESS, maxRecords), 1, maxRecords),
    maxBytesPerAddress: int('DHT_API_MAX_BYTES_PER_ADDRESS', Math.min(DEFAULT_DHT_MAX_BYTES_PER_ADDRESS, maxBytes), 1, maxBytes),
    maxRecords,
    maxBytes,
  };
}
