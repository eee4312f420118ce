/** The DHT's variables in the relay configuration: the course DHT gateway and the relay's DHT node. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadRelayConfig, MAX_DHT_BYTES, RelayConfigError } from '../../../relay/src/config.ts';

const dht = (env: Record<string, string>) => {
  const c = loadRelayConfig({ TURN_RELAY_IP: '10.0.0.5', ...env });
  return {
    port: c.dhtApiPort,
    host: c.dhtApiHost,
    perAddress: c.dhtApiMaxClientsPerAddress,
    maxTtl: c.dhtMaxTtlSeconds,
    successors: c.dhtSuccessors,
    maxRecords: c.dhtMaxRecords,
    maxBytes: c.dhtMaxBytes,
  };
};

/** Asserts loading `env` throws a RelayConfigError naming `variable`. */
function refused(env: Record<string, string>, variable: string): void {
  assert.throws(
    () => dht(env),
    (e: unknown) => e instanceof RelayConfigError && e.message.includes(variable),
    `${JSON.stringify(env)} should be refused naming ${variable}`,
  );
}

test('DHT_API_* and DHT_*: the defaults', () => {
  assert.deepEqual(dht({}), {
    port: 7401,
    host: '0.0.0.0',
    perAddress: 16,
    maxTtl: 600,
    successors: 4,
    maxRecords: 10_000,
    maxBytes: 256 * 1024 * 1024,
  });
});

test('DHT_API_* and DHT_*: set values, a free port, and the gateway switched off', () => {
  assert.deepEqual(
    dht({
      DHT_API_PORT: '0',
      DHT_API_HOST: '127.0.0.1',
      DHT_API_MAX_CLIENTS_PER_ADDRESS: '3',
      DHT_MAX_TTL_SECONDS: ' 60 ',
      DHT_SUCCESSORS: '16',
      DHT_MAX_RECORDS: '500',
      DHT_MAX_BYTES: '1048576',
    }),
    { port: 0, host: '127.0.0.1', perAddress: 3, maxTtl: 60, successors: 16, maxRecords: 500, maxBytes: 1_048_576 },
  );
  assert.equal(dht({ DHT_API_PORT: '7402' }).port, 7402);
  assert.equal(dht({ DHT_API_PORT: '' }).port, null);
  assert.equal(dht({ DHT_API_PORT: ' off ' }).port, null);
  assert.equal(dht({ DHT_API_PORT: 'OFF' }).port, null);
  // An empty DHT_* variable is the default, like every other variable but the gateway ports.
  assert.equal(dht({ DHT_SUCCESSORS: '' }).successors, 4);
  // The gateways are independent: one off leaves the other on.
  const config = loadRelayConfig({ TURN_RELAY_IP: '10.0.0.5', GOSSIP_API_PORT: 'off' });
  assert.deepEqual([config.gossipApiPort, config.dhtApiPort], [null, 7401]);
});

test('DHT_API_* and DHT_*: bad values are refused with the variable named', () => {
  refused({ DHT_API_PORT: '70000' }, 'DHT_API_PORT');
  refused({ DHT_API_PORT: 'no' }, 'DHT_API_PORT');
  refused({ DHT_API_PORT: '-1' }, 'DHT_API_PORT');
  refused({ DHT_API_MAX_CLIENTS_PER_ADDRESS: '0' }, 'DHT_API_MAX_CLIENTS_PER_ADDRESS');
  refused({ DHT_MAX_TTL_SECONDS: '0' }, 'DHT_MAX_TTL_SECONDS');
  // The course PUT's ttl is a u16: a cap above it could never be asked for.
  refused({ DHT_MAX_TTL_SECONDS: '65536' }, 'DHT_MAX_TTL_SECONDS');
  refused({ DHT_MAX_TTL_SECONDS: '1.5' }, 'DHT_MAX_TTL_SECONDS');
  refused({ DHT_SUCCESSORS: '0' }, 'DHT_SUCCESSORS');
  refused({ DHT_SUCCESSORS: '17' }, 'DHT_SUCCESSORS');
  refused({ DHT_MAX_RECORDS: '0' }, 'DHT_MAX_RECORDS');
  refused({ DHT_MAX_RECORDS: 'many' }, 'DHT_MAX_RECORDS');
  refused({ DHT_MAX_BYTES: '0' }, 'DHT_MAX_BYTES');
  refused({ DHT_MAX_BYTES: String(MAX_DHT_BYTES + 1) }, 'DHT_MAX_BYTES');
  refused({ DHT_MAX_BYTES: '1e6' }, 'DHT_MAX_BYTES');
  // Every problem is reported at once.
  assert.throws(
    () => dht({ DHT_SUCCESSORS: '99', DHT_MAX_RECORDS: '0' }),
    (e: unknown) => e instanceof RelayConfigError && /DHT_SUCCESSORS/.test(e.message) && /DHT_MAX_RECORDS/.test(e.message),
  );
});

test('MAIL_ALLOWED_SENDERS: nobody by default, `*`, or peer ids; anything else names the variable', () => {
  assert.deepEqual(loadRelayConfig({}).mailSenders, { ids: new Set(), anyWithRole: false });
  assert.deepEqual(loadRelayConfig({ MAIL_ALLOWED_SENDERS: '*' }).mailSenders, { ids: new Set(), anyWithRole: true });
  const id = 'ab'.repeat(32);
  assert.deepEqual(loadRelayConfig({ MAIL_ALLOWED_SENDERS: ` ${id.toUpperCase()} ,` }).mailSenders, { ids: new Set([id]), anyWithRole: false });
  assert.throws(() => loadRelayConfig({ MAIL_ALLOWED_SENDERS: 'translation' }), /MAIL_ALLOWED_SENDERS must be '\*' or comma-separated peer ids/);
  assert.throws(() => loadRelayConfig({ MAIL_TOTAL_PER_HOUR: '0' }), /MAIL_TOTAL_PER_HOUR must be an integer in 1\.\.1000000/);
});
