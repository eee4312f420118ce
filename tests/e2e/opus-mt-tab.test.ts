/**
 * Opus-MT in a tab: the server names where models are served (`opusMt` in /config.json), the
 * translating tab advertises en→es at sentence level, and a paid job is translated there by
 * Transformers.js on onnxruntime-web — its wasm from the app's /ort/, the model from the operator's
 * server (a tiny random one, scripts/make-tiny-opus-mt.ts), nothing from a CDN or a hub.
 */
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, test } from 'node:test';
import { makeTinyOpusMt } from '../../scripts/make-tiny-opus-mt.ts';
import { englishSigns, myJobs, requesterTab, roleTabs, SIGNS_DIR, uploadThroughForm, useJobsWorld, waitForPresence } from './jobs-fixture.ts';
import { waitFor } from './harness.ts';

const asked: string[] = [];
let modelsDir = '';
let closeModels: () => Promise<void> = async () => {};
after(() => closeModels());

/** The operator's model server: the tiny models, readable from the app's origin (CORS). */
async function serveModels(): Promise<string> {
  modelsDir = await mkdtemp(join(tmpdir(), 'tabmesh-e2e-opus-mt-'));
  await makeTinyOpusMt(modelsDir, ['en-es']);
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
    asked.push(path);
    res.setHeader('access-control-allow-origin', '*');
    readFile(join(modelsDir, path)).then(
      (body) => res.writeHead(200, { 'content-type': path.endsWith('.json') ? 'application/json' : 'application/octet-stream' }).end(body),
      () => res.writeHead(404).end(),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  closeModels = async () => {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await rm(modelsDir, { recursive: true, force: true });
  };
  return `http://127.0.0.1:${(server.address() as { port: number }).port}/`;
}

const world = useJobsWorld(async () => ({ opusMt: { url: await serveModels(), pairs: ['en-es'] } }));

test('a translating tab runs the Opus-MT model the operator serves, at sentence level', async () => {
  const w = world();
  const context = await w.browser.newContext();
  const outside: string[] = [];
  const fromApp: string[] = [];
  context.on('request', (request) => {
    const url = new URL(request.url());
    if (url.origin === new URL(w.server.url).origin) fromApp.push(url.pathname);
    const network = url.protocol === 'http:' || url.protocol === 'https:' || url.protocol === 'ws:' || url.protocol === 'wss:';
    if (network && url.hostname !== '127.0.0.1' && url.hostname !== new URL(w.server.url).hostname) outside.push(request.url());
  });
  try {
    await roleTabs(context, w.server.url, ['broker', 'broker', 'transcription', 'translation']);
    const { page, stopApproving } = await requesterTab(context, w);
    const presence = await waitForPresence(page, { brokers: 2, transcribers: 1, translators: 1 });
    assert.equal(presence.pairs['en-es'], 'sentence', 'the translating tab offers en→es at sentence level');
    const [sign] = await englishSigns();
    const id = await uploadThroughForm(page, fileURLToPath(new URL(sign!.file, SIGNS_DIR)), 'reader@example.com', 'es');
    stopApproving();
    const job = await waitFor('the job done', async () => (await myJobs(page)).find((j) => j.id === id && (j.stage === 'done' || j.stage === 'failed')), 120_000, 500);
    assert.equal(job.stage, 'done', `the job ended ${job.stage}: ${job.error ?? ''}`);
    assert.equal(job.engine, 'opus-mt');
    assert.equal(job.quality, 'sentence');
    assert.ok((job.translation ?? '').length > 0, 'a translation (random words: the model is random)');
    assert.ok(asked.includes('/opus-mt-en-es/onnx/decoder_model_merged.onnx'), `the model server was asked: ${asked.join(' ')}`);
    assert.ok(fromApp.includes('/ort/ort-wasm-simd-threaded.jsep.wasm'), 'the runtime from the app itself');
    assert.deepEqual(outside, [], 'nothing fetched from anywhere else');
  } finally {
    await context.close();
  }
});
