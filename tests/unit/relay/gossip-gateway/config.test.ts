/** The gateway's variables in the relay configuration. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadRelayConfig, RelayConfigError } from '../../../../relay/src/config.ts';

const gateway = (env: Record<string, string>) => {
  const c = loadRelayConfig({ TURN_RELAY_IP: '10.0.0.5', ...env });
  return { port: c.gossipApiPort, host: c.gossipApiHost, perAddress: c.gossipApiMaxClientsPerAddress };
};

test('GOSSIP_API_*: defaults, a free port, off, and bad values named', () => {
  assert.deepEqual(gateway({}), { port: 7001, host: '0.0.0.0', perAddress: 16 });
  assert.deepEqual(gateway({ GOSSIP_API_PORT: '0', GOSSIP_API_HOST: '127.0.0.1', GOSSIP_API_MAX_CLIENTS_PER_ADDRESS: '3' }), {
    port: 0,
    host: '127.0.0.1',
    perAddress: 3,
  });
  assert.equal(gateway({ GOSSIP_API_PORT: '' }).port, null);
  assert.equal(gateway({ GOSSIP_API_PORT: ' off ' }).port, null);
  assert.equal(gateway({ GOSSIP_API_PORT: 'OFF' }).port, null);
  assert.throws(() => gateway({ GOSSIP_API_PORT: '70000' }), (e: unknown) => e instanceof RelayConfigError && /GOSSIP_API_PORT/.test(e.message));
  assert.throws(() => gateway({ GOSSIP_API_PORT: 'no' }), /GOSSIP_API_PORT/);
  assert.throws(() => gateway({ GOSSIP_API_MAX_CLIENTS_PER_ADDRESS: '0' }), /GOSSIP_API_MAX_CLIENTS_PER_ADDRESS/);
});

test('GOSSIP_API_* limits: defaults, seconds turned into ms, and bad values named', () => {
  const limits = (env: Record<string, string>) => loadRelayConfig({ TURN_RELAY_IP: '10.0.0.5', ...env }).gossipApiLimits;
  assert.deepEqual(limits({}), {
    maxClients: 1024,
    partialMessageTimeoutMs: 15_000,
    idleTimeoutMs: 120_000,
    maxSubscriptionsPerClient: 256,
    maxSubscriptions: 16_384,
    announcesPerSecondPerClient: 5,
    announcesPerSecondPerAddress: 10,
  });
  assert.deepEqual(
    limits({
      GOSSIP_API_MAX_CLIENTS: '10',
      GOSSIP_API_PARTIAL_MESSAGE_SECONDS: '3',
      GOSSIP_API_IDLE_SECONDS: '30',
      GOSSIP_API_MAX_SUBSCRIPTIONS_PER_CLIENT: '4',
      GOSSIP_API_MAX_SUBSCRIPTIONS: '40',
      GOSSIP_API_ANNOUNCES_PER_SECOND_PER_CLIENT: '1',
      GOSSIP_API_ANNOUNCES_PER_SECOND_PER_ADDRESS: '2',
    }),
    { maxClients: 10, partialMessageTimeoutMs: 3000, idleTimeoutMs: 30_000, maxSubscriptionsPerClient: 4, maxSubscriptions: 40, announcesPerSecondPerClient: 1, announcesPerSecondPerAddress: 2 },
  );
  for (const [name, bad] of [
    ['GOSSIP_API_MAX_CLIENTS', '0'],
    ['GOSSIP_API_PARTIAL_MESSAGE_SECONDS', '0'],
    ['GOSSIP_API_IDLE_SECONDS', 'soon'],
    ['GOSSIP_API_MAX_SUBSCRIPTIONS_PER_CLIENT', '65537'],
    ['GOSSIP_API_MAX_SUBSCRIPTIONS', '-1'],
    ['GOSSIP_API_ANNOUNCES_PER_SECOND_PER_CLIENT', '0'],
    ['GOSSIP_API_ANNOUNCES_PER_SECOND_PER_ADDRESS', '1.5'],
  ] as const) {
    assert.throws(() => limits({ [name]: bad }), (e: unknown) => e instanceof RelayConfigError && e.message.includes(name), name);
  }
});
