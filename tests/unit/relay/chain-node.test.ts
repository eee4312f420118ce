/**
 * The relay as a full node of the chain, started in process with the test's classifier: blocks it
 * accepts (their images fetched from its DHT) show in the read API, /healthz and /metrics; its
 * chain and the images of accepted blocks survive a restart; with the real model, loaded on the
 * first block, a photo of a cat is a "cat" and nothing else; RELAY_CHAIN=off leaves all of it out.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { startSignalingServer } from '../../../signaling-server/src/server.ts';
import { loadRelayConfig, RelayConfigError } from '../../../relay/src/config.ts';
import { RELAY_ROLES, RELAY_ROLES_WITHOUT_CHAIN, type Relay } from '../../../relay/src/relay.ts';
import type { Chain } from '../../../web/src/node/chain/chain.ts';
import { childOf, fakeClassifier, fakeImage, memoryImages } from '../../support/chain-fixtures.ts';
import { TEST_SECRET, getJson, getText, metric, relayConfig, startTestRelay, tempDir } from './helpers.ts';

const quiet = { info: () => {}, warn: () => {} };

/** Mines `n` blocks on the relay's tip, each image stored in the relay's DHT first (as a miner publishes it). */
async function mine(relay: Relay, n: number): Promise<{ hash: string; imageKey: string; image: Uint8Array }[]> {
  const chain = relay.chain as Chain;
  const mined = [];
  for (let i = 0; i < n; i++) {
    const image = fakeImage('cat', Math.floor(Math.random() * 1e9));
    const imageKey = await relay.dht.putContent(image);
    const block = childOf(chain, chain.tip(), memoryImages(), { image });
    assert.deepEqual(await chain.submitBlock(block), { ok: true, value: 'tip' });
    mined.push({ hash: block.hash, imageKey, image });
  }
  return mined;
}

test('the relay keeps the chain on disk, serves it over HTTP and reports it', async (t) => {
  const server = await startSignalingServer({ port: 0, host: '127.0.0.1', turnSecret: TEST_SECRET, logger: quiet });
  t.after(() => server.close());
  const dataDir = await tempDir(t);
  const config = relayConfig({ signalingUrl: server.url, dataDir });
  assert.deepEqual([config.chainNode, config.chainApiRate], [true, 20], 'on by default');
  const relay = await startTestRelay(config, { chainClassifier: fakeClassifier, logger: quiet });
  const base = `http://127.0.0.1:${relay.httpPort}`;
  const mined = await mine(relay, 3);
  const tip = mined.at(-1)!;

  const head = await getJson(`${base}/chain/head`);
  assert.equal(head.status, 200);
  assert.deepEqual([(head.body as { height: number }).height, (head.body as { hash: string }).hash], [3, tip.hash]);
  const blocks = (await getJson(`${base}/chain/blocks?from=1&to=3`)).body as { blocks: { hash: string }[] };
  assert.deepEqual(blocks.blocks.map((b) => b.hash), mined.map((m) => m.hash));
  assert.equal((await getJson(`${base}/chain/tx/nothex`)).status, 400);
  const image = await fetch(`${base}/chain/image/${tip.imageKey}`);
  assert.equal(image.status, 200, 'the image of an accepted block, kept from the DHT');
  assert.deepEqual(new Uint8Array(await image.arrayBuffer()), tip.image);

  const health = (await getJson(`${base}/healthz`)).body as { chainHeight?: number };
  assert.equal(health.chainHeight, 3);
  const metrics = (await getText(`${base}/metrics`)).body;
  assert.equal(metric(metrics, 'tabmesh_relay_chain_height'), 3);
  assert.equal(metric(metrics, 'tabmesh_relay_chain_blocks_accepted_total'), 3);
  assert.equal(metric(metrics, 'tabmesh_relay_chain_api_refused_total{reason="bad-field"}'), 1);
  assert.equal(metric(metrics, 'tabmesh_relay_chain_api_refused_total{reason="rate-limited"}'), 0);
  await relay.close();

  const again = await startTestRelay(config, { chainClassifier: fakeClassifier, logger: quiet });
  t.after(() => again.close());
  const base2 = `http://127.0.0.1:${again.httpPort}`;
  assert.equal(again.chain?.tip().hash, tip.hash, 'loaded from disk before the mesh started');
  assert.equal(((await getJson(`${base2}/chain/head`)).body as { height: number }).height, 3);
  assert.equal((await fetch(`${base2}/chain/image/${mined[0]!.imageKey}`)).status, 200, 'images kept across the restart');
  assert.equal(metric((await getText(`${base2}/metrics`)).body, 'tabmesh_relay_chain_blocks_accepted_total'), 0, 'loaded blocks are not accepted again');
  await mine(again, 1);
  assert.equal(((await getJson(`${base2}/healthz`)).body as { chainHeight?: number }).chainHeight, 4);
});

