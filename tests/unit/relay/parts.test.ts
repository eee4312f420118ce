/** The relay's small pure parts: TURN URLs for a port-0 server, the metrics text, the health JSON. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadRelayConfig } from '../../../relay/src/config.ts';
import { MAIL_ERROR_CODES } from '../../../relay/src/mail/index.ts';
import { relayHealth, renderRelayMetrics, type RelaySnapshot } from '../../../relay/src/metrics.ts';
import { withRealPorts } from '../../../relay/src/relay.ts';
import { newTurnCounters } from '../../../relay/src/turn/context.ts';

test('TURN URLs naming port 0 get the real UDP or TCP port; every other URL is left alone', () => {
  const turn = { port: 40001, tcpPort: 40002 };
  const derived = loadRelayConfig({ TURN_PORT: '0', TURN_RELAY_IP: '10.0.0.5' }).turnUrls;
  assert.deepEqual(withRealPorts(derived, turn), ['turn:10.0.0.5:40001?transport=udp', 'turn:10.0.0.5:40002?transport=tcp']);
  assert.deepEqual(withRealPorts(['turn:[::1]:0', 'turns:relay.example:0?transport=tcp'], turn), ['turn:[::1]:40001', 'turns:relay.example:40002?transport=tcp']);
  const fixed = ['turn:relay.example:3478?transport=udp', 'turns:relay.example:443?transport=tcp', 'turn:relay.example:30?transport=udp'];
  assert.deepEqual(withRealPorts(fixed, turn), fixed);
});

const snapshot: RelaySnapshot = {
  id: 'ab'.repeat(32),
  signaling: 'registered',
  peers: 3,
  uptimeSeconds: 12,
  turn: { ...newTurnCounters(), allocations: 2, relayedBytes: 1000, relayedPackets: 10, authFailures: 1, tcpConnections: 0 },
  mail: {
    sent: 4,
    failed: 1,
    refused: { 'not-allowed': 2, 'bad-address': 1, 'bad-field': 0, malformed: 0, oversized: 0, 'rate-limited': 5, 'at-capacity': 0 },
  },
  dht: { records: 7, bytes: 700, successors: 3, lookups: 40, lookupFailures: 2 },
  dhtApi: { clients: 2, putsStored: 5, putsFailed: 1, getsFound: 8, getsNotFound: 3, getsFailed: 4 },
};

test('the metrics text: HELP and TYPE once per family, a sample per refusal reason, values from the snapshot', () => {
  const text = renderRelayMetrics(snapshot);
  assert.ok(text.endsWith('\n'));
  const families = [...text.matchAll(/^# TYPE (\S+) (gauge|counter)$/gm)].map((m) => m[1]);
  assert.equal(new Set(families).size, families.length, 'no family twice');
  for (const name of families) assert.match(text, new RegExp(`^# HELP ${name} \\S.*$`, 'm'));
  for (const expected of [
    'tabmesh_relay_allocations 2',
    'tabmesh_relay_relayed_bytes_total 1000',
    'tabmesh_relay_relayed_packets_total 10',
    'tabmesh_relay_turn_auth_failures_total 1',
    'tabmesh_relay_peers 3',
    'tabmesh_relay_signaling_registered 1',
    'tabmesh_relay_mails_sent_total 4',
    'tabmesh_relay_mails_failed_total 1',
    'tabmesh_relay_mails_refused_total{reason="not-allowed"} 2',
    'tabmesh_relay_mails_refused_total{reason="rate-limited"} 5',
    'tabmesh_relay_mails_refused_total{reason="at-capacity"} 0',
    'tabmesh_relay_dht_records 7',
    'tabmesh_relay_dht_record_bytes 700',
    'tabmesh_relay_dht_successors 3',
    'tabmesh_relay_dht_lookups_total 40',
    'tabmesh_relay_dht_lookup_failures_total 2',
    'tabmesh_relay_dht_api_clients 2',
    'tabmesh_relay_dht_api_puts_total{result="stored"} 5',
    'tabmesh_relay_dht_api_puts_total{result="failed"} 1',
    'tabmesh_relay_dht_api_gets_total{result="found"} 8',
    'tabmesh_relay_dht_api_gets_total{result="not-found"} 3',
    'tabmesh_relay_dht_api_gets_total{result="failed"} 4',
  ]) {
    assert.ok(text.split('\n').includes(expected), expected);
  }
  const reasons = [...text.matchAll(/^tabmesh_relay_mails_refused_total\{reason="([^"]+)"\} \d+$/gm)].map((m) => m[1]);
  assert.deepEqual(reasons, MAIL_ERROR_CODES.filter((c) => c !== 'mail-failed'));
  // Every line is a comment or `name{labels} number`.
  for (const line of text.trimEnd().split('\n')) assert.match(line, /^(# (HELP|TYPE) .+|[a-z_]+(\{[a-z]+="[^"]*"\})? \d+)$/, line);
});

test('with the DHT gateway off its families are left out; the DHT node\'s stay', () => {
  const text = renderRelayMetrics({ ...snapshot, dhtApi: null });
  assert.doesNotMatch(text, /tabmesh_relay_dht_api_/);
  assert.match(text, /^tabmesh_relay_dht_records 7$/m);
});

test('the health JSON', () => {
  assert.deepEqual(relayHealth(snapshot), { status: 'ok', id: snapshot.id, signaling: 'registered', peers: 3, allocations: 2, uptimeSeconds: 12 });
  assert.match(renderRelayMetrics({ ...snapshot, signaling: 'connecting' }), /^tabmesh_relay_signaling_registered 0$/m);
});

test('the chain: its height in the health JSON, its families in the metrics with every refusal reason', () => {
  const chain = { height: 42, blocksAccepted: 7, apiRefused: { 'rate-limited': 3, 'bad-field': 0, 'not-found': 1 } };
  assert.equal(relayHealth({ ...snapshot, chain }).chainHeight, 42);
  const text = renderRelayMetrics({ ...snapshot, chain });
  for (const expected of [
    'tabmesh_relay_chain_height 42',
    'tabmesh_relay_chain_blocks_accepted_total 7',
    'tabmesh_relay_chain_api_refused_total{reason="rate-limited"} 3',
    'tabmesh_relay_chain_api_refused_total{reason="bad-field"} 0',
    'tabmesh_relay_chain_api_refused_total{reason="not-found"} 1',
  ]) {
    assert.ok(text.split('\n').includes(expected), expected);
  }
  assert.doesNotMatch(renderRelayMetrics({ ...snapshot, chain: null }), /tabmesh_relay_chain_/);
});
