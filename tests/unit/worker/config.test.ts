/** `npm run worker` options: flags over environment variables, defaults, and every bad value named. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadWorkerConfig, workerHelp, WorkerConfigError, type WorkerConfig } from '../../../worker/src/config.ts';

const CHAIN = { CHAIN_RPC_URL: 'http://127.0.0.1:8545', CHAIN_ID: '31337', SERVICE_ADDRESS: '0xa0Ee7A142d267C1f36714E4a8F75612F20a79720' };

function load(argv: string[], env: Record<string, string> = {}): WorkerConfig {
  const config = loadWorkerConfig(argv, env);
  assert.notEqual(config, 'help');
  return config as WorkerConfig;
}

test('defaults: all three roles with a chain, the local server, capacity 2, HTTP on 8082, apertium from PATH', () => {
  const c = load([], { ...CHAIN, DATA_DIR: '/tmp/tm' });
  assert.deepEqual(c.roles, ['broker', 'transcription', 'translation']);
  assert.equal(c.signalingUrl, 'http://127.0.0.1:8080/');
  assert.equal(c.capacity, 2);
  assert.equal(c.httpPort, 8082);
  assert.equal(c.apertium, 'apertium');
  assert.equal(c.dataDir, '/tmp/tm/workers/default');
  assert.equal(c.chain?.terms.chainId, 31337n);
});

test('a flag wins over its environment variable; off switches HTTP and Apertium off', () => {
  const c = load(['--roles', 'transcription', '--capacity', '4', '--http-port', 'off', '--apertium', 'off', '--data-dir', '/tmp/w1'], { WORKER_ROLES: 'translation', WORKER_CAPACITY: '8' });
  assert.deepEqual(c.roles, ['transcription']);
  assert.equal(c.capacity, 4);
  assert.equal(c.httpPort, null);
  assert.equal(c.apertium, null);
  assert.equal(c.dataDir, '/tmp/w1');
  const fromEnv = load([], { WORKER_ROLES: 'translation', WORKER_CAPACITY: '8', WORKER_HTTP_PORT: '0', SIGNALING_URL: 'https://mesh.example/' });
  assert.deepEqual(fromEnv.roles, ['translation']);
  assert.equal(fromEnv.capacity, 8);
  assert.equal(fromEnv.httpPort, 0);
  assert.equal(fromEnv.signalingUrl, 'https://mesh.example/');
});

test('every bad value is named with its flag and variable, all at once', () => {
  assert.throws(
    () => loadWorkerConfig(['--roles', 'broker,miner', '--capacity', '0', '--http-port', '70000', '--signal', 'ftp://x'], {}),
    (e: Error) =>
      e instanceof WorkerConfigError &&
      /--roles \(WORKER_ROLES\): unknown role\(s\) miner/.test(e.message) &&
      /--capacity \(WORKER_CAPACITY\) must be an integer in 1\.\.64/.test(e.message) &&
      /--http-port \(WORKER_HTTP_PORT\) must be an integer in 0\.\.65535/.test(e.message) &&
      /--signal \(SIGNALING_URL\) must be an http\(s\) URL/.test(e.message) &&
      /broker role .* needs the chain/.test(e.message),
  );
  assert.throws(() => loadWorkerConfig(['--colour', 'red'], {}), (e: Error) => e instanceof WorkerConfigError && /--colour/.test(e.message));
  assert.throws(() => loadWorkerConfig([], { ...CHAIN, CHAIN_ID: 'x' }), (e: Error) => e instanceof WorkerConfigError && /CHAIN_ID/.test(e.message));
});

test('--help is answered, and lists every option with its variable', () => {
  assert.equal(loadWorkerConfig(['--help'], {}), 'help');
  const help = workerHelp();
  for (const name of ['--signal', 'SIGNALING_URL', '--roles', 'WORKER_ROLES', '--data-dir', 'WORKER_DATA_DIR', '--capacity', 'WORKER_CAPACITY', '--http-host', 'WORKER_HTTP_HOST', '--http-port', 'WORKER_HTTP_PORT', '--apertium', 'APERTIUM_PATH', '--apertium-modes', 'APERTIUM_MODES_DIR']) {
    assert.ok(help.includes(name), name);
  }
});

test('Opus-MT: none by default, a directory, or a URL with its pairs and a cache in the data directory; both or bad ones named', () => {
  const t = ['--roles', 'translation'];
  assert.equal(load(t, { DATA_DIR: '/tmp/tm' }).opusMt, null);
  assert.deepEqual(load([...t, '--opus-mt-dir', '/models'], {}).opusMt, { dir: '/models' });
  assert.deepEqual(load([...t, '--data-dir', '/tmp/w2'], { OPUS_MT_URL: 'https://models.example/opus/', OPUS_MT_PAIRS: 'en-es, en-de' }).opusMt, {
    url: 'https://models.example/opus/',
    cacheDir: '/tmp/w2/opus-mt-cache',
    pairs: ['en-es', 'en-de'],
  });
  assert.throws(
    () => loadWorkerConfig([...t, '--opus-mt-dir', '/m', '--opus-mt-url', 'https://x/'], {}),
    (e: Error) => e instanceof WorkerConfigError && /--opus-mt-dir \(OPUS_MT_DIR\) and --opus-mt-url \(OPUS_MT_URL\): give one source/.test(e.message),
  );
  assert.throws(() => loadWorkerConfig(['--opus-mt-url', 'file:///m'], {}), (e: Error) => /--opus-mt-url \(OPUS_MT_URL\) must be an http\(s\) URL/.test(e.message));
  assert.throws(() => loadWorkerConfig(['--opus-mt-url', 'https://x/', '--opus-mt-pairs', 'en-xx'], {}), (e: Error) => /--opus-mt-pairs \(OPUS_MT_PAIRS\): choose from .*not en-xx/.test(e.message));
  for (const name of ['--opus-mt-dir', 'OPUS_MT_DIR', '--opus-mt-url', 'OPUS_MT_URL', '--opus-mt-pairs', 'OPUS_MT_PAIRS']) assert.ok(workerHelp().includes(name), name);
});
