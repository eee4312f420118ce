import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ConfigError, DEFAULT_HOST, DEFAULT_PORT, DEFAULT_STATIC_DIR, loadConfig } from '../../../signaling-server/src/config.ts';

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
