/** The requester's side: a broker that goes silent is left for the next one as soon as its link closes. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ERROR_CODES } from '../../../../web/src/node/base/errors.ts';
import { JobClient } from '../../../../web/src/node/jobs/client.ts';
import { jobIdOf, newJobNonce, type JobSpec } from '../../../../web/src/node/jobs/job.ts';
import { JOB_OK, type JobMessage } from '../../../../web/src/node/jobs/messages.ts';
import { seededRandom } from '../../../support/random.ts';
import { VirtualClock } from '../../../support/virtual-clock.ts';

const SELF = '0'.repeat(64);
const B1 = '1'.repeat(64);
const B2 = '2'.repeat(64);

function client(): { client: JobClient; sent: { to: string; msg: JobMessage }[]; unreachable: string[] } {
  const sent: { to: string; msg: JobMessage }[] = [];
  const unreachable: string[] = [];
  const c = new JobClient({
    selfId: SELF,
    clock: new VirtualClock(),
    random: seededRandom(1),
    send: (to, msg) => (sent.push({ to, msg }), true),
    connect: async (to) => {
      if (to === 'f'.repeat(64)) throw new Error('dial failed');
    },
    brokers: () => [B1, B2],
    unreachable: (b) => unreachable.push(b),
    save: () => undefined,
    remove: () => undefined,
    changed: () => undefined,
  });
  return { client: c, sent, unreachable };
}

const spec = (): JobSpec => ({ imageKey: 'ab'.repeat(32), imageBytes: 10, email: 'a@example.org', from: 'eng', to: 'es', nonce: newJobNonce(seededRandom(2)) });
const until = async (check: () => boolean): Promise<void> => {
  for (let i = 0; i < 100 && !check(); i++) await new Promise((r) => setImmediate(r));
  assert.ok(check(), 'condition not reached');
};

test('a submission whose broker’s link closes before it answers goes to the next broker at once', async () => {
  const { client: c, sent } = client();
  const s = spec();
  const id = jobIdOf(s);
  c.draft(id, s);
  const submitted = c.submit(id, `0x${'cd'.repeat(32)}`);
  await until(() => sent.length === 1);
  assert.equal(sent[0]!.to, B1);
  c.onLinkLost(B1);
  await until(() => sent.length === 2);
  assert.equal(sent[1]!.to, B2);
  const rid = (sent[1]!.msg as { rid: number }).rid;
  c.onAck({ kind: 'jobAck', rid, id, code: JOB_OK, primary: B2, backup: [B1] });
  const job = await submitted;
  assert.equal(job.stage, 'queued');
  assert.equal(job.primary, B2);
});

test('a refused resubmission of a finished job keeps its result and notes the refusal', async () => {
  const { client: c, sent } = client();
  const s = spec();
  const id = jobIdOf(s);
  c.draft(id, s);
  const first = c.submit(id, `0x${'cd'.repeat(32)}`);
  await until(() => sent.length === 1);
  c.onAck({ kind: 'jobAck', rid: (sent[0]!.msg as { rid: number }).rid, id, code: JOB_OK, primary: B1, backup: [B2] });
  await first;
  Object.assign(c.get(id)!, { stage: 'done', translation: 'HOLA' });
  const again = c.submit(id, `0x${'cd'.repeat(32)}`).catch((e: { code: string }) => e.code);
  await until(() => sent.length === 2);
  c.onAck({ kind: 'jobAck', rid: (sent[1]!.msg as { rid: number }).rid, id, code: ERROR_CODES.indexOf('tx-reused'), primary: B1, backup: [] });
  assert.equal(await again, 'tx-reused');
  assert.equal(c.get(id)?.stage, 'done');
  assert.equal(c.get(id)?.translation, 'HOLA');
  assert.equal(c.get(id)?.error, 'tx-reused');
});
