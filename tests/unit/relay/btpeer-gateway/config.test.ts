/** The btpeer gateway's variables in the relay configuration, and its /metrics families. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadRelayConfig, RelayConfigError } from '../../../../relay/src/config.ts';
import { btpeerFamilies } from '../../../../relay/src/btpeer-gateway/index.ts';
import { renderFamilies } from '../../../../web/src/host-node/prometheus.ts';
import { FakeJobs, lengthFramed, exchange, startTestGateway } from './helpers.ts';

const load = (env: Record<string, string>) => loadRelayConfig({ TURN_RELAY_IP: '10.0.0.5', ...env });

test('BTPEER_*: defaults, a free port, off, limits in their units, and bad values named', () => {
  const defaults = load({});
  assert.equal(defaults.btpeerPort, 1119);
  assert.equal(defaults.btpeerHost, '0.0.0.0');
  assert.deepEqual(defaults.btpeerLimits, {
    maxClients: 64,
    maxClientsPerAddress: 4,
    partialMessageTimeoutMs: 60_000,
    idleTimeoutMs: 30_000,
    maxBufferedBytes: 128 * 1024 * 1024,
    requestsPerSecondPerAddress: 5,
    quotesPerMinutePerAddress: 6,
    maxDrafts: 256,
    draftTtlMs: 1_800_000,
    jobWaitMs: 600_000,
  });
  assert.equal(load({ BTPEER_PORT: '0' }).btpeerPort, 0);
  assert.equal(load({ BTPEER_PORT: 'off' }).btpeerPort, null);
  const set = load({ BTPEER_MAX_BUFFERED_MB: '32', BTPEER_UNPAID_JOB_SECONDS: '60', BTPEER_JOB_WAIT_SECONDS: '5', BTPEER_JOBS_PER_MINUTE_PER_ADDRESS: '2' }).btpeerLimits;
  assert.deepEqual([set.maxBufferedBytes, set.draftTtlMs, set.jobWaitMs, set.quotesPerMinutePerAddress], [32 * 1024 * 1024, 60_000, 5000, 2]);
  for (const [name, bad] of [
    ['BTPEER_PORT', '70000'],
    ['BTPEER_MAX_CLIENTS', '0'],
    ['BTPEER_MAX_CLIENTS_PER_ADDRESS', 'x'],
    ['BTPEER_IDLE_SECONDS', '0'],
    ['BTPEER_MAX_BUFFERED_MB', '1'],
    ['BTPEER_MAX_UNPAID_JOBS', '-1'],
  ] as const) {
    assert.throws(() => load({ [name]: bad }), (e: unknown) => e instanceof RelayConfigError && e.message.includes(name), name);
  }
});

test('/metrics shows the btpeer gateway: requests by type, closes by reason, refused connections', async (t) => {
  const gateway = await startTestGateway(t, new FakeJobs());
  await exchange(t, gateway.port, lengthFramed('NAME'));
  await exchange(t, gateway.port, lengthFramed('XXXX'));
  const text = renderFamilies(btpeerFamilies(gateway.stats()));
  assert.match(text, /tabmesh_relay_btpeer_requests_total\{type="NAME"\} 1/);
  assert.match(text, /tabmesh_relay_btpeer_closes_total\{reason="unknown-type"\} 1/);
  assert.match(text, /tabmesh_relay_btpeer_refused_connections_total\{reason="per-address"\} 0/);
});
