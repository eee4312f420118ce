/**
 * Seed 000's protocol end to end: a program speaking the original btpeer framing asks the relay's
 * gateway for a job (INIT with the seed's JSON), pays the quoted amount on the dev chain, sends
 * the paid INIT and reads each stage, then the result. The mesh is `npm start` whose worker peer
 * brokers and reads but does not translate, plus `npm run worker --roles translation`: the only
 * translator is that Node worker, which translates with Apertium. The result is mailed once.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { OutboxList } from '../../web/src/contracts/outbox.ts';
import { getJson, waitFor } from '../unit/relay/helpers.ts';
import { btpeer, payQuote, quoteJob, startWorker } from './btpeer-client.ts';
import { npmStart } from './npm-start.ts';

const SIGN = 'tests/fixtures/signs/no-parking.jpg';

test('a btpeer client (original framing) gets a paid job translated by an Apertium worker and mailed', async (t) => {
  const start = await npmStart(t, 'tabmesh-btpeer', { WORKER_ROLES: 'broker,transcription' });
  assert.ok(start.btpeerPort > 0, `npm start names its btpeer port:\n${start.run.stdout()}`);
  const worker = await startWorker(t, start.url, 'translation');
  assert.match(worker.run.stdout(), /translates\s+apertium/, 'the worker found Apertium');

  // Step 1: the seed's INIT, answered with the payment to make.
  const quote = await quoteJob(start.btpeerPort, SIGN, 'seed-reader@example.com');
  const { jobId } = quote;
  // Paid from a dev account, as the user's wallet would.
  const tx = await payQuote(start.url, quote, 1);

  // Step 2: the paid INIT, followed to the result.
  const replies = await btpeer(start.btpeerPort, 'INIT', JSON.stringify({ jobId, tx }));
  assert.ok(replies.every((r) => r.type === 'REPL'), `no ERRO: ${JSON.stringify(replies)}`);
  const stages = replies.map((r) => (JSON.parse(r.data) as { stage: string }).stage);
  assert.equal(stages.at(-1), 'done');
  assert.ok(stages.includes('transcribing') || stages.includes('translating'), `stages seen: ${stages.join(' ')}`);
  const result = JSON.parse(replies.at(-1)!.data) as { jobId: string; tx: string; text: string; translation: string; engine: string; quality: string };
  assert.equal(result.jobId, jobId);
  assert.equal(result.tx, tx);
  assert.match(result.text, /PARKING/i);
  assert.equal(result.engine, 'apertium');
  assert.equal(result.quality, 'sentence');
  assert.ok(result.translation.length > 0 && result.translation !== result.text, `translated: ${result.translation}`);

  const mails = await waitFor(
    'the result mail in the sink',
    async () => {
      const list = (await getJson(`${start.url}api/outbox`)).body as OutboxList;
      const mine = list.messages.filter((m) => m.subject.includes(jobId.slice(0, 8)));
      return mine.length > 0 ? mine : undefined;
    },
    30_000,
    250,
  );
  assert.equal(mails.length, 1);
  assert.deepEqual(mails[0]!.envelope.to, ['seed-reader@example.com']);
  // The relay's operator sees it.
  const relayHttp = /relay HTTP (http:\/\/\S+)\/healthz/.exec(start.run.stdout())![1]!;
  const metrics = await (await fetch(`${relayHttp}/metrics`)).text();
  assert.match(metrics, /tabmesh_relay_btpeer_jobs_total\{step="done"\} 1/);
  assert.match(metrics, /tabmesh_relay_btpeer_framings_total\{framing="length"\} 2/);
});
