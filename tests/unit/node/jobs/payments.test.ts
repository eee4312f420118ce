/**
 * Brokers check payments before they queue a job: each refusal reaches the requester as its own
 * code, and a payment never pays twice (not even after the job finished, nor on another broker
 * that holds a copy).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TabmeshError } from '../../../../web/src/node/base/errors.ts';
import { PAYMENT_REFUSALS } from '../../../../web/src/node/jobs/engines.ts';
import { jobIdOf, newJobNonce, type JobSpec } from '../../../../web/src/node/jobs/job.ts';
import { pipeline } from '../../../sim/jobs-sim.ts';

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return 'ok';
  } catch (error) {
    return error instanceof TabmeshError ? error.code : String(error);
  }
}

test('each payment refusal reaches the requester with its code; nothing is queued', async () => {
  const p = await pipeline({ brokers: 1, transcribers: 1, translators: 1, clients: 1 });
  await p.settleAdverts();
  const client = p.jobs(p.clients[0]!);
  const broken = PAYMENT_REFUSALS.filter((c) => c !== 'tx-reused');
  for (const code of broken) {
    const bytes = new TextEncoder().encode(code);
    const spec: JobSpec = { imageKey: await p.images.put(bytes), imageBytes: bytes.length, email: 'a@example.org', from: 'eng', to: 'de', nonce: newJobNonce(p.sim.random) };
    const id = jobIdOf(spec);
    client.client.draft(id, spec);
    assert.equal(await codeOf(p.sim.settle(client.client.submit(id, p.chain.pay(id, undefined, code)))), code);
    assert.equal(client.client.get(id)?.stage, 'refused');
  }
  const bytes = new TextEncoder().encode('never paid');
  const spec: JobSpec = { imageKey: await p.images.put(bytes), imageBytes: bytes.length, email: 'a@example.org', from: 'eng', to: 'de', nonce: newJobNonce(p.sim.random) };
  client.client.draft(jobIdOf(spec), spec);
  assert.equal(await codeOf(p.sim.settle(client.client.submit(jobIdOf(spec), '0x' + '99'.repeat(32)))), 'unknown-tx');
  assert.equal(p.jobs(p.brokers[0]!).broker!.records().length, 0);
  assert.deepEqual(Object.keys(p.jobs(p.brokers[0]!).broker!.counters().refused).sort(), [...broken].sort());
});

test('a payment pays once: the same job submitted again after it finished is tx-reused, on its broker and on the backup', async () => {
  const p = await pipeline({ brokers: 2, transcribers: 1, translators: 1, clients: 1 });
  await p.settleAdverts();
  const client = p.jobs(p.clients[0]!);
  const id = await p.submit(p.clients[0]!, 'EXIT');
  await p.sim.clock.runUntil(() => client.client.get(id)?.stage === 'done', 60_000, 100);
  const tx = client.client.get(id)!.tx!;
  for (const broker of p.brokers) {
    const again = p.jobs(p.clients[0]!).client;
    const brokerId = broker.id;
    const result = await codeOf(
      p.sim.settle(
        (async () => {
          // Straight to this broker: the client's own choice would stop at the first.
          const service = p.jobs(p.clients[0]!);
          const original = service.adverts.brokers.bind(service.adverts);
          service.adverts.brokers = () => [brokerId];
          try {
            return await again.submit(id, tx);
          } finally {
            service.adverts.brokers = original;
          }
        })(),
      ),
    );
    assert.equal(result, 'tx-reused', `broker ${broker.index}`);
  }
});
