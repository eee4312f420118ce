/**
 * Interop with an independent client: coturn's turnutils_uclient (client-to-client mode, with
 * RTCP allocations, so EVEN-PORT and RESERVATION-TOKEN too) must relay every message, over UDP
 * and over TCP. The two runs take ~10 s each, mostly the client's own pacing, so they overlap.
 */
import { test, type TestContext } from 'node:test';
import assert from 'node:assert/strict';
import { runUclient } from './uclient.ts';
import { SECRET, startServer } from './harness.ts';

async function relaysEverything(t: TestContext, tcp: boolean): Promise<void> {
  const { server } = await startServer(t, { clock: Date.now });
  const peerId = `uclient-${tcp ? 'tcp' : 'udp'}`;
  const result = await runUclient({ port: server.port, secret: SECRET, peerId, nowMs: Date.now(), tcp });
  const tail = result.output.split('\n').slice(-15).join('\n');
  assert.equal(result.exitCode, 0, tail);
  assert.equal(result.lostPackets, 0, tail);
  assert.equal(result.sentMessages, 800, tail);
  assert.equal(result.receivedMessages, 800, tail);
  const stats = server.stats();
  assert.equal(stats.authFailures, 0);
  assert.equal(stats.internalErrors, 0);
  assert.ok(stats.relayedPackets >= 1600, `relayed ${stats.relayedPackets}`);
}

test('turnutils_uclient -y -n 200 -l 200 -m 2 -X: "Total lost packets 0"', { concurrency: 2 }, async (t) => {
  await Promise.all([
    t.test('over UDP', (t) => relaysEverything(t, false)),
    t.test('over TCP (-t)', (t) => relaysEverything(t, true)),
  ]);
});
