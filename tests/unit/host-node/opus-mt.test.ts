/**
 * The Opus-MT engine's real loading and inference (Transformers.js on onnxruntime-node) against a
 * tiny random Marian model made here by scripts/make-tiny-opus-mt.ts: from a directory, from an
 * operator's URL (a local HTTP server, which sees every file asked for), and the ways it refuses.
 * The tiny model's words are random; what is tested is the code, layout and codes.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, normalize } from 'node:path';
import { makeTinyOpusMt } from '../../../scripts/make-tiny-opus-mt.ts';
import { createOpusMtEngine, modelsIn, OPUS_MT_MAX_CHARS, type OpusMtError } from '../../../web/src/host-node/opus-mt.ts';

async function modelsDir(t: { after(fn: () => Promise<void>): void }, pairs: string[]): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'tabmesh-opus-mt-'));
  t.after(() => rm(dir, { recursive: true, force: true }));
  await makeTinyOpusMt(dir, pairs);
  return dir;
}

test('models from a directory: pairs found, lines translated in place, refusals with codes', async (t) => {
  const dir = await modelsDir(t, ['en-es', 'en-fr']);
  await rm(join(dir, 'opus-mt-en-fr', 'onnx', 'decoder_model_merged.onnx'));
  assert.deepEqual(await modelsIn(dir), ['en-es'], 'a model missing a file is not offered');
  const created = await createOpusMtEngine({ dir });
  assert.ok('engine' in created, 'missing' in created ? created.missing : '');
  const engine = created.engine;
  assert.deepEqual(engine.pairs(), ['en-es']);
  const result = await engine.translate('NO PARKING\n\nExit', 'en', 'es');
  assert.equal(result.engine, 'opus-mt');
  assert.equal(result.quality, 'sentence');
  const lines = result.text.split('\n');
  assert.equal(lines.length, 3, 'lines stay lines');
  assert.equal(lines[1], '', 'an empty line stays empty');
  assert.ok(lines[0]!.length > 0 && lines[2]!.length > 0, `every line translated: ${JSON.stringify(result.text)}`);
  assert.equal((await engine.translate('NO PARKING\n\nExit', 'en', 'es')).text, result.text, 'the same model answers the same');
  await assert.rejects(engine.translate('Exit', 'en', 'de'), (e: OpusMtError) => e.code === 'unsupported-pair');
  await assert.rejects(engine.translate('x'.repeat(OPUS_MT_MAX_CHARS + 1), 'en', 'es'), (e: OpusMtError) => e.code === 'too-long');
  const aborted = new AbortController();
  aborted.abort();
  await assert.rejects(engine.translate('Exit', 'en', 'es', { signal: aborted.signal }), (e: OpusMtError) => e.code === 'aborted');
});

test('no models, or a model that does not load, is reported at creation and not used', async (t) => {
  const empty = await mkdtemp(join(tmpdir(), 'tabmesh-opus-mt-empty-'));
  t.after(() => rm(empty, { recursive: true, force: true }));
  const none = await createOpusMtEngine({ dir: empty });
  assert.ok('missing' in none && /no opus-mt-en/.test(none.missing));
  const dir = await modelsDir(t, ['en-it']);
  await writeFile(join(dir, 'opus-mt-en-it', 'onnx', 'encoder_model.onnx'), 'not an onnx model');
  const broken = await createOpusMtEngine({ dir });
  assert.ok('missing' in broken && /en-it model does not run/.test(broken.missing), JSON.stringify(broken));
});

test('models from the operator’s URL: only that server is asked, and only for the model’s files', async (t) => {
  const dir = await modelsDir(t, ['en-de']);
  const asked: string[] = [];
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
    asked.push(path);
    readFile(join(dir, path)).then(
      (body) => res.writeHead(200, { 'content-type': 'application/octet-stream' }).end(body),
      () => res.writeHead(404).end(),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  t.after(() => new Promise<void>((resolve) => server.close(() => resolve())));
  const cacheDir = await mkdtemp(join(tmpdir(), 'tabmesh-opus-mt-cache-'));
  t.after(() => rm(cacheDir, { recursive: true, force: true }));
  const url = `http://127.0.0.1:${(server.address() as { port: number }).port}/`;
  const created = await createOpusMtEngine({ url, cacheDir, pairs: ['en-de'] });
  assert.ok('engine' in created, 'missing' in created ? created.missing : '');
  assert.ok((await created.engine.translate('Exit', 'en', 'de')).text.length > 0);
  assert.ok(asked.length > 0 && asked.every((p) => p.startsWith('/opus-mt-en-de/')), `asked: ${asked.join(' ')}`);
  assert.ok(asked.includes('/opus-mt-en-de/onnx/decoder_model_merged.onnx'));
});
