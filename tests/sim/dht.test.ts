/**
 * The Chord DHT at 1 000 nodes on the in-process simulator (the code a tab runs, links of
 * 10–60 ms, a virtual clock): lookups after stabilisation, 20% of the nodes crashing at once, and
 * lookups under continuous churn.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { toUtf8Bytes } from 'ethers';
import type { DhtKey, LookupResult } from '../../web/src/node/dht/api.ts';
import { TabmeshError } from '../../web/src/node/base/errors.ts';
import { DhtSim, type DhtSimNode } from './dht-sim.ts';

const NODES = 1000;
/** Nodes join 50 a second, much as tabs arriving; the ring must still come out right. */
const JOIN_GAP_MS = 20;
/** After the ring is correct: fingers fill in and replicas are pushed. */
const SETTLE_MS = 30_000;
const FAILURE_FRACTION = 0.2;
const STORED_KEYS = 500;
/** Churn: each second on average one node joins and one crashes (a mean lifetime of ~17 min). */
const CHURN_PER_SECOND = 1;
const CHURN_MS = 120_000;
const CHURN_LOOKUPS_PER_SECOND = 5;
/** Measured 99.3–99.5% over seeds; a lookup in flight while its successor changes can miss. */
const CHURN_SUCCESS_FLOOR = 0.97;

async function formed(seed: number): Promise<DhtSim> {
  const sim = new DhtSim({ seed });
  const ms = await sim.form(NODES, JOIN_GAP_MS);
  console.log(`seed ${seed}: ${NODES} nodes joined ${JOIN_GAP_MS} ms apart; ring correct after ${(ms / 1000).toFixed(0)} virtual s`);
  await sim.clock.advance(SETTLE_MS);
  return sim;
}

function pick<T>(sim: DhtSim, items: readonly T[]): T {
  return items[Math.floor(sim.random() * items.length)] as T;
}

function randomKey(sim: DhtSim): DhtKey {
  return (sim.live()[0] as DhtSimNode).dht.keyOf(`key ${sim.random()}`);
}

test(`${NODES} nodes: after stabilisation every lookup from every node reaches the key's successor`, async () => {
  const sim = await formed(1);
  const nodes = sim.live();
  // Every node once, then as many random (node, key) pairs; all in flight together.
  const pairs = [...nodes, ...nodes.map(() => pick(sim, nodes))].map((node) => ({ node, key: randomKey(sim) }));
  const results = await sim.settle(Promise.all(pairs.map(({ node, key }) => node.dht.lookup(key))));
  const wrong = results.filter((r, i) => r.node !== sim.successorOf(pairs[i]?.key ?? ''));
  const hops = results.map((r) => r.hops).sort((a, b) => a - b);
  const mean = hops.reduce((s, h) => s + h, 0) / hops.length;
  const goal = Math.log2(NODES) / 2 + 1;
  console.log(`${pairs.length} lookups: ${wrong.length} wrong; hops mean ${mean.toFixed(2)} (goal ≤ ${goal.toFixed(2)}), p99 ${hops[Math.floor(0.99 * hops.length)]}, max ${hops.at(-1)}`);
  assert.equal(wrong.length, 0);
  assert.ok(mean <= goal, `mean hops ${mean}`);
});

test(`${NODES} nodes: ${100 * FAILURE_FRACTION}% crashing at once leaves ≥ 99% of keys retrievable with r = 4`, async () => {
  const sim = await formed(2);
  const writers = sim.live();
  const keys = Array.from({ length: STORED_KEYS }, (_, i) => (writers[0] as DhtSimNode).dht.keyOf(`stored ${i}`));
  // No re-publishing: only the replicas keep a value alive.
  const puts = await sim.settle(Promise.all(keys.map((key, i) => pick(sim, writers).dht.put(key, toUtf8Bytes(`value ${i}`), { replication: 4, republish: false }))));
  assert.ok(puts.every((p) => p.copies === 4), 'every value on its successor and 3 replicas');
  await sim.clock.advance(SETTLE_MS);

  const victims = new Set<DhtSimNode>();
  while (victims.size < NODES * FAILURE_FRACTION) victims.add(pick(sim, writers));
  for (const v of victims) sim.kill(v);
  const withCopy = keys.filter((k) => sim.live().some((n) => n.dht.records().some((r) => r.key === k))).length;
  await sim.clock.advance(SETTLE_MS);

  const live = sim.live();
  const gets = await sim.settle(Promise.allSettled(keys.map((key) => pick(sim, live).dht.get(key))));
  const found = gets.filter((g, i) => g.status === 'fulfilled' && new TextDecoder().decode(g.value.value) === `value ${i}`).length;
  const codes = gets.flatMap((g) => (g.status === 'rejected' ? [g.reason instanceof TabmeshError ? g.reason.code : String(g.reason)] : []));
  console.log(`${victims.size} of ${NODES} crashed: ${withCopy}/${STORED_KEYS} keys kept a copy; ${found}/${STORED_KEYS} retrievable after ${SETTLE_MS / 1000} s (${(100 * found / STORED_KEYS).toFixed(1)}%)${codes.length ? `; failures: ${codes.join(', ')}` : ''}`);
  assert.ok(sim.ringIsCorrect(), 'the ring closed over the gaps');
  assert.ok(found >= 0.99 * STORED_KEYS, `${found} retrievable`);
});

test(`${NODES} nodes under continuous churn: lookups keep succeeding`, async () => {
  const sim = await formed(3);
  const stepMs = 200;
  const perStep = (rate: number): number => (rate * stepMs) / 1000;
  let joined = 0;
  let crashed = 0;
  const outcomes: Promise<'right' | 'wrong' | string>[] = [];
  for (let t = 0; t < CHURN_MS; t += stepMs) {
    if (sim.random() < perStep(CHURN_PER_SECOND)) {
      sim.kill(pick(sim, sim.live()));
      crashed++;
    }
    if (sim.random() < perStep(CHURN_PER_SECOND)) {
      sim.addNode();
      joined++;
    }
    if (sim.random() < perStep(CHURN_LOOKUPS_PER_SECOND)) {
      const key = randomKey(sim);
      // Right: the true successor among the nodes alive when the answer arrives.
      const judge = (r: LookupResult): string => (r.node === sim.successorOf(key) ? 'right' : 'wrong');
      outcomes.push(pick(sim, sim.live()).dht.lookup(key).then(judge, (e: unknown) => (e instanceof TabmeshError ? e.code : String(e))));
    }
    await sim.clock.advance(stepMs);
  }
  const results = await sim.settle(Promise.all(outcomes));
  const right = results.filter((r) => r === 'right').length;
  const rate = right / results.length;
  const tally = new Map<string, number>();
  for (const r of results) tally.set(r, (tally.get(r) ?? 0) + 1);
  console.log(
    `churn over ${CHURN_MS / 1000} s: ${joined} joined, ${crashed} crashed; ${results.length} lookups, ` +
      `${(100 * rate).toFixed(1)}% reached the true successor (${[...tally].map(([k, v]) => `${k} ${v}`).join(', ')})`,
  );
  assert.ok(results.length > 0.8 * (CHURN_MS / 1000) * CHURN_LOOKUPS_PER_SECOND);
  assert.ok(rate >= CHURN_SUCCESS_FLOOR, `success rate ${rate}`);
});
