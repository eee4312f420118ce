import { test } from 'node:test';
import assert from 'node:assert/strict';
import { GossipSim, measureSpread, type SpreadResult } from './gossip-sim.ts';

const DATA_TYPE = 42;
/** Mean degree 8: each node links to 4 random others. */
const HALF_DEGREE = 4;
/** Copies of one rumour a node may receive and drop: the eager fanout of 2 gives about 1. */
const MAX_DUPLICATES_PER_NODE = 2;
/** The goal: fewer full transmissions per node than gossipsub's ~6 (mesh degree). */
const MAX_TRANSMISSIONS_PER_NODE = 3;

function describe(label: string, r: SpreadResult): void {
  console.log(
    `${label}: ${r.covered}/${r.target} covered in ${r.ms.toFixed(0)} virtual ms (${r.rounds} rounds); ` +
      `${r.transmissionsPerNode.toFixed(2)} transmissions and ${r.duplicatesPerNode.toFixed(2)} duplicates per node`,
  );
}

async function network(n: number, seed: number, gossip = {}): Promise<GossipSim> {
  const sim = new GossipSim({ seed, gossip });
  sim.addNodes(n);
  sim.randomGraph(HALF_DEGREE);
  sim.startAll();
  sim.subscribeAll(DATA_TYPE);
  await sim.clock.advance(10_000); // views fill, rounds desynchronise
  return sim;
}

test('1 000 nodes: full coverage within log2 N + 2 rounds, few transmissions, bounded duplicates', async () => {
  const sim = await network(1000, 1);
  const r = await measureSpread(sim, 0, DATA_TYPE);
  describe('1000 nodes', r);
  assert.equal(r.covered, 1000);
  assert.ok(r.rounds <= Math.ceil(Math.log2(1000)) + 2, `${r.rounds} rounds`);
  assert.ok(r.transmissionsPerNode <= MAX_TRANSMISSIONS_PER_NODE);
  assert.ok(r.duplicatesPerNode <= MAX_DUPLICATES_PER_NODE);
  // Several rumours at once keep the same economy.
  const ids = [100, 200, 300].map((i) => sim.nodes[i]?.gossip.announce(0, DATA_TYPE, new Uint8Array([i])) ?? '');
  await sim.clock.runUntil(() => ids.every((id) => sim.covered(id) === 1000), 60_000, 100);
  for (const id of ids) assert.ok((sim.rumorSends.get(id) ?? 0) / 1000 <= MAX_TRANSMISSIONS_PER_NODE);
});

test('1 000 nodes, no eager push at all: anti-entropy alone still covers every node', async () => {
  const sim = await network(1000, 2, { fanout: 0 });
  const r = await measureSpread(sim, 0, DATA_TYPE);
  describe('1000 nodes, fanout 0', r);
  assert.equal(r.covered, 1000);
  assert.ok(r.rounds <= Math.ceil(Math.log2(1000)) + 2, `${r.rounds} rounds`);
  assert.ok(r.transmissionsPerNode <= 1.05, 'pull only: about one copy per node');
});

test('20% of the nodes killed before the announce: every live node connected to the origin is covered', async () => {
  const sim = await network(1000, 3);
  const victims = new Set<number>();
  while (victims.size < 200) victims.add(1 + Math.floor(sim.random() * 999));
  // Silently: their neighbours still count them as linked and lose what they send them.
  for (const v of victims) sim.kill(v, { silent: true });
  const r = await measureSpread(sim, 0, DATA_TYPE);
  describe('1000 nodes, 20% killed', r);
  assert.ok(r.target >= 790, `the origin reaches ${r.target} live nodes`);
  assert.equal(r.covered, r.target);
  for (const v of victims) assert.equal(sim.arrivals.get(r.messageId)?.has(v) ?? false, false);
});

test('a partition heals: an announce made in one half during the split reaches the other half', async () => {
  const sim = new GossipSim({ seed: 4 });
  sim.addNodes(400);
  const left = sim.nodes.slice(0, 200).map((n) => n.index);
  const right = sim.nodes.slice(200).map((n) => n.index);
  sim.randomGraph(HALF_DEGREE, left);
  sim.randomGraph(HALF_DEGREE, right);
  const bridges: [number, number][] = left.slice(0, 20).map((a, i) => [a, right[i * 7] as number]);
  for (const [a, b] of bridges) sim.link(a, b);
  sim.startAll();
  sim.subscribeAll(DATA_TYPE);
  await sim.clock.advance(10_000);
  for (const [a, b] of bridges) sim.unlink(a, b);
  const split = await measureSpread(sim, 0, DATA_TYPE);
  assert.equal(split.covered, 200, 'the left half is covered');
  await sim.clock.advance(10_000);
  assert.ok(right.every((i) => !sim.arrivals.get(split.messageId)?.has(i)), 'nothing crossed the split');
  for (const [a, b] of bridges) sim.link(a, b);
  const healedIn = await sim.clock.runUntil(() => sim.covered(split.messageId) === 400, 30_000, 100);
  console.log(`partition: the other half covered ${healedIn / 1000} s after the links came back`);
});

test('peer sampling at 1 000 nodes: full views, beyond the neighbours, every node known to others', async () => {
  const sim = await network(1000, 5);
  await sim.clock.advance(50_000);
  const known = new Map<string, number>();
  let beyond = 0;
  let entries = 0;
  for (const node of sim.nodes) {
    const view = node.gossip.view();
    assert.equal(view.length, 20, 'the view is full');
    const neighbours = new Set([...node.links].map((i) => sim.nodes[i]?.id));
    for (const e of view) {
      entries++;
      if (!neighbours.has(e.id)) beyond++;
      known.set(e.id, (known.get(e.id) ?? 0) + 1);
    }
  }
  console.log(`views: ${((100 * beyond) / entries).toFixed(0)}% of entries are not neighbours; in-degree max ${Math.max(...known.values())}`);
  assert.equal(known.size, 1000, 'every node is in some view');
  assert.ok(beyond / entries > 0.5, 'the view samples beyond the neighbours');
});
