/**
 * The DHT gateway's /metrics families for its limits (tabmesh_relay_dht_api_*: refused PUTs,
 * closes, refused connections, what clients hold); its clients, PUTs and GETs are in
 * relay/src/metrics.ts.
 */
import { countersBy, gauge, type Family } from '../../../web/src/host-node/prometheus.ts';
import type { DhtGatewayStats } from './gateway.ts';

const P = 'tabmesh_relay_dht_api';

export type DhtApiLimitStats = Pick<DhtGatewayStats, 'putsRefused' | 'closes' | 'refusedConnections' | 'claimedRecords' | 'claimedBytes'>;

export function dhtApiLimitFamilies(s: DhtApiLimitStats): Family[] {
  return [
    countersBy(`${P}_puts_refused_total`, 'Course DHT PUTs refused by the gateway before the DHT, by reason (not stored; PUT has no answer).', 'reason', s.putsRefused),
    countersBy(`${P}_closes_total`, 'Course DHT clients closed by the gateway, by reason.', 'reason', s.closes),
    countersBy(`${P}_refused_connections_total`, 'Connections to the course DHT API refused, by limit (per-address cap, total capacity).', 'reason', s.refusedConnections),
    gauge(`${P}_records`, 'Records held through the course DHT API now (each key counted once, by its first writer).', s.claimedRecords),
    gauge(`${P}_record_bytes`, 'Value bytes of those records.', s.claimedBytes),
  ];
}
