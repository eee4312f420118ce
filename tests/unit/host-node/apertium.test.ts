/**
 * The Apertium engine against the Debian packages installed here (.ci/run installs them), and
 * against stand-in programs for the ways a process fails: missing, hanging, exiting non-zero.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { chmod, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ApertiumEngine, type ApertiumError, APERTIUM_MAX_CHARS, chooseRoutes, createApertiumEngine, installedModes } from '../../../web/src/host-node/apertium.ts';

test('the installed pairs translate en→es directly and en→fr, en→it through a pivot; German has no route', async () => {
  const created = await createApertiumEngine();
  assert.ok('engine' in created, `apertium missing: ${'missing' in created ? created.missing : ''}`);
  const engine = created.engine;
  assert.deepEqual([...engine.pairs()].sort(), ['en-es', 'en-fr', 'en-it']);
  assert.deepEqual(engine.route('en-es'), ['eng-spa']);
  assert.equal(engine.route('en-fr')?.length, 2);
  const es = await engine.translate('Wet floor. The museum opens at 9:00.', 'en', 'es');
  assert.equal(es.engine, 'apertium');
  assert.equal(es.quality, 'sentence');
  assert.match(es.text, /mojado/);
  assert.match(es.text, /museo/);
  assert.match((await engine.translate('The museum is closed.', 'en', 'fr')).text, /musée/);
  assert.match((await engine.translate('The museum is closed.', 'en', 'it')).text, /museo/);
  // Lines stay lines (a sign's layout), names pass through unmarked.
  const lines = await engine.translate('EXIT\nTabmesh Station', 'en', 'es');
  assert.equal(lines.text.split('\n').length, 2);
  assert.match(lines.text, /Tabmesh/);
  assert.doesNotMatch(lines.text, /\*/);
  // A sign in capitals is translated as a sentence and answered in capitals (not "No APARCAR").
  assert.equal((await engine.translate('EMERGENCY EXIT ONLY\nKEEP OUT', 'en', 'es')).text, 'SALIDA DE EMERGENCIA SÓLO\nMANTIENE FUERA');
  await assert.rejects(engine.translate('Exit', 'en', 'de'), (e: ApertiumError) => e.code === 'unsupported-pair');
});

test('routes are chosen from the installed modes, best first', async () => {
  const modes = await installedModes();
  assert.ok(modes.has('eng-spa'));
  assert.deepEqual(chooseRoutes(new Set(['eng-cat', 'cat-fra'])), { 'en-fr': ['eng-cat', 'cat-fra'] });
  assert.deepEqual(chooseRoutes(new Set()), {});
  const none = await createApertiumEngine({ modesDir: join(tmpdir(), 'no-such-apertium-modes') });
  assert.ok('missing' in none && /apertium-eng-spa/.test(none.missing));
});

async function fakeApertium(script: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'fake-apertium-'));
  const path = join(dir, 'apertium');
  await writeFile(path, `#!/bin/sh\n${script}\n`);
  await chmod(path, 0o755);
  return path;
}

test('a missing, hanging or failing program, an abort and an oversized text each give their code', async () => {
  const routes = { 'en-es': ['eng-spa'] };
  await assert.rejects(new ApertiumEngine(routes, { binary: '/nonexistent/apertium' }).translate('Exit', 'en', 'es'), (e: ApertiumError) => e.code === 'unavailable');
  const hang = new ApertiumEngine(routes, { binary: await fakeApertium('sleep 30'), timeoutMs: 300 });
  await assert.rejects(hang.translate('Exit', 'en', 'es'), (e: ApertiumError) => e.code === 'timeout');
  const broken = new ApertiumEngine(routes, { binary: await fakeApertium('echo "no such mode" >&2; exit 3') });
  await assert.rejects(broken.translate('Exit', 'en', 'es'), (e: ApertiumError) => e.code === 'failed' && /no such mode/.test(e.message));
  const slow = new ApertiumEngine(routes, { binary: await fakeApertium('sleep 30') });
  const controller = new AbortController();
  const aborted = slow.translate('Exit', 'en', 'es', { signal: controller.signal });
  setTimeout(() => controller.abort(), 50);
  await assert.rejects(aborted, (e: ApertiumError) => e.code === 'aborted');
  await assert.rejects(new ApertiumEngine(routes).translate('x'.repeat(APERTIUM_MAX_CHARS + 1), 'en', 'es'), (e: ApertiumError) => e.code === 'too-long');
  assert.deepEqual(await new ApertiumEngine(routes).translate('  ', 'en', 'es'), { text: '  ', engine: 'apertium', quality: 'sentence' });
});
