/** The TURN server's limits in the relay's /metrics: every family with every reason, from the stats. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { renderRelayMetrics, type RelaySnapshot } from '../../../../relay/src/metrics.ts';
import { newTurnCounters } from '../../../../relay/src/turn/context.ts';

test('TURN malformed input, TCP connections, refusals and drops are exported with a reason label', () => {
  const counters = newTurnCounters();
  counters.malformedMessages = 3;
  counters.tcpRefused['per-address'] = 4;
  counters.tcpDropped['partial-message'] = 5;
  counters.tcpDropped.idle = 6;
  counters.permissionsRefused['denied-range'] = 7;
  counters.permissionsRefused['own-address'] = 8;
  counters.allocationsRefused['per-address'] = 9;
  const snapshot: RelaySnapshot = {
    id: 'ab'.repeat(32),
    signaling: 'registered',
    peers: 0,
    uptimeSeconds: 1,
    turn: { ...counters, allocations: 0, tcpConnections: 2 },
    mail: { sent: 0, failed: 0, refused: { 'not-allowed': 0, 'bad-address': 0, 'bad-field': 0, malformed: 0, oversized: 0, 'rate-limited': 0, 'at-capacity': 0 } },
    dht: { records: 0, bytes: 0, successors: 0, lookups: 0, lookupFailures: 0 },
    dhtApi: null,
  };
  const lines = renderRelayMetrics(snapshot).split('\n');
  for (const expected of [
    'tabmesh_relay_turn_malformed_total 3',
    'tabmesh_relay_turn_tcp_connections 2',
    'tabmesh_relay_turn_tcp_refused_total{reason="per-address"} 4',
    'tabmesh_relay_turn_tcp_refused_total{reason="capacity"} 0',
    'tabmesh_relay_turn_tcp_dropped_total{reason="partial-message"} 5',
    'tabmesh_relay_turn_tcp_dropped_total{reason="idle"} 6',
    'tabmesh_relay_turn_permissions_refused_total{reason="denied-range"} 7',
    'tabmesh_relay_turn_permissions_refused_total{reason="own-address"} 8',
    'tabmesh_relay_turn_permissions_refused_total{reason="loopback"} 0',
    'tabmesh_relay_turn_permissions_refused_total{reason="reserved"} 0',
    'tabmesh_relay_turn_allocations_refused_total{reason="per-address"} 9',
    'tabmesh_relay_turn_allocations_refused_total{reason="per-user"} 0',
    'tabmesh_relay_turn_allocations_refused_total{reason="capacity"} 0',
    '# TYPE tabmesh_relay_turn_tcp_connections gauge',
    '# TYPE tabmesh_relay_turn_permissions_refused_total counter',
  ]) {
    assert.ok(lines.includes(expected), expected);
  }
});
