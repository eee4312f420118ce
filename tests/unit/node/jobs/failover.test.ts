/**
 * Nothing is lost when nodes go: a broker that leaves hands its jobs to their backups; one that
 * crashes is replaced by its backup after the lease runs out; a transcription worker that crashes
 * mid-OCR has its job re-dispatched; results come once, and only from the assigned worker.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LEASE_TIMEOUT_MS, WORKER_SILENCE_MS } from '../../../../web/src/node/jobs/constants.ts';
import type { JobId } from '../../../../web/src/node/jobs/job.ts';
import { resultPayload } from '../../../../web/src/node/jobs/signing.ts';
import { pipeline, type Pipeline } from '../../../sim/jobs-sim.ts';
import { simSigner } from '../../../support/sim-signer.ts';

function primaryOf(p: Pipeline, id: JobId): string | undefined {
  for (const broker of p.sim.live()) {
    const record = p.jobs(broker).broker?.records().find((r) => r.id === id);
    if (record?.primary === broker.id) return broker.id;
  }
  return undefined;
}

async function done(p: Pipeline, id: JobId, maxMs = 200_000): Promise<void> {
  const client = p.jobs(p.clients[0]!).client;
  await p.sim.clock.runUntil(() => client.get(id)?.stage === 'done', maxMs, 200);
}

test('a primary that leaves mid-job hands it to its backup, which finishes it', async () => {
  const p = await pipeline({ brokers: 3, transcribers: 1, translators: 1, clients: 1, ocrMs: 20_000 });
  await p.settleAdverts();
  const id = await p.submit(p.clients[0]!, 'STOP');
  const primary = p.sim.node(primaryOf(p, id)!)!;
  const backupId = p.jobs(primary).broker!.records().find((r) => r.id === id)!.backup;
  assert.ok(backupId, 'the job has a backup before it is acknowledged');
  assert.ok(p.jobs(p.sim.node(backupId)!).broker!.records().some((r) => r.id === id), 'the backup holds a copy');
  await p.sim.clock.runUntil(() => p.jobs(primary).broker!.records().find((r) => r.id === id)?.stage === 'transcribing', 30_000, 100);
  await p.sim.leave(primary);
  assert.equal(primaryOf(p, id), backupId, 'the backup runs it at once, no lease to wait out');
  await done(p, id);
  assert.equal(p.jobs(p.clients[0]!).client.delivered.get(id), 1);
  await p.sim.clock.runUntil(() => p.mails.length === 1, 30_000, 200);
  await p.sim.clock.advance(30_000);
  assert.equal(p.mails.length, 1, 'mailed once');
});

test('a primary that crashes is replaced by its backup after the lease; the job finishes once', async () => {
  const p = await pipeline({ brokers: 3, transcribers: 1, translators: 1, clients: 1, ocrMs: 4_000 });
  await p.settleAdverts();
  const id = await p.submit(p.clients[0]!, 'EXIT ONLY');
  const primary = p.sim.node(primaryOf(p, id)!)!;
  const backupId = p.jobs(primary).broker!.records().find((r) => r.id === id)!.backup!;
  const crashedAt = p.sim.clock.now();
  p.sim.crash(primary);
  await p.sim.clock.runUntil(() => primaryOf(p, id) === backupId, LEASE_TIMEOUT_MS + 5_000, 100);
  assert.ok(p.sim.clock.now() - crashedAt >= LEASE_TIMEOUT_MS - 1_000 || p.jobs(p.sim.node(backupId)!).broker!.counters().takenOver > 0);
  await done(p, id);
  assert.equal(p.jobs(p.clients[0]!).client.delivered.get(id), 1);
  await p.sim.clock.advance(30_000);
  assert.equal(p.mails.filter((m) => m.text.includes(id)).length, 1);
});

test('a transcription worker that crashes mid-OCR: the job goes to another within the silence bound and completes', async () => {
  const p = await pipeline({ brokers: 2, transcribers: 2, translators: 1, clients: 1, ocrMs: 60_000 });
  await p.settleAdverts();
  const id = await p.submit(p.clients[0]!, 'WET PAINT');
  const broker = p.jobs(p.sim.node(primaryOf(p, id)!)!).broker!;
  await p.sim.clock.runUntil(() => broker.records().find((r) => r.id === id)?.worker !== undefined, 30_000, 100);
  const first = broker.records().find((r) => r.id === id)!.worker!;
  p.sim.crash(p.sim.node(first)!);
  // Its link closing (or, at the latest, its silence) gives the stage to the other worker.
  await p.sim.clock.runUntil(() => {
    const r = broker.records().find((x) => x.id === id);
    return r?.worker !== undefined && r.worker !== first;
  }, WORKER_SILENCE_MS + 2_000, 100);
  assert.ok(broker.counters().redispatched >= 1);
  await done(p, id, 400_000);
  assert.equal(p.jobs(p.clients[0]!).client.get(id)?.text, 'WET PAINT');
  assert.equal(p.jobs(p.clients[0]!).client.delivered.get(id), 1);
});

test('a result from a node the job was not assigned to, or not signed by it, is refused and counted', async () => {
  const p = await pipeline({ brokers: 1, transcribers: 1, translators: 1, clients: 1, ocrMs: 30_000 });
  await p.settleAdverts();
  const id = await p.submit(p.clients[0]!, 'REAL TEXT');
  const brokerNode = p.brokers[0]!;
  const broker = p.jobs(brokerNode).broker!;
  await p.sim.clock.runUntil(() => broker.records().find((r) => r.id === id)?.worker !== undefined, 30_000, 100);
  const assigned = broker.records().find((r) => r.id === id)!;
  const intruder = p.clients[0]!;
  const forged = (signer: string) => ({ kind: 'jobBtcr' as const, id, attempt: assigned.attempt, confidence: 99, signature: simSigner(signer).sign(resultPayload(id, assigned.attempt, 'transcribed', 'FAKE')), message: 'FAKE' });
  // From an intruder, signed by itself; and from the right link but signed by someone else.
  brokerNode.port.deliver({ remoteId: intruder.id, reportMalformed: () => undefined }, forged(intruder.id));
  brokerNode.port.deliver({ remoteId: assigned.worker!, reportMalformed: () => undefined }, forged(intruder.id));
  await p.sim.clock.advance(100);
  assert.equal(broker.counters().rejectedResults, 2);
  await done(p, id);
  assert.equal(p.jobs(p.clients[0]!).client.get(id)?.text, 'REAL TEXT');
});

test('a slow worker silent in its progress for longer than the silence bound keeps its job: its heartbeats say it works', async () => {
  // Progress comes every 20 s of OCR, more than WORKER_SILENCE_MS; the heartbeats fill the gaps.
  const p = await pipeline({ brokers: 2, transcribers: 2, translators: 1, clients: 1, ocrMs: 80_000 });
  await p.settleAdverts();
  const id = await p.submit(p.clients[0]!, 'SLOW SIGN');
  await done(p, id, 300_000);
  const counters = p.sim.live().map((n) => p.jobs(n).broker?.counters().redispatched ?? 0);
  assert.deepEqual(counters.filter((c) => c > 0), [], 'nothing re-dispatched');
  assert.equal(p.jobs(p.clients[0]!).client.delivered.get(id), 1);
});
