/**
 * The job pipeline on the in-process network (virtual clock, messages through the codec): a paid
 * job goes BINT → TRSC → BTCR → TRAN → done, the requester gets the result once and the relay
 * mails it once.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { pipeline } from '../../../sim/jobs-sim.ts';

test('one paid job goes through every stage; the result reaches the requester once and is mailed once', async () => {
  const p = await pipeline({ brokers: 2, transcribers: 1, translators: 1, clients: 1 });
  await p.settleAdverts();
  const client = p.clients[0]!;
  const id = await p.submit(client, 'NO PARKING');
  const service = p.jobs(client);
  await p.sim.clock.runUntil(() => service.client.get(id)?.stage === 'done', 60_000, 100);
  const job = service.client.get(id)!;
  assert.equal(job.text, 'NO PARKING');
  assert.equal(job.translation, '[es] NO PARKING');
  assert.equal(job.engine, 'fake-lexicon');
  await p.sim.clock.runUntil(() => p.mails.length === 1 && p.jobs(client).client.get(id)?.mailed === true, 30_000, 100);
  assert.equal(p.mails[0]!.to, `reader${client.index}@example.org`);
  assert.match(p.mails[0]!.text, /\[es\] NO PARKING/);
  assert.equal(service.client.delivered.get(id), 1);
});
