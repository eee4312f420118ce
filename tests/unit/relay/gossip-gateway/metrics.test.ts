/** The gossip gateway in /metrics: clients, subscriptions, announces, notifications, validations, closes and refusals by reason. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { GOSSIP_CLOSE_REASONS } from '../../../../relay/src/gossip-gateway/index.ts';
import { metricsWith, samples } from '../../../support/course-metrics.ts';
import { fromHex, startTestGateway, TestClient } from './helpers.ts';
import { is, mesh, subscribed } from './mesh.ts';
import { announce, notification, text, validation } from './messages.ts';

test('every gossip gateway family, from a gateway that saw some traffic and some abuse', async (t) => {
  const { relay, remote } = mesh();
  const gateway = await startTestGateway(t, relay, { maxClientsPerAddress: 3 });
  const a = await subscribed(t, gateway.port, relay, 1, 2);
  const b = await subscribed(t, gateway.port, relay, 1);
  a.send(announce(1, text('to b')));
  assert.deepEqual(await b.next(), notification(0, 1, text('to b')));
  remote.announce(0, 2, text('to a'));
  assert.deepEqual(await a.next(), notification(0, 2, text('to a')));
  a.send(validation(0, true), validation(9, true));
  await relay.waitFor(is('validate'));
  const bad = await TestClient.connect(t, gateway.port);
  bad.send(fromHex('0003 01f5 00'));
  await bad.closed;
  await TestClient.connect(t, gateway.port); // the third place of 127.0.0.1
  const refused = await TestClient.connect(t, gateway.port);
  await refused.closed;
  const text_ = metricsWith({ dhtApi: null, gossipApi: gateway.stats() });
  const P = 'tabmesh_relay_gossip_api';
  const lines = samples(text_, P);
  for (const expected of [
    `${P}_clients 3`,
    `${P}_subscriptions 3`,
    `${P}_pending_validations 1`,
    `${P}_announces_total{result="forwarded"} 1`,
    `${P}_announces_total{result="refused"} 0`,
    `${P}_announces_total{result="closed"} 0`,
    `${P}_notifications_total 2`,
    `${P}_validations_total{result="applied"} 1`,
    `${P}_validations_total{result="unknown"} 1`,
    `${P}_unanswered_notifications_total 0`,
    `${P}_closes_total{reason="malformed"} 1`,
    `${P}_refused_connections_total{reason="per-address"} 1`,
    `${P}_refused_connections_total{reason="capacity"} 0`,
    `${P}_internal_errors_total 0`,
  ]) {
    assert.ok(lines.includes(expected), `${expected} in\n${lines.join('\n')}`);
  }
  const reasons = [...text_.matchAll(/^tabmesh_relay_gossip_api_closes_total\{reason="([^"]+)"\} \d+$/gm)].map((m) => m[1]);
  assert.deepEqual(reasons, [...GOSSIP_CLOSE_REASONS], 'every reason, even at zero');
  assert.match(text_, /^# TYPE tabmesh_relay_gossip_api_closes_total counter$/m);
  assert.match(text_, /^# HELP tabmesh_relay_gossip_api_clients \S/m);
});

test('with the gossip gateway off its families are left out', () => {
  assert.doesNotMatch(metricsWith({ dhtApi: null, gossipApi: null }), /tabmesh_relay_gossip_api_/);
  assert.doesNotMatch(metricsWith({ dhtApi: null }), /tabmesh_relay_gossip_api_/);
});
