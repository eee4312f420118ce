/**
 * The paid pipeline end to end in real tabs: a dev chain, the SMTP sink, the relay mailing
 * results, 2 broker, 2 transcription and 2 translation tabs, and a requesting tab paying through
 * an injected wallet. Ten signs go in through the Upload form; meanwhile a transcription tab is
 * crashed mid-OCR, one broker closes and another crashes. Ten correct results come out, on the
 * page and by mail, each once. Refusals are in jobs-refusals.test.ts.
 */
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { test } from 'node:test';
import type { Page } from 'playwright-core';
import type { ClientJob } from '../../web/src/node/jobs/client.ts';
import type { TextLanguage } from '../../web/src/node/jobs/engines.ts';
import { LexiconEngine } from '../../web/src/node/jobs/translation/lexicon-engine.ts';
import { characterErrorRate } from '../support/cer.ts';
import { crashTab } from './crash.ts';
import { enlargedSign, englishSigns, myJobs, requesterTab, roleTabs, SIGNS_DIR, uploadThroughForm, useJobsWorld, waitForPresence } from './jobs-fixture.ts';
import { tabInfo, waitFor } from './harness.ts';

const JOBS = 10;
const TARGETS: readonly TextLanguage[] = ['es', 'it', 'fr', 'de'];
const MAX_CER = 0.03;

const world = useJobsWorld();

/** A broker tab's record of a job assigned to a transcription worker, which is fetching or reading its image now. */
function readingNow(brokers: readonly Page[]): Promise<{ worker: string } | undefined> {
  return Promise.any(
    brokers.map((b) =>
      b.evaluate(() => {
        const r = window.tabmesh!.jobs.brokerJobs().find((j) => j.stage === 'transcribing' && j.worker !== undefined);
        if (!r) throw new Error('none');
        return { worker: r.worker! };
      }),
    ),
  ).catch(() => undefined);
}

/** Where the unfinished jobs are, as the requester and every live broker see them: printed when they do not finish. */
async function stuckJobs(page: Page, brokers: readonly Page[], stuck: (j: ClientJob) => boolean = (j) => j.stage !== 'done'): Promise<string> {
  const open = (await myJobs(page)).filter(stuck);
  const ids = open.map((j) => j.id);
  const lines = open.map((j) => `requester: ${j.id.slice(0, 8)} ${j.stage} mailed ${String(j.mailed)} primary ${j.primary?.slice(0, 8)} backup ${j.backup?.slice(0, 8)} ${j.error ?? ''}`);
  const flow = await page.evaluate(() => (window as unknown as { flowLog: { job?: string }[] }).flowLog);
  for (const e of flow.filter((x) => x.job !== undefined && ids.includes(x.job))) lines.push(`flow: ${JSON.stringify({ ...e, job: e.job!.slice(0, 8) })}`);
  for (const broker of brokers) {
    const held = await broker
      .evaluate((wanted) => {
        const self = window.tabmesh!.status().id;
        return window.tabmesh!.jobs.brokerJobs().filter((r) => wanted.includes(r.id)).map((r) => ({ self, id: r.id, stage: r.stage, mailed: r.mailed, attempt: r.attempt, worker: r.worker, primary: r.primary, backup: r.backup, version: r.version, updatedAt: r.updatedAt }));
      }, ids)
      .catch((error: unknown) => [{ error: String(error) }]);
    lines.push(...held.map((r) => `broker: ${JSON.stringify(r)}`));
  }
  return lines.join('\n');
}

