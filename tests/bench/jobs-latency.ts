/**
 * A job end to end against tesseract.js alone, in the same browser and run: the baseline tab reads
 * the sign with the same engine the transcription tab uses (both warm), the job goes through
 * prepare (DHT put), payment (1 confirmation), a broker, OCR in another tab, translation, and
 * back. Then throughput: a batch of paid jobs submitted at once, with 1 and then 2 transcription tabs.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import type { BrowserContext, Page } from 'playwright-core';
import { enlargedSign, requesterTab, roleTabs, SIGNS_DIR, waitForPresence, type JobsWorld } from '../e2e/jobs-fixture.ts';
import { base64, doneTimes, payer, prepareInPage, signImages, stageTimes, submitInPage, watchDone, type SignImage } from './jobs-support.ts';
import { median } from './stats.ts';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { startWorkerPeer, type WorkerPeer } from '../../web/src/host-node/worker-peer.ts';

/** The goal: a job takes at most this many times the bare recognition of its image. */
export const LATENCY_GOAL = 1.3;
const LATENCY_SIGNS = 4;
/** Phone-sized photos: the fixture drawn this much larger (what a person uploads). */
const PHONE_FACTOR = 4;
const THROUGHPUT_JOBS = 8;

export interface LatencyRow {
  file: string;
  bareMs: number;
  /** Prepare (image into the DHT) to result. */
  jobMs: number;
  /** Where it went: prepare, pay, submitToQueued, queuedToTranscribing, transcribing, transcribedToDone, submitToDone. */
  splitMs: Record<string, number>;
}

export interface LatencyClass {
  /** 'fixture' (the small test photographs) or 'phone' (the same drawn PHONE_FACTOR× larger). */
  images: 'fixture' | 'phone';
  rows: LatencyRow[];
  bareMedianMs: number;
  jobMedianMs: number;
  /** From the paid job's submission to its result: what the pipeline adds to OCR. */
  submitMedianMs: number;
  ratio: number;
  submitRatio: number;
}

export interface ThroughputRow {
  transcribers: number;
  /** Node workers (`npm run worker`'s peer, transcription role) besides the tabs. */
  nodeWorkers: number;
  jobs: number;
  seconds: number;
  jobsPerMinute: number;
}

/** The bare engine in a tab of the same browser: milliseconds for one recognition. */
async function bareOcr(page: Page, image: Uint8Array): Promise<number> {
  return page.evaluate(async (b64) => {
    const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
    const engine = window.tabmeshOcr!;
    const start = performance.now();
    await engine.recognize(bytes, 'eng');
    return performance.now() - start;
  }, base64(image));
}

/** One job, timed: the whole, and where its time went (ms). */
async function oneJob(page: Page, pay: ReturnType<typeof payer>, image: Uint8Array): Promise<{ jobMs: number; splitMs: Record<string, number> }> {
  const { id, payment, startedAt: start } = await prepareInPage(page, image, 'es');
  const prepared = Date.now();
  const tx = await pay(payment);
  const paid = Date.now();
  await submitInPage(page, id, tx);
  const [done] = await doneTimes(page, [id], 180_000);
  const at = await stageTimes(page, id);
  const span = (from: number | undefined, to: number | undefined): number => (from === undefined || to === undefined ? Number.NaN : to - from);
  const splitMs = {
    prepare: prepared - start,
    pay: paid - prepared,
    submitToQueued: span(paid, at['queued']),
    queuedToTranscribing: span(at['queued'], at['transcribing']),
    transcribing: span(at['transcribing'], at['transcribed'] ?? at['translating']),
    transcribedToDone: span(at['transcribed'] ?? at['translating'], done),
    submitToDone: done! - paid,
  };
  return { jobMs: done! - start, splitMs };
}

async function phoneImages(page: Page, signs: readonly SignImage[]): Promise<SignImage[]> {
  return Promise.all(
    signs.map(async (s) => {
      const path = await enlargedSign(page, fileURLToPath(new URL(s.sign.file, SIGNS_DIR)), PHONE_FACTOR);
      const bytes = new Uint8Array(await readFile(path));
      await rm(dirname(path), { recursive: true, force: true });
      return { sign: s.sign, bytes };
    }),
  );
}

