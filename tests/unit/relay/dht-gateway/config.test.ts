/** The DHT gateway's limits in the relay configuration (DHT_API_*). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadRelayConfig, RelayConfigError } from '../../../../relay/src/config.ts';

const limits = (env: Record<string, string>) => loadRelayConfig({ TURN_RELAY_IP: '10.0.0.5', ...env }).dhtApiLimits;
const MiB = 1024 * 1024;

test('DHT_API_* limits: defaults, the gateway-wide share half the store, seconds turned into ms', () => {
  assert.deepEqual(limits({}), {
    maxClients: 1024,
    partialMessageTimeoutMs: 15_000,
    idleTimeoutMs: 120_000,
    putsPerSecondPerClient: 50,
    putsPerSecondPerAddress: 100,
    maxRecordsPerClient: 256,
    maxBytesPerClient: 4 * MiB,
    maxRecordsPerAddress: 1024,
    maxBytesPerAddress: 16 * MiB,
    maxRecords: 5000,
    maxBytes: 128 * MiB,
  });
  const small = limits({ DHT_MAX_RECORDS: '100', DHT_MAX_BYTES: '1000', DHT_API_IDLE_SECONDS: '5', DHT_API_PARTIAL_MESSAGE_SECONDS: '2' });
  assert.deepEqual(
    [small.maxRecords, small.maxBytes, small.maxRecordsPerClient, small.maxBytesPerClient, small.maxRecordsPerAddress, small.maxBytesPerAddress],
    [50, 500, 50, 500, 50, 500],
    'half of a small store, and no share larger than the gateway’s',
  );
  assert.deepEqual([small.idleTimeoutMs, small.partialMessageTimeoutMs], [5000, 2000]);
});

test('DHT_API_* limits: a share larger than the store, or a bad value, is named', () => {
  for (const [env, name] of [
    [{ DHT_MAX_RECORDS: '100', DHT_API_MAX_RECORDS: '101' }, 'DHT_API_MAX_RECORDS'],
    [{ DHT_MAX_BYTES: '1000', DHT_API_MAX_BYTES: '1001' }, 'DHT_API_MAX_BYTES'],
    [{ DHT_API_MAX_RECORDS: '10', DHT_API_MAX_RECORDS_PER_CLIENT: '11' }, 'DHT_API_MAX_RECORDS_PER_CLIENT'],
    [{ DHT_API_MAX_BYTES_PER_ADDRESS: '0' }, 'DHT_API_MAX_BYTES_PER_ADDRESS'],
    [{ DHT_API_PUTS_PER_SECOND_PER_CLIENT: 'fast' }, 'DHT_API_PUTS_PER_SECOND_PER_CLIENT'],
    [{ DHT_API_PUTS_PER_SECOND_PER_ADDRESS: '0' }, 'DHT_API_PUTS_PER_SECOND_PER_ADDRESS'],
    [{ DHT_API_MAX_CLIENTS: '0' }, 'DHT_API_MAX_CLIENTS'],
    [{ DHT_API_IDLE_SECONDS: '0' }, 'DHT_API_IDLE_SECONDS'],
  ] as const) {
    assert.throws(() => limits(env), (e: unknown) => e instanceof RelayConfigError && e.message.includes(name), name);
  }
});
