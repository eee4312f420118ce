import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createGossip, type GossipService } from '../../../../web/src/node/gossip/index.ts';
import { identityRumorAuth } from '../../../../web/src/node/gossip/signing.ts';
import { createSwarm } from '../../../support/swarm.ts';

test('the gossip service runs over real TabmeshNodes on the in-memory transport', async () => {
  const swarm = await createSwarm(5, { seed: 3, services: (_i, identity) => [createGossip(identityRumorAuth(identity))] });
  const services = swarm.services.map(([gossip]) => gossip as GossipService);
  await swarm.clock.runUntil(() => swarm.nodes.every((n) => n.manager.degree >= 2), 30_000, 100);
  const got = services.map(() => [] as string[]);
  services.forEach((gossip, i) =>
    gossip.subscribe(3, (n) => {
      got[i]?.push(n.messageId);
      gossip.validate(n.id, true);
    }),
  );
  const messageId = services[0]?.announce(0, 3, new Uint8Array([1, 2, 3])) ?? '';
  await swarm.clock.runUntil(() => got.every((ids) => ids.includes(messageId)), 20_000, 50);
  await swarm.clock.advance(15_000);
  for (const [i, gossip] of services.entries()) {
    const view = gossip.view().map((e) => e.id);
    assert.ok(view.length >= 2, `node ${i} learnt peers by push-pull`);
    assert.ok(!view.includes(swarm.nodes[i]?.id ?? ''), 'never itself');
    assert.equal(got[i]?.length, 1);
  }
  await swarm.stopAll();
  assert.ok(services.every((g) => g.state === 'stopped'), 'the node stopped its services');
});
