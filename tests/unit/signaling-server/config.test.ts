import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DEFAULT_DATA_DIR } from '../../../web/src/host-node/data-dir.ts';
import {
  ConfigError,
  DEFAULT_ALLOWED_HOSTS,
  DEFAULT_HOST,
  DEFAULT_MAX_SOCKETS_PER_ADDRESS,
  DEFAULT_PORT,
  DEFAULT_REGISTER_DEADLINE_SECONDS,
  DEFAULT_STATIC_DIR,
  loadConfig,
} from '../../../signaling-server/src/config.ts';
import { DEFAULT_TURN_CREDENTIAL_TTL_SECONDS } from '../../../signaling-server/src/relay-offers.ts';

test('defaults: port 8080, all interfaces, no ICE servers, dist at the repo root', () => {
  const config = loadConfig({}, '/somewhere');
  assert.equal(config.port, DEFAULT_PORT);
  assert.equal(config.host, DEFAULT_HOST);
  assert.deepEqual(config.iceServers, []);
  assert.equal(config.publicUrl, undefined);
  assert.equal(config.staticDir, DEFAULT_STATIC_DIR);
  assert.match(DEFAULT_STATIC_DIR, /\/dist$/);
  assert.deepEqual(config.corsOrigins, []);
});

test('reads every variable', () => {
  const config = loadConfig(
    {
      PORT: '0',
      HOST: '127.0.0.1',
      PUBLIC_URL: 'https://tabmesh.example.org',
      ICE_SERVERS: JSON.stringify([{ urls: 'stun:stun.example.org:3478' }, { urls: ['turn:t.example.org'], username: 'u', credential: 'c' }]),
      STATIC_DIR: 'build/web',
      CORS_ORIGINS: 'http://localhost:5173, http://127.0.0.1:5173',
    },
    '/srv/tabmesh',
  );
  assert.equal(config.port, 0);
  assert.equal(config.host, '127.0.0.1');
  assert.equal(config.publicUrl, 'https://tabmesh.example.org/');
  assert.deepEqual(config.iceServers, [
    { urls: 'stun:stun.example.org:3478' },
    { urls: ['turn:t.example.org'], username: 'u', credential: 'c' },
  ]);
  assert.equal(config.staticDir, '/srv/tabmesh/build/web');
  assert.deepEqual(config.corsOrigins, ['http://localhost:5173', 'http://127.0.0.1:5173']);
});

test('bad values are all reported by name', () => {
  assert.throws(
    () =>
      loadConfig({
        PORT: '70000',
        PUBLIC_URL: 'ftp://x',
        ICE_SERVERS: '[{"urls":"http://not-ice"}]',
        CORS_ORIGINS: 'not an origin',
      }),
    (error: unknown) => {
      assert.ok(error instanceof ConfigError);
      const text = error.problems.join('\n');
      for (const name of ['PORT', 'PUBLIC_URL', 'ICE_SERVERS[0]', 'CORS_ORIGINS']) assert.ok(text.includes(name), name);
      return true;
    },
  );
  assert.throws(() => loadConfig({ ICE_SERVERS: 'not json' }), ConfigError);
  assert.throws(() => loadConfig({ PORT: '80a' }), ConfigError);
});

test('TURN credentials: TURN_SECRET, DATA_DIR (shared with the relay) and TURN_CREDENTIAL_TTL', () => {
  const defaults = loadConfig({}, '/somewhere');
  assert.equal(defaults.turnSecret, undefined);
  assert.equal(defaults.dataDir, DEFAULT_DATA_DIR);
  assert.equal(defaults.turnCredentialTtlSeconds, DEFAULT_TURN_CREDENTIAL_TTL_SECONDS);
  assert.equal(DEFAULT_TURN_CREDENTIAL_TTL_SECONDS, 3600);

  const set = loadConfig({ TURN_SECRET: ' s3cret ', DATA_DIR: 'state', TURN_CREDENTIAL_TTL: '7200' }, '/srv/tabmesh');
  assert.equal(set.turnSecret, 's3cret');
  assert.equal(set.dataDir, '/srv/tabmesh/state');
  assert.equal(set.turnCredentialTtlSeconds, 7200);

  for (const ttl of ['0', '59', '1e3', '-5', String(8 * 24 * 3600)]) {
    assert.throws(
      () => loadConfig({ TURN_CREDENTIAL_TTL: ttl }),
      (error: unknown) => error instanceof ConfigError && error.problems.some((p) => p.includes('TURN_CREDENTIAL_TTL')),
      ttl,
    );
  }
});

