/**
 * A Node worker killed mid-job (SIGKILL: no goodbye, its links just stop) has its job finish on
 * another. `npm start`'s worker peer brokers and translates; two `npm run worker --roles
 * transcription` read. The job goes in through the btpeer gateway; the moment one reader reports
 * work running, it is killed; the job still ends done, read by the other.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { getJson, waitFor } from '../unit/relay/helpers.ts';
import { btpeer, payQuote, quoteJob, startWorker, type StartedWorker } from './btpeer-client.ts';
import { npmStart } from './npm-start.ts';

const SIGN = 'tests/fixtures/signs/no-parking.jpg';

const loadOf = async (worker: StartedWorker): Promise<number> => ((await getJson(worker.health)).body as { load: number }).load;

test('a transcription worker killed mid-job: the job finishes on the other one', async (t) => {
  const start = await npmStart(t, 'tabmesh-worker-failover', { WORKER_ROLES: 'broker,translation' });
  const readers = [await startWorker(t, start.url, 'transcription'), await startWorker(t, start.url, 'transcription')];
  const quote = await quoteJob(start.btpeerPort, SIGN, 'failover@example.com');
  const tx = await payQuote(start.url, quote, 2);

  const done = btpeer(start.btpeerPort, 'INIT', JSON.stringify({ jobId: quote.jobId, tx }));
  // Whichever reader takes the assignment is killed while it works.
  const victim = await waitFor(
    'a reader working on the job',
    async () => {
      for (const reader of readers) if ((await loadOf(reader).catch(() => 0)) > 0) return reader;
      return undefined;
    },
    60_000,
    20,
  );
  victim.run.kill('SIGKILL');
  const survivor = readers.find((r) => r !== victim)!;

  const replies = await done;
  const last = JSON.parse(replies.at(-1)!.data) as { stage: string; text: string };
  assert.equal(replies.at(-1)!.type, 'REPL', `the job ended: ${replies.at(-1)!.data}`);
  assert.equal(last.stage, 'done');
  assert.match(last.text, /PARKING/i);
  const metrics = await (await fetch(survivor.health.replace('/healthz', '/metrics'))).text();
  assert.match(metrics, /tabmesh_worker_work_total\{outcome="transcribed"\} 1/, 'the survivor read it');
});
