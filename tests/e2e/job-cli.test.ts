/**
 * `npm run job` against `npm start`, as a terminal user runs them: the start script (dev chain,
 * signaling server, relay, sink, worker peer) and the job command as child processes. The job is
 * paid from a dev account, read and translated by the worker peer, printed as JSON, and mailed
 * once to the address given.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import type { OutboxList } from '../../web/src/contracts/outbox.ts';
import { LexiconEngine } from '../../web/src/node/jobs/translation/lexicon-engine.ts';
import { characterErrorRate } from '../support/cer.ts';
import { getJson, waitFor } from '../unit/relay/helpers.ts';
import { npmStart, run } from './npm-start.ts';

const SIGN = { file: 'tests/fixtures/signs/no-parking.jpg', index: 0 };

test('npm run job against npm start: paid, read, translated, printed as JSON and mailed once', async (t) => {
  const { url } = await npmStart(t, 'tabmesh-job-cli');

  const job = run(['scripts/job/main.ts', '--image', SIGN.file, '--to', 'es', '--email', 'reader@example.com', '--signal', url, '--timeout', '120'], {});
  t.after(() => job.kill());
  const code = await Promise.race([job.code, new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), 150_000).unref())]);
  assert.equal(code, 0, `npm run job: ${code}\n${job.stderr()}`);
  const result = JSON.parse(job.stdout().trim().split('\n').at(-1)!) as { jobId: string; tx: string; text: string; translation: string; engine: string };
  assert.match(result.jobId, /^[0-9a-f]{64}$/);
  assert.match(result.tx, /^0x[0-9a-f]{64}$/);
  const expected = (JSON.parse(await readFile(new URL('../fixtures/signs/index.json', import.meta.url), 'utf8')) as { text: string }[])[SIGN.index]!.text;
  const cer = characterErrorRate(expected, result.text);
  assert.ok(cer <= 0.03, `CER ${(cer * 100).toFixed(1)} % (read ${JSON.stringify(result.text)})`);
  assert.equal(result.translation, (await new LexiconEngine().translate(result.text, 'en', 'es')).text);
  assert.equal(result.engine, 'lexicon');
  // Each stage as it happened, on stderr.
  for (const said of ['paid: 0x', 'handing the job to a broker', 'done']) assert.ok(job.stderr().includes(said), `stderr says ${said}:\n${job.stderr()}`);

  // The relay mails the result once, to the address the job id commits to.
  const mails = await waitFor(
    'the result mail in the sink',
    async () => {
      const list = (await getJson(`${url}api/outbox`)).body as OutboxList;
      const mine = list.messages.filter((m) => m.subject.includes(result.jobId.slice(0, 8)));
      return mine.length > 0 ? mine : undefined;
    },
    30_000,
    250,
  );
  assert.equal(mails.length, 1);
  assert.deepEqual(mails[0]!.envelope.to, ['reader@example.com']);
});
