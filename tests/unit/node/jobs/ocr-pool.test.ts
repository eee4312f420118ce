/**
 * The OCR worker pool with fake workers on a virtual clock: one worker per language, reused;
 * jobs queued per language; abort, deadline, crash and a failed start each end the job with a
 * typed error and retire the worker; close() ends everything. The real engines run in
 * tests/unit/host-node/ocr-tesseract.test.ts and tests/e2e/ocr.test.ts.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { OcrLanguage } from '../../../../web/src/node/jobs/engines.ts';
import { OCR_RECOGNIZE_TIMEOUT_MS, OCR_START_TIMEOUT_MS, OcrError, OcrWorkerPool, sniffImage, type OcrWorker, type OcrWorkerEvents } from '../../../../web/src/node/jobs/ocr-pool.ts';
import type { OcrLayout } from '../../../../web/src/node/jobs/ocr-text.ts';
import { VirtualClock } from '../../../support/virtual-clock.ts';

const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3, 0, 0, 0, 0, 0x49, 0x45, 0x4e, 0x44, 0xae, 0x42, 0x60, 0x82]);
const JPEG = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]);

interface FakeWorker {
  language: OcrLanguage;
  events: OcrWorkerEvents;
  terminated: boolean;
  /** Pending recognitions, answered by the test. */
  jobs: { resolve: (layout: OcrLayout) => void; reject: (error: unknown) => void }[];
}

function fakePool(options: { failStart?: boolean; hangStart?: boolean } = {}) {
  const clock = new VirtualClock();
  const workers: FakeWorker[] = [];
  const spawn = async (language: OcrLanguage, events: OcrWorkerEvents): Promise<OcrWorker> => {
    if (options.failStart) throw new Error('no traineddata');
    if (options.hangStart) return new Promise<never>(() => undefined);
    const fake: FakeWorker = { language, events, terminated: false, jobs: [] };
    workers.push(fake);
    events.progress({ progress: 1, status: 'loading language traineddata' });
    return {
      recognize: () => new Promise<OcrLayout>((resolve, reject) => fake.jobs.push({ resolve, reject })),
      terminate: async () => {
        fake.terminated = true;
      },
    };
  };
  return { pool: new OcrWorkerPool(spawn, { clock }), workers, clock };
}

const words = (text: string): OcrLayout => [[text.split(' ').map((t) => ({ text: t, confidence: 95 }))]];
const turn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

async function codeOf(promise: Promise<unknown>): Promise<string> {
  return promise.then(
    () => 'resolved',
    (error: unknown) => (error instanceof OcrError ? error.code : `not an OcrError: ${String(error)}`),
  );
}

test('sniffImage knows PNG (whole), JPEG and WebP and nothing else', () => {
  assert.deepEqual(sniffImage(PNG), { ok: true, kind: 'png' });
  assert.deepEqual(sniffImage(JPEG), { ok: true, kind: 'jpeg' });
  assert.deepEqual(sniffImage(new Uint8Array([0x52, 0x49, 0x46, 0x46, 0, 0, 0, 0, 0x57, 0x45, 0x42, 0x50])), { ok: true, kind: 'webp' });
  assert.equal(sniffImage(PNG.slice(0, 12)).ok, false);
  assert.equal(sniffImage(new Uint8Array(0)).ok, false);
  assert.equal(sniffImage(new TextEncoder().encode('GIF89a')).ok, false);
});

test('one worker per language, started on first use and reused; progress reaches the job', async () => {
  const { pool, workers } = fakePool();
  const progress: string[] = [];
  const first = pool.recognize(PNG, 'eng', { onProgress: (p) => progress.push(p.status) });
  await turn();
  assert.equal(workers.length, 1);
  workers[0]?.events.progress({ progress: 0.5, status: 'recognizing text' });
  workers[0]?.jobs[0]?.resolve(words('NO PARKING'));
  assert.deepEqual(await first, { text: 'NO PARKING', confidence: 95 });
  assert.deepEqual(progress, ['loading language traineddata', 'recognizing text']);

  const second = pool.recognize(JPEG, 'eng');
  await turn();
  workers[0]?.jobs[1]?.resolve(words('EXIT'));
  assert.equal((await second).text, 'EXIT');
  const german = pool.recognize(JPEG, 'deu');
  await turn();
  assert.deepEqual(workers.map((w) => w.language), ['eng', 'deu']);
  workers[1]?.jobs[0]?.resolve(words('Ausfahrt'));
  assert.equal((await german).text, 'Ausfahrt');
  await pool.close();
  assert.ok(workers.every((w) => w.terminated));
});

