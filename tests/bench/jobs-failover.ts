/**
 * Broker failover: a broker tab queues its own paid job (it is the primary, another broker tab the
 * backup; no transcriber, so the job stays queued), then its renderer is crashed — no goodbye. The
 * time from the crash to the backup holding the job as its primary (it serves the queue from then
 * on) is one sample. The baseline is the lease the design allows: LEASE_TIMEOUT_MS.
 */
import type { Page } from 'playwright-core';
import { LEASE_TIMEOUT_MS } from '../../web/src/node/jobs/constants.ts';
import { crashTab } from '../e2e/crash.ts';
import { roleTabs, waitForPresence, type JobsWorld } from '../e2e/jobs-fixture.ts';
import { tabInfo, waitFor } from '../e2e/harness.ts';
import { payer, prepareInPage, signImages, submitInPage } from './jobs-support.ts';
import { median, percentile } from './stats.ts';

const FAILOVERS = 10;
/** Rounds whose job did not start where the sample needs it (held by the primary, backed by the backup tab) are skipped, at most this many. */
const MAX_SKIPPED = 3;

export interface FailoverResult {
  samplesMs: number[];
  /** Why rounds were not sampled: the job was not set up as the sample needs. */
  skipped: string[];
  p50Ms: number;
  p99Ms: number;
  leaseTimeoutMs: number;
}

/** Milliseconds from `since` until `backup` runs job `id` as its primary. */
async function servedBy(backup: Page, backupId: string, id: string): Promise<number> {
  return waitFor(
    'the backup to take the queue over',
    () =>
      backup.evaluate(
        ([jobId, self]) => {
          const record = window.tabmesh!.jobs.brokerJobs().find((r) => r.id === jobId);
          return record?.primary === self ? Date.now() : undefined;
        },
        [id, backupId] as const,
      ),
    60_000,
    25,
  );
}

export async function runBrokerFailover(world: JobsWorld, log: (line: string) => void): Promise<FailoverResult> {
  const context = await world.browser.newContext();
  try {
    const [backup] = await roleTabs(context, world.server.url, ['broker']);
    const backupId = (await tabInfo(backup!)).id;
    const pay = payer(world);
    const [image] = await signImages(1);
    const samplesMs: number[] = [];
    const skipped: string[] = [];
    while (samplesMs.length < FAILOVERS) {
      const [primary] = await roleTabs(context, world.server.url, ['broker']);
      await waitForPresence(primary!, { brokers: 2, transcribers: 0, translators: 0 });
      const { id, payment } = await prepareInPage(primary!, image!.bytes, 'es');
      await submitInPage(primary!, id, await pay(payment));
      const held = await primary!.evaluate((jobId) => window.tabmesh!.jobs.brokerJobs().find((r) => r.id === jobId), id);
      if (held?.backup !== backupId) {
        const why = held ? `backed by ${held.backup?.slice(0, 8) ?? 'nobody yet'}` : 'queued by another broker';
        skipped.push(why);
        log(`  skipped a round: job ${id.slice(0, 8)} ${why}`);
        if (skipped.length > MAX_SKIPPED) throw new Error(`${skipped.length} rounds could not be set up: ${skipped.join('; ')}`);
        await primary!.close();
        continue;
      }
      const crashedAt = Date.now();
      await crashTab(primary!);
      const ms = (await servedBy(backup!, backupId, id)) - crashedAt;
      samplesMs.push(ms);
      log(`  failover ${samplesMs.length}/${FAILOVERS}: ${(ms / 1000).toFixed(2)} s`);
    }
    const sorted = [...samplesMs].sort((a, b) => a - b);
    return { samplesMs, skipped, p50Ms: median(sorted)!, p99Ms: percentile(sorted, 99)!, leaseTimeoutMs: LEASE_TIMEOUT_MS };
  } finally {
    await context.close();
  }
}
