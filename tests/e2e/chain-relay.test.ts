/**
 * The relay as the chain's seed, with real tabs and the real model: a tab mines block 1 from a
 * photo of a cat; the relay validates it (classifying the image itself) and serves it on its read
 * API, where an independent check re-hashes the header bytes; the miner's tab closes, and a tab
 * opened afterwards syncs the chain from the network, image included, and sees the balance.
 */
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import type { Browser } from 'playwright-core';
import { loadRelayConfig } from '../../relay/src/config.ts';
import { startRelay, type Relay } from '../../relay/src/relay.ts';
import { startSmtpSink } from '../../scripts/dev/mail-sink/index.ts';
import { startSignalingServer, type SignalingServer } from '../../signaling-server/src/server.ts';
import { launchBrowser, openTabs, testRelayEnv, waitFor } from './harness.ts';

const SECRET = 'e2e-chain-relay-secret-0123456789';
const CAT = new URL('../fixtures/photos/chelsea.png', import.meta.url);

let dataDir = '';
let sink: Awaited<ReturnType<typeof startSmtpSink>> | undefined;
let server: SignalingServer | undefined;
let relay: Relay | undefined;
let browser: Browser | undefined;

before(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'tabmesh-e2e-chain-'));
  sink = await startSmtpSink({ dir: join(dataDir, 'mail'), port: 0 });
  server = await startSignalingServer({ port: 0, host: '127.0.0.1', staticDir: 'dist', turnSecret: SECRET });
  const config = loadRelayConfig(testRelayEnv({ signalingUrl: server.url, dataDir: join(dataDir, 'relay-data'), smtpPort: sink.port, mailFrom: 'relay@tabmesh.test' }));
  relay = await startRelay({ ...config, secret: SECRET });
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close().catch(() => undefined);
  await relay?.close().catch(() => undefined);
  await server?.close().catch(() => undefined);
  await sink?.close().catch(() => undefined);
  await rm(dataDir, { recursive: true, force: true });
  setTimeout(() => process.exit(process.exitCode ?? 0), 100).unref();
});

async function api<T>(path: string): Promise<{ status: number; body: T }> {
  const answer = await fetch(`http://127.0.0.1:${relay!.httpPort}${path}`);
  return { status: answer.status, body: (await answer.json()) as T };
}

test('a block mined in a tab is validated by the relay, served by its API, and synced by a later tab', async () => {
  const image = new Uint8Array(await readFile(CAT));
  const context = await browser!.newContext();
  const [miner] = await openTabs(context, server!.url, 1);
  // The tab and the relay link up (the relay is a seed: bootstrap lists it first).
  await waitFor('the miner tab to link to the relay', () => miner!.evaluate((id) => window.tabmesh!.peers().some((p) => p.id === id && p.link === 'open'), relay!.id), 60_000);
  const mined = await miner!.evaluate(async (bytes) => {
    const chain = window.tabmesh!.chain;
    const { address } = await chain.createAccount();
    const r = await chain.mine({ image: new Uint8Array(bytes), label: 'cat', prevLabel: 'The Void' });
    return { r, address };
  }, [...image]);
  assert.ok(mined.r.ok, JSON.stringify(mined.r));
  const blockHash = (mined.r as { value: { hash: string } }).value.hash;

  // The relay checks the block with its own copy of the model, then serves it.
  const head = await waitFor('the relay to accept block 1', async () => {
    const h = await api<{ height: number; hash: string; label: string }>('/chain/head');
    return h.body.height === 1 ? h.body : undefined;
  }, 60_000, 500);
  assert.equal(head.hash, blockHash);
  assert.equal(head.label, 'cat');
  const blocks = await api<{ blocks: { hash: string; headerHex: string; imageKey: string; miner: string }[] }>('/chain/blocks?from=1&to=1');
  const [block] = blocks.body.blocks;
  assert.equal(createHash('sha256').update(Buffer.from(block!.headerHex, 'hex')).digest('hex'), blockHash, 'an independent program re-hashes the header bytes');
  assert.equal(block!.miner, mined.address);
  const served = await fetch(`http://127.0.0.1:${relay!.httpPort}/chain/image/${block!.imageKey}`);
  assert.equal(served.headers.get('content-type'), 'image/png');
  assert.deepEqual(new Uint8Array(await served.arrayBuffer()), image);
  const balance = await api<{ balance: string }>(`/chain/balance/${mined.address}`);
  assert.equal(balance.body.balance, '100000000');
  assert.equal((await api<{ error: string }>('/chain/balance/not-an-address')).status, 400);

  // The miner leaves; a new tab learns the chain from the network (the relay keeps the image).
  await context.close();
  const later = await browser!.newContext();
  try {
    const [reader] = await openTabs(later, server!.url, 1);
    await waitFor('the new tab to sync block 1', () => reader!.evaluate(() => window.tabmesh!.chain.head().height === 1), 90_000, 500);
    const seen = await reader!.evaluate(async (address) => {
      const chain = window.tabmesh!.chain;
      const [b] = chain.blocks(1, 1);
      const bytes = await chain.image(b!.imageKey);
      return { hash: b!.hash, label: b!.label, imageBytes: bytes.length, balance: chain.balance(address).balance };
    }, mined.address);
    assert.deepEqual(seen, { hash: blockHash, label: 'cat', imageBytes: image.length, balance: '100000000' });
  } finally {
    await later.close();
  }
});
