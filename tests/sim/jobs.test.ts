/**
 * The pipeline at scale in one process: 4 brokers, 20 workers, 200 paid jobs from 4 requesting
 * nodes, while brokers and workers leave or crash at random (never a primary and its backup
 * within one lease) → every job is done, every result delivered once, every job mailed once.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LEASE_TIMEOUT_MS } from '../../web/src/node/jobs/constants.ts';
import type { JobId } from '../../web/src/node/jobs/job.ts';
import { pipeline } from './jobs-sim.ts';

const JOBS = 200;

test(`${JOBS} jobs, 4 brokers, 20 workers, brokers and workers killed during the run: 0 lost, 0 delivered twice`, async (t) => {
  const p = await pipeline({ brokers: 4, transcribers: 10, translators: 10, clients: 4, seed: 11, ocrMs: 3_000, translateMs: 300, degree: 4 });
  await p.settleAdverts();
  const ids: { client: number; id: JobId }[] = [];
  const started = p.sim.clock.now();
  const random = p.sim.random;
  // Kills spread over the run: a worker every few seconds, a broker now and then (one leaves, one crashes).
  const doomedWorkers = [...p.transcribers.slice(0, 3), ...p.translators.slice(0, 3)];
  // The busiest broker leaves (its jobs handed over), later the busiest one left crashes (taken over).
  const busiest = () => p.brokers.filter((b) => b.alive).sort((a, b) => active(b) - active(a))[0]!;
  const active = (b: (typeof p.brokers)[number]): number => p.jobs(b).broker!.records().filter((r) => r.primary === b.id && r.stage !== 'done' && r.stage !== 'failed').length;
  const events: (() => Promise<void>)[] = [
    ...doomedWorkers.slice(0, 3).map((w, i) => async () => (i % 2 === 0 ? p.sim.crash(w) : p.sim.leave(w))),
    async () => p.sim.leave(busiest()),
    ...doomedWorkers.slice(3).map((w, i) => async () => (i % 2 === 0 ? p.sim.crash(w) : p.sim.leave(w))),
    async () => p.sim.crash(busiest()),
  ];
  let next = 0;
  for (let i = 0; i < JOBS; i++) {
    const client = i % p.clients.length;
    ids.push({ client, id: await p.submit(p.clients[client]!, `SIGN ${i}: ${random().toString(36).slice(2, 10)}`) });
    if (i % 25 === 24 && next < events.length) {
      await events[next++]!();
      // Never two brokers within one lease: a backup always lives to take over.
      await p.sim.clock.advance(LEASE_TIMEOUT_MS + 2_000);
    }
  }
  while (next < events.length) {
    await events[next++]!();
    await p.sim.clock.advance(LEASE_TIMEOUT_MS + 2_000);
  }
  const finished = (): number => ids.filter(({ client, id }) => p.jobs(p.clients[client]!).client.get(id)?.stage === 'done').length;
  await p.sim.clock.runUntil(() => finished() === JOBS, 1_800_000, 1_000);
  await p.sim.clock.runUntil(() => new Set(p.mails.map((m) => m.text.slice(4, 68))).size === JOBS, 300_000, 1_000);
  await p.sim.clock.advance(60_000);
  const delivered = ids.map(({ client, id }) => p.jobs(p.clients[client]!).client.delivered.get(id) ?? 0);
  const mailedPerJob = new Map<string, number>();
  for (const m of p.mails) mailedPerJob.set(m.text.slice(4, 68), (mailedPerJob.get(m.text.slice(4, 68)) ?? 0) + 1);
  const counters = p.brokers.map((b) => p.jobs(b).broker!.counters());
  t.diagnostic(
    `${JOBS} jobs in ${((p.sim.clock.now() - started) / 1000).toFixed(0)} virtual s; redispatched ${counters.reduce((s, c) => s + c.redispatched, 0)}, taken over ${counters.reduce((s, c) => s + c.takenOver, 0)}, handed over ${counters.reduce((s, c) => s + c.handedOver, 0)}`,
  );
  assert.ok(counters.reduce((s, c) => s + c.handedOver, 0) > 0 && counters.reduce((s, c) => s + c.takenOver, 0) > 0, 'jobs were handed over and taken over');
  assert.equal(finished(), JOBS, 'no job lost');
  assert.deepEqual([...new Set(delivered)], [1], 'each result delivered exactly once');
  assert.equal(mailedPerJob.size, JOBS);
  assert.deepEqual([...new Set(mailedPerJob.values())], [1], 'each job mailed exactly once');
});
