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