test('trust and connection limits: SIGNALING_TRUSTED_IDS, per-address cap, register deadline, allowed hosts, proxy', () => {
  const defaults = loadConfig({}, '/somewhere');
  assert.deepEqual(defaults.trustedIds, []);
  assert.equal(defaults.maxSocketsPerAddress, DEFAULT_MAX_SOCKETS_PER_ADDRESS);
  assert.equal(defaults.registerDeadlineSeconds, DEFAULT_REGISTER_DEADLINE_SECONDS);
  assert.deepEqual(defaults.allowedHosts, DEFAULT_ALLOWED_HOSTS);
  assert.equal(defaults.trustProxy, false);

  const id = 'ab'.repeat(32);
  const set = loadConfig({
    SIGNALING_TRUSTED_IDS: ` ${id} , ${'cd'.repeat(32)}`,
    SIGNALING_MAX_SOCKETS_PER_ADDRESS: '8',
    SIGNALING_REGISTER_DEADLINE_SECONDS: '5',
    SIGNALING_ALLOWED_HOSTS: 'mesh.example.org, 10.0.0.5',
    SIGNALING_TRUST_PROXY: '1',
  });
  assert.deepEqual(set.trustedIds, [id, 'cd'.repeat(32)]);
  assert.equal(set.maxSocketsPerAddress, 8);
  assert.equal(set.registerDeadlineSeconds, 5);
  assert.deepEqual(set.allowedHosts, ['mesh.example.org', '10.0.0.5']);
  assert.equal(set.trustProxy, true);

  const bad: Record<string, string> = {
    SIGNALING_TRUSTED_IDS: 'not-a-peer-id',
    SIGNALING_MAX_SOCKETS_PER_ADDRESS: '0',
    SIGNALING_REGISTER_DEADLINE_SECONDS: '0.5',
    SIGNALING_ALLOWED_HOSTS: 'http://mesh.example.org/',
    SIGNALING_TRUST_PROXY: 'maybe',
  };
  assert.throws(
    () => loadConfig(bad),
    (error: unknown) => {
      assert.ok(error instanceof ConfigError);
      for (const name of Object.keys(bad)) assert.ok(error.problems.some((p) => p.startsWith(name)), name);
      return true;
    },
  );
});

test('CHAIN_RPC_URL and friends configure the chain told to tabs; a bad one is a configuration error naming it', () => {
  assert.equal(loadConfig({}).chain, undefined);
  const chain = loadConfig({ CHAIN_RPC_URL: 'https://rpc.example/', CHAIN_ID: '11155111', SERVICE_ADDRESS: '0x' + 'ab'.repeat(20), JOB_PRICE_WEI: '2000', CHAIN_CONFIRMATIONS: '3' }).chain;
  assert.equal(chain?.terms.chainId, 11155111n);
  assert.equal(chain?.terms.priceWei, 2000n);
  assert.equal(chain?.terms.confirmations, 3);
  assert.equal(chain?.publicRpcUrl, 'https://rpc.example');
  assert.throws(() => loadConfig({ CHAIN_RPC_URL: 'https://rpc.example/' }), (e: Error) => e instanceof ConfigError && /CHAIN_ID is required/.test(e.message) && /SERVICE_ADDRESS/.test(e.message));
});

test('OPUS_MT_URL and OPUS_MT_PAIRS: told to translating tabs; bad ones named', () => {
  assert.equal(loadConfig({}).opusMt, undefined);
  assert.deepEqual(loadConfig({ OPUS_MT_URL: 'https://models.example/opus/' }).opusMt, { url: 'https://models.example/opus/', pairs: ['en-es', 'en-fr', 'en-it', 'en-de'] });
  assert.deepEqual(loadConfig({ OPUS_MT_URL: 'http://10.0.0.2:9000/', OPUS_MT_PAIRS: 'en-es' }).opusMt, { url: 'http://10.0.0.2:9000/', pairs: ['en-es'] });
  assert.throws(() => loadConfig({ OPUS_MT_URL: 'ftp://x/' }), (e: Error) => e instanceof ConfigError && /OPUS_MT_URL must be an http\(s\) URL/.test(e.message));
  assert.throws(() => loadConfig({ OPUS_MT_URL: 'https://x/', OPUS_MT_PAIRS: 'es-en' }), (e: Error) => e instanceof ConfigError && /OPUS_MT_PAIRS: choose from/.test(e.message));
});