test(`${JOBS} paid jobs through the Upload form survive a crashed transcriber, a closed and a crashed broker`, async () => {
  const w = world();
  const context = await w.browser.newContext();
  try {
    const [b1, b2, t1, t2] = await roleTabs(context, w.server.url, ['broker', 'broker', 'transcription', 'transcription', 'translation', 'translation']);
    const { page, stopApproving } = await requesterTab(context, w);
    await waitForPresence(page, { brokers: 2, transcribers: 2, translators: 2 });
    // What the Flow page would draw: every broker's queue changes, as gossip brings them.
    await page.evaluate(() => {
      const log: { change: string; job?: string; broker: string; worker?: string; attempt?: number; at: number }[] = [];
      (window as unknown as { flowLog: typeof log }).flowLog = log;
      window.tabmesh!.jobs.onFlow((e) =>
        log.push({ change: e.change, broker: e.broker.slice(0, 8), at: e.at, ...(e.job && { job: e.job.id, attempt: e.job.attempt, ...(e.job.worker && { worker: e.job.worker.slice(0, 8) }) }) }),
      );
    });
    const brokers = new Map([[(await tabInfo(b1!)).id, b1!], [(await tabInfo(b2!)).id, b2!]]);
    const transcribers = new Map([[(await tabInfo(t1!)).id, t1!], [(await tabInfo(t2!)).id, t2!]]);
    const signs = (await englishSigns()).slice(0, JOBS);
    assert.equal(signs.length, JOBS, 'enough English sign fixtures');

    const submitted: { id: string; sign: (typeof signs)[number]; to: TextLanguage; email: string }[] = [];
    let crashedWorker: string | undefined;
    const started = Date.now();
    for (const [i, sign] of signs.entries()) {
      const to = TARGETS[i % TARGETS.length]!;
      const email = `reader${i}@example.com`;
      const file = fileURLToPath(new URL(sign.file, SIGNS_DIR));
      // The first sign as a phone would take it: its OCR lasts long enough to crash its reader.
      const id = await uploadThroughForm(page, i === 0 ? await enlargedSign(page, file, 5) : file, email, to);
      submitted.push({ id, sign, to, email });
      console.log(`job ${i} (${sign.file} → ${to}) queued at ${((Date.now() - started) / 1000).toFixed(1)} s`);
      if (i === 0) {
        // A transcription tab dies in the middle of reading: no goodbye, its job must move on.
        const reading = await waitFor('a transcription tab reading a sign', () => readingNow([...brokers.values()]), 60_000, 50);
        crashedWorker = reading.worker;
        await crashTab(transcribers.get(reading.worker)!);
        console.log(`crashed transcription tab ${reading.worker.slice(0, 8)} at ${((Date.now() - started) / 1000).toFixed(1)} s`);
      }
      if (i === 3) {
        // The broker in charge of the job just queued leaves: its queue is handed over at once.
        // A new broker tab joins, so that the one left has a backup again before it is crashed.
        const leaving = brokers.get((await myJobs(page)).find((j) => j.id === id)!.primary!)!;
        brokers.delete((await tabInfo(leaving)).id);
        await leaving.close();
        console.log(`closed a broker tab at ${((Date.now() - started) / 1000).toFixed(1)} s`);
        const [b3] = await roleTabs(context, w.server.url, ['broker']);
        brokers.set((await tabInfo(b3!)).id, b3!);
        await waitForPresence(page, { brokers: 2, transcribers: 1, translators: 2 });
      }
      if (i === 6) {
        // The broker in charge of the job just queued dies without a word: its backup takes over.
        await crashTab(brokers.get((await myJobs(page)).find((j) => j.id === id)!.primary!)!);
        console.log(`crashed broker tab at ${((Date.now() - started) / 1000).toFixed(1)} s`);
      }
    }
    stopApproving();
    assert.ok(crashedWorker);

    const outcome = await waitFor(
      `all ${JOBS} jobs done on the requesting tab`,
      async () => {
        const jobs = await myJobs(page);
        if (jobs.some((j) => j.stage === 'failed' || j.stage === 'refused')) return { jobs, bad: true };
        return jobs.length === JOBS && jobs.every((j) => j.stage === 'done') ? { jobs, bad: false } : undefined;
      },
      150_000,
      500,
    ).catch(async (error: unknown) => {
      console.log(await stuckJobs(page, [...brokers.values()]));
      throw error;
    });
    if (outcome.bad) console.log(await stuckJobs(page, [...brokers.values()]));
    const finished = outcome.jobs;
    assert.deepEqual(finished.filter((j) => j.stage !== 'done').map((j) => [j.id, j.stage, j.error]), [], 'every job done');

    // The pipeline did what it says: the crashed reader's job re-dispatched, the closing broker
    // handing its queue over, the crashed one's taken over by its backup.
    const flow = await page.evaluate(() => (window as unknown as { flowLog: { change: string; job?: string }[] }).flowLog);
    assert.ok(flow.some((e) => e.change === 'redispatch' && e.job === submitted[0]!.id), 'the crashed reader\'s job was re-dispatched');
    assert.ok(flow.some((e) => e.change === 'handoff'), 'the closing broker handed its queue over');
    const changes = JSON.stringify(Object.fromEntries([...new Set(flow.map((e) => e.change))].map((c) => [c, flow.filter((e) => e.change === c).length])));
    assert.ok(flow.some((e) => e.change === 'takeover'), `the crashed broker's queue was taken over (flow seen: ${changes})`);

    // Each result is right: the text read at CER <= 3 %, the translation the lexicon's for that text.
    const lexicon = new LexiconEngine();
    for (const s of submitted) {
      const job = finished.find((j) => j.id === s.id)!;
      const cer = characterErrorRate(s.sign.text, job.text ?? '');
      assert.ok(cer <= MAX_CER, `${s.sign.file}: CER ${(cer * 100).toFixed(1)} % (read ${JSON.stringify(job.text)})`);
      assert.equal(job.translation, (await lexicon.translate(job.text!, 'en', s.to)).text, `${s.sign.file} → ${s.to}`);
      assert.equal(job.quality, 'word');
    }
    // And on the page: ten cards, each showing its translation.
    await waitFor('ten finished cards on the page', async () => (await page.locator('tm-upload-page [data-stage=done]').count()) === JOBS, 10_000);
    for (const s of submitted) {
      const shown = await page.locator(`tm-upload-page [data-job="${s.id}"] [data-field=translation]`).textContent();
      assert.equal(shown, finished.find((j) => j.id === s.id)!.translation);
    }

    // Every result mailed exactly once, to the address its job id commits to. Once every live
    // broker has marked every job mailed, no further mail can come.
    // A lost confirmation is asked for again (brokers every 15 s, the requester after 20 s quiet).
    await waitFor('every job mailed, as its brokers know', () => page.evaluate(() => window.tabmesh!.jobs.list().every((j) => j.mailed === true)), 120_000, 500).catch(async (error: unknown) => {
      console.log(await stuckJobs(page, [...brokers.values()], (j) => j.mailed !== true));
      throw error;
    });
    const mails = await w.sink.list();
    for (const s of submitted) {
      const forJob = mails.filter((m) => m.subject.includes(s.id.slice(0, 8)));
      assert.equal(forJob.length, 1, `one mail for ${s.sign.file}`);
      assert.deepEqual(forJob[0]!.envelope.to, [s.email]);
      const body = (await w.sink.read(forJob[0]!.id))?.text ?? '';
      assert.ok(body.includes(finished.find((j) => j.id === s.id)!.translation!), 'the mail carries the translation');
    }
    assert.equal(mails.length, JOBS, 'no other mail');
  } finally {
    await context.close();
  }
});