export async function runJobLatency(world: JobsWorld, log: (line: string) => void): Promise<LatencyClass[]> {
  const context = await world.browser.newContext();
  try {
    await roleTabs(context, world.server.url, ['broker', 'broker', 'transcription', 'translation']);
    const { page } = await requesterTab(context, world);
    await waitForPresence(page, { brokers: 2, transcribers: 1, translators: 1 });
    await watchDone(page);
    const bare = await context.newPage();
    await bare.goto(`${world.server.url}ocr-check.html`);
    await bare.waitForFunction(() => window.tabmeshOcr !== undefined, undefined, { timeout: 30_000 });
    const pay = payer(world);
    const fixtures = await signImages(LATENCY_SIGNS);
    const classes: LatencyClass[] = [];
    for (const [name, images] of [['fixture', fixtures], ['phone', await phoneImages(page, fixtures)]] as const) {
      // Both engines warm before anything is timed: the transcriber's by one job, the baseline's by one read.
      await oneJob(page, pay, images[0]!.bytes);
      await bareOcr(bare, images[0]!.bytes);
      const rows: LatencyRow[] = [];
      for (const { sign, bytes } of images) {
        const bareMs = await bareOcr(bare, bytes);
        const { jobMs, splitMs } = await oneJob(page, pay, bytes);
        rows.push({ file: sign.file, bareMs, jobMs, splitMs });
        const split = Object.entries(splitMs).map(([k, v]) => `${k} ${v.toFixed(0)}`).join(', ');
        log(`  ${name} ${sign.file}: tesseract ${bareMs.toFixed(0)} ms, job ${jobMs.toFixed(0)} ms (${(jobMs / bareMs).toFixed(2)}×): ${split}`);
      }
      const bareMedianMs = median(rows.map((r) => r.bareMs))!;
      const jobMedianMs = median(rows.map((r) => r.jobMs))!;
      const submitMedianMs = median(rows.map((r) => r.splitMs['submitToDone']!))!;
      classes.push({ images: name, rows, bareMedianMs, jobMedianMs, submitMedianMs, ratio: jobMedianMs / bareMedianMs, submitRatio: submitMedianMs / bareMedianMs });
    }
    return classes;
  } finally {
    await context.close();
  }
}

type Pay = ReturnType<typeof payer>;

/** Runs one untimed job per image and waits for them: the transcribers' engines are loaded after. */
async function warmUp(page: Page, pay: Pay, images: readonly SignImage[]): Promise<void> {
  const ids = [];
  for (const image of images) {
    const { id, payment } = await prepareInPage(page, image.bytes, 'es');
    await submitInPage(page, id, await pay(payment));
    ids.push(id);
  }
  await doneTimes(page, ids, 180_000);
}

async function batch(world: JobsWorld, context: BrowserContext, transcribers: number, nodeWorkers: number, log: (line: string) => void): Promise<ThroughputRow> {
  const workers: WorkerPeer[] = [];
  const dirs: string[] = [];
  try {
    await roleTabs(context, world.server.url, ['broker', 'broker', 'translation']);
    const { page } = await requesterTab(context, world);
    await watchDone(page);
    const pay = payer(world);
    const images = await signImages(THROUGHPUT_JOBS);
    // Node workers first, each warmed alone: its first read also unpacks its OCR data.
    for (let i = 0; i < nodeWorkers; i++) {
      dirs.push(await mkdtemp(join(tmpdir(), 'tabmesh-bench-worker-')));
      workers.push(await startWorkerPeer({ signalingUrl: world.server.url, dataDir: dirs.at(-1)!, roles: ['transcription'] }));
      await waitForPresence(page, { brokers: 2, transcribers: i + 1, translators: 1 });
      await warmUp(page, pay, images.slice(i, i + 1));
    }
    await roleTabs(context, world.server.url, Array<'transcription'>(transcribers).fill('transcription'));
    await waitForPresence(page, { brokers: 2, transcribers: transcribers + nodeWorkers, translators: 1 });
    await warmUp(page, pay, images.slice(0, transcribers));
    return await timedBatch(page, pay, images, transcribers, nodeWorkers, log);
  } finally {
    await Promise.all(workers.map((w) => w.close()));
    await Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true })));
  }
}

async function timedBatch(page: Page, pay: Pay, images: readonly SignImage[], transcribers: number, nodeWorkers: number, log: (line: string) => void): Promise<ThroughputRow> {
  // Prepared and paid beforehand: what is timed is the pipeline, not the wallet.
  const paid: { id: string; tx: string }[] = [];
  for (const image of images) {
    const { id, payment } = await prepareInPage(page, image.bytes, 'it');
    paid.push({ id, tx: await pay(payment) });
  }
  const start = Date.now();
  await Promise.all(paid.map((p) => submitInPage(page, p.id, p.tx)));
  const done = await doneTimes(page, paid.map((p) => p.id), 300_000);
  const seconds = (Math.max(...done) - start) / 1000;
  const row = { transcribers, nodeWorkers, jobs: paid.length, seconds, jobsPerMinute: (paid.length * 60) / seconds };
  log(`  ${transcribers} transcription tab(s) + ${nodeWorkers} Node worker(s): ${row.jobs} jobs in ${seconds.toFixed(1)} s = ${row.jobsPerMinute.toFixed(1)} jobs/min`);
  return row;
}

export async function runJobThroughput(world: JobsWorld, log: (line: string) => void): Promise<ThroughputRow[]> {
  const rows: ThroughputRow[] = [];
  // Tabs only, then one Node worker added to the one-tab row: what `npm run worker` adds.
  for (const [transcribers, nodeWorkers] of [[1, 0], [2, 0], [1, 1]] as const) {
    const context = await world.browser.newContext();
    try {
      rows.push(await batch(world, context, transcribers, nodeWorkers, log));
    } finally {
      await context.close();
    }
  }
  return rows;
}