test('jobs on one language run one at a time, in order; one leaving the queue does not let the next overtake', async () => {
  const { pool, workers } = fakePool();
  const a = pool.recognize(PNG, 'eng');
  const bAbort = new AbortController();
  const b = codeOf(pool.recognize(PNG, 'eng', { signal: bAbort.signal }));
  const c = pool.recognize(PNG, 'eng');
  await turn();
  assert.equal(workers[0]?.jobs.length, 1, 'only the first job is on the worker');
  bAbort.abort();
  assert.equal(await b, 'aborted');
  await turn();
  assert.equal(workers[0]?.jobs.length, 1, 'the third still waits for the first');
  workers[0]?.jobs[0]?.resolve(words('one'));
  assert.equal((await a).text, 'one');
  await turn();
  workers[0]?.jobs[1]?.resolve(words('three'));
  assert.equal((await c).text, 'three');
  await pool.close();
});

test('an abort while recognising terminates that worker; the next job starts a fresh one', async () => {
  const { pool, workers } = fakePool();
  const controller = new AbortController();
  const job = codeOf(pool.recognize(PNG, 'eng', { signal: controller.signal }));
  await turn();
  controller.abort();
  assert.equal(await job, 'aborted');
  await turn();
  assert.equal(workers[0]?.terminated, true);
  const next = pool.recognize(PNG, 'eng');
  await turn();
  assert.equal(workers.length, 2);
  workers[1]?.jobs[0]?.resolve(words('again'));
  assert.equal((await next).text, 'again');
  await pool.close();
});

test('a deadline, a crash and an unreadable image give timeout, engine-failed and bad-image', async () => {
  const { pool, workers, clock } = fakePool();
  const slow = codeOf(pool.recognize(PNG, 'eng'));
  await turn();
  await clock.advance(OCR_RECOGNIZE_TIMEOUT_MS + 1);
  assert.equal(await slow, 'timeout');
  assert.equal(workers[0]?.terminated, true);

  const crashing = codeOf(pool.recognize(PNG, 'eng'));
  await turn();
  workers[1]?.events.failed('RuntimeError: memory access out of bounds');
  assert.equal(await crashing, 'engine-failed');
  assert.equal(workers[1]?.terminated, true);

  const unreadable = codeOf(pool.recognize(PNG, 'eng'));
  await turn();
  workers[2]?.jobs[0]?.reject('Error: Error attempting to read image.');
  assert.equal(await unreadable, 'bad-image');
  assert.equal(workers[2]?.terminated, false, 'an unreadable image leaves the worker as it was');
  await pool.close();
});

test('a worker that cannot start, or never starts, fails the job with engine-failed or timeout', async () => {
  const failing = fakePool({ failStart: true });
  assert.equal(await codeOf(failing.pool.recognize(PNG, 'eng')), 'engine-failed');
  await failing.pool.close();
  const hanging = fakePool({ hangStart: true });
  const job = codeOf(hanging.pool.recognize(PNG, 'eng'));
  await turn();
  await hanging.clock.advance(OCR_START_TIMEOUT_MS + 1);
  assert.equal(await job, 'timeout');
  await hanging.pool.close();
});

test('bad input is refused before any worker starts; close() ends running, queued and later jobs', async () => {
  const { pool, workers } = fakePool();
  assert.equal(await codeOf(pool.recognize(new TextEncoder().encode('hello'), 'eng')), 'bad-image');
  assert.equal(await codeOf(pool.recognize(PNG.slice(0, 10), 'eng')), 'bad-image');
  assert.equal(await codeOf(pool.recognize(PNG, 'klingon' as OcrLanguage)), 'bad-language');
  assert.equal(workers.length, 0);
  const running = codeOf(pool.recognize(PNG, 'eng'));
  const queued = codeOf(pool.recognize(PNG, 'eng'));
  await turn();
  await pool.close();
  assert.equal(await running, 'closed');
  assert.equal(await queued, 'closed');
  assert.equal(await codeOf(pool.recognize(PNG, 'eng')), 'closed');
  assert.equal(workers[0]?.terminated, true);
});
