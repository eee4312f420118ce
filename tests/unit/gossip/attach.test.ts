import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attachGossip } from '../../../web/src/node/gossip/attach.ts';
import { createSwarm, seededRandom } from '../../support/swarm.ts';

test('attachGossip runs gossip over real TabmeshNodes on the in-memory transport', async () => {
  const swarm = await createSwarm(5, { seed: 3 });
  await swarm.clock.runUntil(() => swarm.nodes.every((n) => n.manager.degree >= 2), 30_000, 100);
  const random = seededRandom(8);
  const services = swarm.nodes.map((node) => attachGossip(node, { clock: swarm.clock, random }));
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
  for (const gossip of services) gossip.stop();
  swarm.stopAll();
});
