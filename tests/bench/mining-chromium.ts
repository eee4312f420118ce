/**
 * The Chromium half of the mining bench (mining.ts): one page on a routed loopback origin (a
 * secure context, so crypto.subtle exists) that hashes with WebCrypto, one awaited digest per
 * hash, and drives the tabs' mining Web Worker (host/mining-worker.ts, bundled by Vite for the
 * run) through its protocol. Functions passed to `page.evaluate` run in the page: self-contained.
 */
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { build } from 'vite';

const WORKER_ENTRY = fileURLToPath(new URL('../../web/src/host/mining-worker.ts', import.meta.url));
const PAGE_ORIGIN = 'http://127.0.0.1:9';

export interface Sample {
  hashes: number;
  ms: number;
}
/** Hashes for about `ms`, timed by whoever hashes. */
export type Round = (ms: number) => Promise<Sample>;

/** The tabs' mining worker as one ES module, bundled as the app's build would. */
async function bundleWorker(): Promise<string> {
  const out = await build({
    configFile: false,
    logLevel: 'silent',
    build: { write: false, target: 'es2023', lib: { entry: WORKER_ENTRY, formats: ['es'], fileName: 'mining-worker' } },
  });
  const outputs = (Array.isArray(out) ? out : [out]) as { output: { type: string; code?: string }[] }[];
  const chunk = outputs.flatMap((o) => o.output).find((c) => c.type === 'chunk');
  if (!chunk?.code) throw new Error('vite produced no worker chunk');
  return chunk.code;
}

interface PageBench {
  webCrypto(ms: number): Promise<Sample>;
  worker(ms: number, settleMs: number): Promise<Sample>;
}
type BenchWindow = Window & { miningBench?: PageBench };

/** A page with WebCrypto and the mining worker (its rate between two progress reports `settleMs` after each start). */
export async function chromiumRounds(browser: Browser, header: Uint8Array, settleMs: number): Promise<{ webCrypto: Round; worker: Round }> {
  const workerCode = await bundleWorker();
  const context = await browser.newContext();
  await context.route(`${PAGE_ORIGIN}/**`, (route) =>
    route.request().url().endsWith('.js')
      ? route.fulfill({ contentType: 'text/javascript', body: workerCode })
      : route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>mining bench</title>' }),
  );
  const page = await context.newPage();
  await page.goto(`${PAGE_ORIGIN}/mining.html`);
  await page.evaluate((header) => {
    const bytes = new Uint8Array(header);
    const view = new DataView(bytes.buffer);
    const sleep = (t: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, t));
    const worker = new Worker('/mining-worker.js', { type: 'module' });
    let samples: [number, number][] = [];
    let cancelled: (() => void) | undefined;
    let job = 0;
    let nonce = 0;
    worker.onmessage = (event: MessageEvent<{ type: string; job: number; hashes: number }>) => {
      if (event.data.job !== job) return;
      if (event.data.type === 'progress') samples.push([performance.now(), event.data.hashes]);
      if (event.data.type === 'cancelled') cancelled?.();
    };
    (window as BenchWindow).miningBench = {
      webCrypto: async (ms) => {
        const start = performance.now();
        let hashes = 0;
        for (; performance.now() - start < ms; hashes++) {
          view.setUint32(bytes.length - 4, nonce++);
          await crypto.subtle.digest('SHA-256', bytes);
        }
        return { hashes, ms: performance.now() - start };
      },
      worker: async (ms, settleMs) => {
        samples = [];
        worker.postMessage({ type: 'start', job: ++job, header: bytes, target: 1n, startNonce: 0n });
        await sleep(settleMs);
        const first = samples.at(-1);
        await sleep(ms);
        const last = samples.at(-1);
        const done = new Promise<void>((resolve) => (cancelled = resolve));
        worker.postMessage({ type: 'cancel', job });
        await done;
        if (!first || !last) throw new Error('the mining worker reported no progress');
        return { hashes: last[1] - first[1], ms: last[0] - first[0] };
      },
    };
  }, [...header]);
  return {
    webCrypto: (ms) => page.evaluate((t) => (window as BenchWindow).miningBench!.webCrypto(t), ms),
    worker: (ms) => page.evaluate(([t, settle]) => (window as BenchWindow).miningBench!.worker(t, settle), [ms, settleMs] as const),
  };
}
