/**
 * OCR inside a tab, offline: the built app (run `npx vite build` first; this test builds nothing)
 * served by the real signaling server, its OCR check page (web/ocr-check.html) putting the tab
 * engine on `window.tabmeshOcr`, two shipped sign photographs read in the tab with a character
 * error rate of at most 3 %, every file tesseract loads coming from the page's own origin, and the
 * server's Content-Security-Policy left as it is.
 */
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { test } from 'node:test';
import type { OcrLanguage, OcrProgress } from '../../web/src/node/jobs/engines.ts';
import { characterErrorRate } from '../support/cer.ts';
import { useServerAndBrowser } from './fixture.ts';

const SIGNS = new URL('../fixtures/signs/', import.meta.url);
const MAX_CER = 0.03;
const CHECKED = ['platform.jpg', 'sortie.jpg'];

interface SignFixture {
  file: string;
  language: OcrLanguage;
  text: string;
}

const fixture = useServerAndBrowser();

/**
 * tesseract compiles its wasm core inside the worker, whose policy is the one served with
 * worker.min.js: without 'wasm-unsafe-eval' the worker aborts and the engine waits out its start
 * deadline. Checked first, so that case fails at once and says why.
 */
async function assertCspAllowsWasm(serverUrl: string): Promise<void> {
  const response = await fetch(new URL('ocr/worker.min.js', serverUrl));
  assert.equal(response.status, 200, 'dist/ocr/worker.min.js is not served: run `npx vite build` first');
  const policy = response.headers.get('content-security-policy');
  if (policy === null) return;
  const directives = new Map(policy.split(';').map((d) => d.trim().split(/\s+/)).map(([name, ...values]) => [name ?? '', values]));
  const scriptSources = directives.get('script-src') ?? directives.get('default-src') ?? [];
  assert.ok(scriptSources.includes("'wasm-unsafe-eval'"), `the server's CSP must allow tesseract's wasm: script-src needs 'wasm-unsafe-eval' (got "${policy}")`);
}

test('a tab reads two sign photographs with its own OCR engine, loading nothing from elsewhere', async () => {
  const { server, browser } = fixture();
  const index = JSON.parse(await readFile(new URL('index.json', SIGNS), 'utf8')) as SignFixture[];
  const origin = new URL(server.url).origin;
  await assertCspAllowsWasm(server.url);
  const context = await browser.newContext();
  const page = await context.newPage();
  const requests: string[] = [];
  const problems: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  context.on('request', (request) => requests.push(request.url())); // the Web Workers' requests too
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  try {
    await page.goto(new URL('ocr-check.html', server.url).href);
    await page.waitForFunction(() => window.tabmeshOcr !== undefined, undefined, { timeout: 30_000 });

    for (const file of CHECKED) {
      const sign = index.find((s) => s.file === file);
      assert.ok(sign, `${file} is not in index.json`);
      const base64 = (await readFile(new URL(file, SIGNS))).toString('base64');
      const started = performance.now();
      const { text, confidence, progress } = await page.evaluate(
        async ({ base64, language }) => {
          const engine = window.tabmeshOcr;
          if (!engine) throw new Error('no OCR engine on the page');
          const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
          const seen: OcrProgress[] = [];
          const result = await engine.recognize(bytes, language, { onProgress: (p) => seen.push(p) });
          return { ...result, progress: seen };
        },
        { base64, language: sign.language },
      );
      const cer = characterErrorRate(sign.text, text);
      console.log(`${file} (${sign.language}) in the tab: CER ${(cer * 100).toFixed(1)} %, ${(performance.now() - started).toFixed(0)} ms, confidence ${confidence.toFixed(0)}`);
      assert.ok(cer <= MAX_CER, `${file}: CER ${(cer * 100).toFixed(1)} %, read ${JSON.stringify(text)}`);
      assert.ok(progress.some((p) => p.status === 'recognizing text' && p.progress === 1), JSON.stringify(progress));
    }
    await page.evaluate(() => window.tabmeshOcr?.close());

    const elsewhere = requests.filter((url) => !url.startsWith(`${origin}/`) && !url.startsWith('data:') && !url.startsWith('blob:'));
    assert.deepEqual(elsewhere, [], 'requests that left the origin');
    // The engine really loaded its files from the app: the worker, a core build, both languages' data.
    const paths = new Set(requests.map((url) => new URL(url).pathname));
    for (const path of ['/ocr/worker.min.js', '/ocr/eng.traineddata.gz', '/ocr/fra.traineddata.gz']) assert.ok(paths.has(path), `${path} was not requested`);
    assert.ok([...paths].some((p) => /^\/ocr\/tesseract-core-(relaxedsimd-|simd-)?lstm\.wasm\.js$/.test(p)), 'no tesseract core was requested');
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});
