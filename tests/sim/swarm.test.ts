import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DEFAULT_MAX_DEGREE, DEFAULT_TARGET_DEGREE } from '../../web/src/node/peers/constants.ts';
import { createSwarm, type Swarm } from '../support/swarm.ts';
import { connectedComponents, degreeStats, symmetric, type Adjacency } from '../support/graph.ts';

function adjacency(swarm: Swarm): Adjacency {
  const result: Adjacency = {};
  for (const node of swarm.nodes) {
    if (node.status().state !== 'online') continue;
    result[node.id] = node.manager.links().map((l) => l.remoteId);
  }
  return symmetric(result);
}

test('200 in-process nodes form one connected graph with degrees within bounds', async () => {
  const swarm = await createSwarm(200, { seed: 42, roles: (i) => (i < 4 ? ['seed', 'interface'] : ['interface']) });
  const settledIn = await swarm.clock.runUntil(() => degreeStats(adjacency(swarm)).min >= DEFAULT_TARGET_DEGREE, 120_000, 250);
  const graph = adjacency(swarm);
  const stats = degreeStats(graph);
  console.log(`200 nodes: every degree >= ${DEFAULT_TARGET_DEGREE} after ${settledIn} virtual ms; degree min ${stats.min} mean ${stats.mean.toFixed(2)} max ${stats.max}`);
  assert.equal(connectedComponents(graph).length, 1, 'one connected component');
  assert.ok(stats.max <= DEFAULT_MAX_DEGREE, `max degree ${stats.max} within the hard cap`);
  for (const node of swarm.nodes) {
    const ids = node.manager.links().map((l) => l.remoteId);
    assert.equal(new Set(ids).size, ids.length, 'no duplicate links');
    assert.ok(!ids.includes(node.id), 'no self links');
  }
  swarm.stopAll();
});

test('a swarm replaces neighbours lost to crashed nodes and stays connected', async () => {
  const swarm = await createSwarm(60, { seed: 7 });
  await swarm.clock.runUntil(() => degreeStats(adjacency(swarm)).min >= DEFAULT_TARGET_DEGREE, 60_000, 250);
  const victims = swarm.nodes.slice(0, 12);
  for (const victim of victims) {
    swarm.network.crash(victim.id);
    victim.stop();
  }
  const survivors = swarm.nodes.slice(12);
  await swarm.clock.runUntil(() => {
    const graph = adjacency(swarm);
    return survivors.every((n) => (graph[n.id]?.length ?? 0) >= DEFAULT_TARGET_DEGREE);
  }, 120_000, 250);
  const graph = adjacency(swarm);
  assert.equal(connectedComponents(graph).length, 1);
  for (const node of survivors) for (const victim of victims) assert.equal(node.table.get(victim.id)?.source === 'measured', false);
  swarm.stopAll();
});
