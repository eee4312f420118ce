/**
 * Photoblocks on a simulated mesh: blocks spread to every node; a node that joins late catches up
 * headers first; and 50 nodes with 5 miners, split in two halves for a while and then healed,
 * all end on the branch with the most work, with every transfer confirmed on either side
 * confirmed on it too (the losing side's come back through the pool).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PHOTOBLOCKS_CHAIN_ID } from '../../web/src/node/chain/genesis.ts';
import { TARGET_BLOCK_MS } from '../../web/src/node/chain/pow.ts';
import { COIN, signTransfer } from '../../web/src/node/chain/transfer.ts';
import { createGossip } from '../../web/src/node/gossip/index.ts';
import { Chain } from '../../web/src/node/chain/chain.ts';
import { ChainService } from '../../web/src/node/chain/service.ts';
import { memoryChainStore } from '../../web/src/node/chain/storage.ts';
import { ADDRESSES, fakeClassifier, KEYS } from '../support/chain-fixtures.ts';
import { simSigner, simVerify } from '../support/sim-signer.ts';
import { chainNet } from './chain-sim.ts';
import type { ServiceSimNode } from './service-sim.ts';

test('blocks reach every node, and a node that joins late syncs the chain headers first', async () => {
  const net = await chainNet({ nodes: 8 });
  const { sim } = net;
  for (let i = 0; i < 5; i++) {
    await sim.clock.advance(TARGET_BLOCK_MS);
    await net.mine(net.nodes[i % 3]!, ADDRESSES[i % 3]!);
  }
  const tipOf = (n: ServiceSimNode) => net.service(n).chain.tip().hash;
  await sim.clock.runUntil(() => net.nodes.every((n) => tipOf(n) === tipOf(net.nodes[0]!)), 30_000);
  assert.equal(net.service(net.nodes[7]!).chain.active.height, 5);
  // Presence: a node that starts mining says so, and every node hears of every other.
  net.service(net.nodes[4]!).setMining(true);
  await sim.clock.runUntil(() => net.service(net.nodes[7]!).presence.get(net.nodes[4]!.id, sim.clock.now())?.roles.includes('miner') === true, 30_000);
  assert.deepEqual(net.service(net.nodes[7]!).presence.get(net.nodes[4]!.id, sim.clock.now()), { height: 5, tip: tipOf(net.nodes[0]!).slice(0, 16), roles: ['full', 'miner'] });
  await sim.clock.runUntil(() => net.service(net.nodes[7]!).presence.all(sim.clock.now()).length === 7, 200_000);

  let late: ChainService | undefined;
  const node = await sim.add((id) => {
    const gossip = createGossip({ signer: simSigner(id), verify: simVerify });
    late = new ChainService({ chain: new Chain({ classifier: fakeClassifier, images: net.images, store: memoryChainStore(), clock: sim.clock }), gossip, images: net.images });
    return [gossip, late];
  });
  sim.link(node, net.nodes[2]!);
  await sim.clock.runUntil(() => late!.chain.tip().hash === tipOf(net.nodes[0]!), 30_000);
  assert.equal(late!.chain.active.height, 5);
  assert.ok((sim.sent.get('chainHeaders') ?? 0) >= 1, 'headers were asked for');
  assert.ok((sim.sent.get('chainBlock') ?? 0) >= 5, 'then the bodies');
});

test('with every DHT copy gone, images come from the full nodes that keep them', async () => {
  const net = await chainNet({ nodes: 10, imagesFromPeersOnly: true });
  const { sim, nodes } = net;
  for (let i = 0; i < 4; i++) {
    await sim.clock.advance(TARGET_BLOCK_MS);
    await net.mine(nodes[i % 2]!, ADDRESSES[0]!);
  }
  await sim.clock.runUntil(() => nodes.every((n) => net.service(n).chain.active.height === 4), 60_000);
  assert.equal(new Set(nodes.map((n) => net.service(n).chain.tip().hash)).size, 1);
  assert.ok((sim.sent.get('chainImagePart') ?? 0) >= 8 * 4, 'the images came from neighbours, part by part');
  for (const n of nodes) {
    const images = net.service(n).images;
    for (let h = 1; h <= 4; h++) assert.ok(await images.readLocal?.(net.service(n).chain.blockAt(h)!.header.imageKey), `node ${n.index} keeps image ${h}`);
  }
});

for (const seed of [5, 6, 7]) test(`50 nodes, 5 miners, a partition healed: one chain with the most work, no confirmed transfer lost (seed ${seed})`, async () => {
  const net = await chainNet({ nodes: 50, seed });
  const { sim, nodes } = net;
  const half = (n: ServiceSimNode) => (n.index < 25 ? 'a' : 'b');
  // Miners 0, 1, 2 in half a; 25, 26 in half b. Rewards during the partition go to account 2.
  const miners = [nodes[0]!, nodes[1]!, nodes[2]!, nodes[25]!, nodes[26]!];
  const mineSomewhere = async (among: ServiceSimNode[]) => {
    await sim.clock.advance(Math.round(TARGET_BLOCK_MS * (0.5 + sim.random())));
    await net.mine(among[Math.floor(sim.random() * among.length)]!, ADDRESSES[2]!);
  };
  const agreed = () => new Set(nodes.map((n) => net.service(n).chain.tip().hash)).size === 1;

  // A common start seen by everyone: 2 blocks paying account 0, 2 paying account 1.
  for (let i = 0; i < 4; i++) {
    await sim.clock.advance(TARGET_BLOCK_MS);
    await net.mine(miners[0]!, ADDRESSES[i < 2 ? 0 : 1]!);
  }
  await sim.clock.runUntil(agreed, 60_000);

  // The partition: every link between the halves cut; each half linked in a ring as well.
  const cut: [ServiceSimNode, ServiceSimNode][] = [];
  for (const a of nodes) for (const id of [...a.links]) {
    const b = sim.node(id)!;
    if (half(a) !== half(b) && a.index < b.index) cut.push([a, b]);
  }
  for (const [a, b] of cut) sim.unlink(a, b);
  for (let i = 0; i < 50; i++) if (i !== 24 && i !== 49) sim.link(nodes[i]!, nodes[i + 1]!);

  // Account 0 spends its nonce 0 on each side (a double spend across the partition); account 1
  // pays on side b only, with coins both sides agree it has.
  const pay = (key: string, nonce: number, to: string) => signTransfer({ chainId: PHOTOBLOCKS_CHAIN_ID, to, amount: COIN, nonce, timestamp: sim.clock.now() }, key);
  const onA = pay(KEYS[0], 0, ADDRESSES[1]!);
  assert.ok(net.service(nodes[3]!).sendTransfer(onA).ok);
  const onB = pay(KEYS[0], 0, ADDRESSES[2]!);
  assert.ok(net.service(nodes[30]!).sendTransfer(onB).ok);
  const keep = pay(KEYS[1], 0, ADDRESSES[2]!);
  assert.ok(net.service(nodes[30]!).sendTransfer(keep).ok);
  const aMiners = miners.filter((m) => half(m) === 'a');
  const bMiners = miners.filter((m) => half(m) === 'b');
  for (let i = 0; i < 9; i++) await mineSomewhere(aMiners);
  for (let i = 0; i < 5; i++) await mineSomewhere(bMiners);
  await sim.clock.advance(10_000);
  const tipA = net.service(nodes[10]!).chain;
  const tipB = net.service(nodes[40]!).chain;
  assert.equal(tipA.active.height, 13);
  assert.equal(tipB.active.height, 9);
  assert.ok(tipA.transferLocation(onA.hash), 'confirmed on a');
  assert.ok(tipB.transferLocation(onB.hash), 'confirmed on b');
  assert.ok(tipB.transferLocation(keep.hash), 'confirmed on b');
  assert.equal(tipA.transferLocation(keep.hash), undefined, 'never seen on a');
  assert.notEqual(tipA.tip().hash, tipB.tip().hash);
  const bestWork = tipA.tip().work > tipB.tip().work ? tipA.tip() : tipB.tip();

  // Heal: the cut links come back; half b reorganises onto half a's chain.
  for (const [a, b] of cut) sim.link(a, b);
  await sim.clock.runUntil(() => nodes.every((n) => net.service(n).chain.tip().hash === bestWork.hash), 120_000);

  // b's sender spreads its transfers again after the reorganisation; the next block from a's
  // miners confirms the one still valid, and the double spend is gone.
  await sim.clock.runUntil(() => aMiners.every((m) => net.service(m).chain.mempool.has(keep.hash)), 30_000);
  await mineSomewhere(aMiners);
  await sim.clock.runUntil(agreed, 60_000);
  for (const n of nodes) {
    const chain = net.service(n).chain;
    assert.ok(chain.transferLocation(onA.hash), `node ${n.index} confirms a's transfer`);
    assert.ok(chain.transferLocation(keep.hash), `node ${n.index} confirms the transfer b confirmed`);
    assert.equal(chain.transferLocation(onB.hash), undefined, "b's double spend is gone");
    assert.equal(chain.mempool.has(onB.hash), false);
    assert.equal(chain.active.height, 14);
  }
});