test('without a classifier given, CenterNet loads on the first block: a photo of a cat is accepted as "cat" only', async (t) => {
  const server = await startSignalingServer({ port: 0, host: '127.0.0.1', turnSecret: TEST_SECRET, logger: quiet });
  t.after(() => server.close());
  const relay = await startTestRelay(relayConfig({ signalingUrl: server.url, dataDir: await tempDir(t) }), { logger: quiet });
  t.after(() => relay.close());
  const chain = relay.chain as Chain;
  const photo = new Uint8Array(await readFile(new URL('../../fixtures/photos/chelsea.png', import.meta.url)));
  await relay.dht.putContent(photo);
  const code = async (label: string): Promise<string> => {
    const r = await chain.submitBlock(childOf(chain, chain.tip(), memoryImages(), { image: photo, label }));
    return r.ok ? r.value : r.error.code;
  };
  assert.equal(await code('dog'), 'label-not-recognised');
  assert.equal(await code('cat'), 'tip');
  assert.equal(chain.tip().height, 1);
});

test('RELAY_CHAIN=off: no chain, no chain routes or metrics, roles without seed and full', async (t) => {
  const server = await startSignalingServer({ port: 0, host: '127.0.0.1', turnSecret: TEST_SECRET, logger: quiet });
  t.after(() => server.close());
  const config = relayConfig({ signalingUrl: server.url, dataDir: await tempDir(t) }, { RELAY_CHAIN: 'off' });
  const relay = await startTestRelay(config, { logger: quiet });
  t.after(() => relay.close());
  const base = `http://127.0.0.1:${relay.httpPort}`;
  assert.equal(relay.chain, null);
  assert.deepEqual(relay.node.roles(), [...RELAY_ROLES_WITHOUT_CHAIN]);
  assert.equal((await getText(`${base}/chain/head`)).status, 404);
  assert.equal(((await getJson(`${base}/healthz`)).body as { chainHeight?: number }).chainHeight, undefined);
  assert.doesNotMatch((await getText(`${base}/metrics`)).body, /tabmesh_relay_chain_/);
  assert.deepEqual([...RELAY_ROLES].sort(), ['full', 'relay', 'seed']);
});

test('RELAY_CHAIN is on or off (any case), RELAY_CHAIN_API_RATE a whole number of requests per second', () => {
  const chain = (env: Record<string, string>) => {
    const c = loadRelayConfig({ TURN_RELAY_IP: '10.0.0.5', ...env });
    return [c.chainNode, c.chainApiRate];
  };
  assert.deepEqual(chain({}), [true, 20]);
  assert.deepEqual(chain({ RELAY_CHAIN: 'OFF', RELAY_CHAIN_API_RATE: ' 5 ' }), [false, 5]);
  assert.deepEqual(chain({ RELAY_CHAIN: 'on', RELAY_CHAIN_API_RATE: '100000' }), [true, 100_000]);
  assert.deepEqual(chain({ RELAY_CHAIN: '' }), [true, 20], 'empty is unset');
  for (const [name, value] of [['RELAY_CHAIN', 'yes'], ['RELAY_CHAIN', '0'], ['RELAY_CHAIN_API_RATE', '0'], ['RELAY_CHAIN_API_RATE', '1.5'], ['RELAY_CHAIN_API_RATE', '100001'], ['RELAY_CHAIN_API_RATE', 'fast']] as const) {
    assert.throws(() => chain({ [name]: value }), (e: unknown) => e instanceof RelayConfigError && e.message.includes(name), `${name}=${value}`);
  }
});
