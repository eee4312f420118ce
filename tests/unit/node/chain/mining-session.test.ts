/**
 * Mining a block as the Mine form does: refused before any work when the model does not see the
 * label or the last block's label is wrong; found, published and on the tip otherwise; restarted
 * when another block takes the tip; cancelled on request.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createGossip } from '../../../../web/src/node/gossip/index.ts';
import { Chain } from '../../../../web/src/node/chain/chain.ts';
import { inlinePowEngine } from '../../../../web/src/node/chain/inline-pow.ts';
import { MiningSession, type MiningStatus } from '../../../../web/src/node/chain/mining-session.ts';
import type { MiningJobRequest, MiningOutcome } from '../../../../web/src/node/chain/mining-protocol.ts';
import { ChainService } from '../../../../web/src/node/chain/service.ts';
import { memoryChainStore } from '../../../../web/src/node/chain/storage.ts';
import { ADDRESSES, childOf, fakeClassifier, fakeImage, laterClock, memoryImages } from '../../../support/chain-fixtures.ts';
import { simSigner, simVerify } from '../../../support/sim-signer.ts';
import { simPeerId } from '../../../sim/gossip-sim.ts';
import { SimPort } from '../../../support/sim-port.ts';

function setup(engine = inlinePowEngine(laterClock)) {
  const images = memoryImages();
  const chain = new Chain({ classifier: fakeClassifier, images, store: memoryChainStore(), clock: laterClock });
  const id = simPeerId(1);
  const gossip = createGossip({ signer: simSigner(id), verify: simVerify });
  const service = new ChainService({ chain, gossip, images });
  const port = new SimPort({ id, clock: laterClock, random: Math.random, links: () => [], send: () => undefined, connect: () => Promise.reject(new Error('no')), release: () => undefined, peer: () => undefined });
  for (const s of [gossip, service]) s.attach(port);
  for (const s of [gossip, service]) void s.start();
  return { chain, images, service, session: new MiningSession(service, engine, fakeClassifier), stop: () => [service, gossip].forEach((s) => void s.stop()) };
}

test('a recognised image is mined, published and becomes the tip; progress is reported', async () => {
  const { chain, images, session, stop } = setup();
  const seen: MiningStatus['phase'][] = [];
  const r = await session.mine({ image: fakeImage('cup', 1), label: 'Cup', prevLabel: 'The Void', miner: ADDRESSES[1]! }, (s) => seen.push(s.phase));
  assert.ok(r.ok, r.ok ? '' : r.error.message);
  assert.equal(chain.tip().hash, r.value.hash);
  assert.equal(chain.active.ledger.account(ADDRESSES[1]!).balance, 100_000_000n);
  assert.ok(images.map.has(chain.tip().header.imageKey), 'the image was published');
  assert.deepEqual([...new Set(seen)], ['classifying', 'mining', 'publishing', 'done']);
  stop();
});

test('no work starts for a label the model does not see, or a wrong label for the last image', async () => {
  const calls: MiningJobRequest[] = [];
  const engine = { start: (job: MiningJobRequest): Promise<MiningOutcome> => (calls.push(job), Promise.resolve({ status: 'cancelled', hashes: 0 })), cancel: () => undefined };
  const { session, stop } = setup(engine);
  const wrongLabel = await session.mine({ image: fakeImage('cup', 2), label: 'dog', prevLabel: 'The Void', miner: ADDRESSES[0]! });
  assert.equal(wrongLabel.ok ? 'ok' : wrongLabel.error.code, 'label-not-recognised');
  const wrongPrev = await session.mine({ image: fakeImage('cup', 3), label: 'cup', prevLabel: 'cat', miner: ADDRESSES[0]! });
  assert.equal(wrongPrev.ok ? 'ok' : wrongPrev.error.code, 'label-not-recognised');
  const garbage = await session.mine({ image: new Uint8Array([1, 2, 3]), label: 'cup', prevLabel: 'The Void', miner: ADDRESSES[0]! });
  assert.equal(garbage.ok ? 'ok' : garbage.error.code, 'bad-image');
  assert.equal(calls.length, 0);
  stop();
});

test('a block from elsewhere restarts the work on the new tip; cancel stops it', async () => {
  let release: (() => void) | undefined;
  const jobs: MiningJobRequest[] = [];
  const engine = {
    start(job: MiningJobRequest): Promise<MiningOutcome> {
      jobs.push(job);
      return new Promise((resolve) => (release = () => resolve({ status: 'cancelled', hashes: 10 })));
    },
    cancel: () => release?.(),
  };
  const { chain, images, session, stop } = setup(engine);
  const controller = new AbortController();
  const statuses: MiningStatus[] = [];
  const mining = session.mine({ image: fakeImage('cat', 9), label: 'cat', prevLabel: 'The Void', miner: ADDRESSES[0]! }, (s) => statuses.push({ ...s }), controller.signal);
  await waitFor(() => jobs.length === 1);
  // A block from elsewhere whose image is also a cat-free "The Void" successor: the miner's
  // prevLabel no longer holds for the new tip (it shows a cup), so the session ends 'stale'.
  const other = childOf(chain, chain.tip(), images, { label: 'cup' });
  assert.ok((await chain.submitBlock(other)).ok);
  const r = await mining;
  assert.equal(r.ok ? 'ok' : r.error.code, 'stale');
  assert.equal(statuses.at(-1)?.restarts, 1);
  assert.equal(statuses.at(-1)?.hashes, 10);
  // Mining on top of the cup, with the right label for it, and cancelled.
  const again = session.mine({ image: fakeImage('cat', 10), label: 'cat', prevLabel: 'cup', miner: ADDRESSES[0]! }, undefined, controller.signal);
  await waitFor(() => jobs.length === 2);
  controller.abort();
  release?.();
  const cancelled = await again;
  assert.equal(cancelled.ok ? 'ok' : cancelled.error.code, 'aborted');
  stop();
});

async function waitFor(condition: () => boolean, ms = 2000): Promise<void> {
  const until = Date.now() + ms;
  while (!condition()) {
    if (Date.now() > until) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 1));
  }
}
