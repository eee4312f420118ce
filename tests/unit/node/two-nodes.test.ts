import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createSwarm } from '../../support/swarm.ts';

test('two nodes link, probe RTT, measure throughput, and move a chunked payload', async () => {
  const swarm = await createSwarm(2, { model: { latencyMs: 10, bytesPerMs: 1000 } });
  const [a, b] = swarm.nodes as [typeof swarm.nodes[0], typeof swarm.nodes[0]];
  await swarm.clock.runUntil(() => a.manager.degree === 1 && b.manager.degree === 1, 10_000);
  assert.equal(a.manager.link(b.id)?.remoteId, b.id);

  const rtt = await Promise.race([a.ping(b.id), swarm.clock.advance(1000).then(() => -1)]);
  assert.ok(rtt >= 20 && rtt < 30, `rtt ${rtt}`);

  let result: Awaited<ReturnType<typeof a.measureThroughput>> | undefined;
  void a.measureThroughput(b.id, { bytes: 200_000 }).then((r) => (result = r));
  await swarm.clock.runUntil(() => result !== undefined, 5_000, 10);
  assert.ok(result);
  // the model moves 1000 bytes per ms = 1 MB/s each way
  assert.ok(Math.abs(result.downBps - 1_000_000) / 1_000_000 < 0.05, `down ${result.downBps}`);
  assert.ok(Math.abs(result.upBps - 1_000_000) / 1_000_000 < 0.05, `up ${result.upBps}`);
  assert.equal(b.peers().find((p) => p.id === a.id)?.link, 'open');

  const payload = new Uint8Array(300_000).map((_, i) => (i * 7) & 0xff);
  let received: Uint8Array | undefined;
  b.onPayload((from, kind, bytes) => {
    if (from === a.id && kind === 7) received = bytes;
  });
  void a.sendPayload(b.id, 7, payload);
  await swarm.clock.runUntil(() => received !== undefined, 5_000, 10);
  assert.deepEqual(received, payload);

  a.stop();
  await swarm.clock.runUntil(() => b.manager.degree === 0, 1_000, 10);
  assert.equal(b.table.get(a.id), undefined, 'a leaving node is pruned at once');
  swarm.stopAll();
});
