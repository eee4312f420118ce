/** The DHT gateway's limits in /metrics: refused PUTs, closes and refused connections by reason, what clients hold. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DHT_CLOSE_REASONS, PUT_REFUSALS } from '../../../../relay/src/dht-gateway/index.ts';
import { VirtualClock } from '../../../support/virtual-clock.ts';
import { metricsWith, samples } from '../../../support/course-metrics.ts';
import { FakeDht } from './fake-dht.ts';
import { DhtTestClient, eventually, fromHex, put, roundTrip, startTestGateway, text } from './helpers.ts';

test('every DHT gateway limit family, from a gateway that refused and closed some clients', async (t) => {
  const dht = new FakeDht();
  const gateway = await startTestGateway(t, dht, { clock: new VirtualClock(), maxRecordsPerClient: 1, maxClientsPerAddress: 2 });
  const a = await DhtTestClient.connect(t, gateway.port);
  a.send(put(1, text('abc')), put(2, text('over the share')));
  assert.deepEqual(await roundTrip(a), []);
  await eventually(() => gateway.stats().putsStored === 1, 'stored');
  const bad = await DhtTestClient.connect(t, gateway.port);
  bad.send(fromHex('0003 028b 00'));
  await bad.closed;
  await DhtTestClient.connect(t, gateway.port);
  const third = await DhtTestClient.connect(t, gateway.port);
  await third.closed;

  const text_ = metricsWith({ dhtApi: gateway.stats() });
  const P = 'tabmesh_relay_dht_api';
  const lines = samples(text_, P);
  for (const expected of [
    `${P}_clients 2`,
    `${P}_puts_total{result="stored"} 1`,
    `${P}_puts_refused_total{reason="client-share"} 1`,
    `${P}_puts_refused_total{reason="rate-limited"} 0`,
    `${P}_closes_total{reason="malformed"} 1`,
    `${P}_closes_total{reason="idle"} 0`,
    `${P}_refused_connections_total{reason="per-address"} 1`,
    `${P}_records 1`,
    `${P}_record_bytes 3`,
  ]) {
    assert.ok(lines.includes(expected), `${expected} in\n${lines.join('\n')}`);
  }
  const labels = (family: string) => [...text_.matchAll(new RegExp(`^${P}_${family}\\{reason="([^"]+)"\\} \\d+$`, 'gm'))].map((m) => m[1]);
  assert.deepEqual(labels('puts_refused_total'), [...PUT_REFUSALS]);
  assert.deepEqual(labels('closes_total'), [...DHT_CLOSE_REASONS]);
});
