/**
 * The Node OcrEngine on the shipped sign photographs (tests/fixtures/signs, made by
 * scripts/make-sign-fixtures.ts): every image read with a character error rate of at most 3 %,
 * offline, with language data from node_modules; abort, bad input and close give typed errors.
 */
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { createNodeOcrEngine } from '../../../web/src/host-node/ocr-tesseract.ts';
import { OCR_LANGUAGES, type OcrLanguage, type OcrProgress } from '../../../web/src/node/jobs/engines.ts';
import { OcrError, type OcrWorkerPool } from '../../../web/src/node/jobs/ocr-pool.ts';
import { characterErrorRate } from '../../support/cer.ts';

const SIGNS = new URL('../../fixtures/signs/', import.meta.url);
const MAX_CER = 0.03;

interface SignFixture {
  file: string;
  language: OcrLanguage;
  text: string;
}

async function loadIndex(): Promise<SignFixture[]> {
  return JSON.parse(await readFile(new URL('index.json', SIGNS), 'utf8')) as SignFixture[];
}

async function image(file: string): Promise<Uint8Array> {
  return new Uint8Array(await readFile(new URL(file, SIGNS)));
}

async function rejectsWith(promise: Promise<unknown>, code: string): Promise<OcrError> {
  const error = await promise.then(
    () => assert.fail(`expected OcrError '${code}'`),
    (e: unknown) => e,
  );
  assert.ok(error instanceof OcrError, `expected an OcrError, got ${String(error)}`);
  assert.equal(error.code, code, error.message);
  return error;
}

describe('Node OCR engine (tesseract.js, offline)', () => {
  let dataDir: string;
  let engine: OcrWorkerPool;
  before(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'tabmesh-ocr-'));
    engine = createNodeOcrEngine({ dataDir });
  });
  after(async () => {
    await engine.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  test('the fixtures: at least 12 signs, English mostly, every OCR language at least once', async () => {
    const index = await loadIndex();
    assert.ok(index.length >= 12, `${index.length} signs`);
    for (const language of OCR_LANGUAGES) assert.ok(index.some((s) => s.language === language), `no ${language} sign`);
    assert.ok(index.filter((s) => s.language === 'eng').length > index.length / 2);
  });

  test(`every sign is read with a CER of at most ${MAX_CER * 100} %`, async (t) => {
    const failures: string[] = [];
    for (const sign of await loadIndex()) {
      const started = performance.now();
      const result = await engine.recognize(await image(sign.file), sign.language);
      const ms = performance.now() - started;
      const cer = characterErrorRate(sign.text, result.text);
      t.diagnostic(`${sign.file} (${sign.language}): CER ${(cer * 100).toFixed(1)} %, ${ms.toFixed(0)} ms, confidence ${result.confidence.toFixed(0)}`);
      if (cer > MAX_CER) failures.push(`${sign.file}: CER ${(cer * 100).toFixed(1)} %, read ${JSON.stringify(result.text)}, expected ${JSON.stringify(sign.text)}`);
    }
    assert.deepEqual(failures, []);
  });

  test('progress is reported while recognising, ending at 1', async () => {
    const seen: OcrProgress[] = [];
    await engine.recognize(await image('ducks.jpg'), 'eng', { onProgress: (p) => seen.push(p) });
    const recognising = seen.filter((p) => p.status === 'recognizing text');
    assert.ok(recognising.length > 0, JSON.stringify(seen));
    assert.equal(recognising.at(-1)?.progress, 1);
    assert.ok(seen.every((p) => p.progress >= 0 && p.progress <= 1));
  });

  test('jobs on one language queue on its worker', async () => {
    const index = await loadIndex();
    const english = index.filter((s) => s.language === 'eng').slice(0, 3);
    const results = await Promise.all(english.map(async (s) => engine.recognize(await image(s.file), 'eng')));
    for (const [i, result] of results.entries()) assert.ok(characterErrorRate(english[i]?.text ?? '', result.text) <= MAX_CER, result.text);
  });

  test('abort: a signal aborted before, while waiting, and while recognising rejects with aborted; the engine goes on', async () => {
    const photo = await image('platform.jpg');
    await rejectsWith(engine.recognize(photo, 'eng', { signal: AbortSignal.abort() }), 'aborted');

    const running = new AbortController();
    const first = engine.recognize(photo, 'eng', {
      signal: running.signal,
      onProgress: (p) => {
        if (p.status === 'recognizing text' && p.progress > 0) running.abort();
      },
    });
    const queued = new AbortController();
    const second = engine.recognize(photo, 'eng', { signal: queued.signal });
    queued.abort();
    await rejectsWith(second, 'aborted');
    await rejectsWith(first, 'aborted');

    // The aborted worker was terminated; the next job starts a fresh one.
    const after = await engine.recognize(photo, 'eng');
    assert.ok(characterErrorRate('Platform 4\nTrains to Cambridge\nand Kings Lynn', after.text) <= MAX_CER, after.text);
  });

  test('bad input: not an image, a truncated PNG, a truncated JPEG, corrupt PNG data', async () => {
    const png = await image('opening-hours.png');
    const jpeg = await image('ducks.jpg');
    const notAnImage = new TextEncoder().encode('this is not an image at all');
    assert.match((await rejectsWith(engine.recognize(notAnImage, 'eng'), 'bad-image')).message, /not a PNG, JPEG or WebP/);
    assert.match((await rejectsWith(engine.recognize(png.slice(0, 4096), 'eng'), 'bad-image')).message, /truncated/);
    await rejectsWith(engine.recognize(jpeg.slice(0, 3000), 'eng'), 'bad-image');
    const corrupt = png.slice();
    for (let i = 64; i < corrupt.length - 64; i++) corrupt[i] = (i * 31) & 0xff;
    await rejectsWith(engine.recognize(corrupt, 'eng'), 'bad-image');
    await rejectsWith(engine.recognize(png, 'xyz' as OcrLanguage), 'bad-language');
    // A picture tesseract could not read leaves its worker usable.
    const result = await engine.recognize(png, 'eng');
    assert.ok(characterErrorRate('Opening Hours\nMon-Fri 9:00-17:30\nSat 10:00-16:00\nSun closed', result.text) <= MAX_CER, result.text);
  });

  test('close() ends the engine: running and later jobs reject with closed', async () => {
    const own = createNodeOcrEngine({ dataDir });
    const photo = await image('museum.jpg');
    const running = own.recognize(photo, 'eng');
    await own.close();
    await rejectsWith(running, 'closed');
    await rejectsWith(own.recognize(photo, 'eng'), 'closed');
  });
});
