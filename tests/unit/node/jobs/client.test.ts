/**
 * The requester's side: a broker whose link closes, or that does not answer a status query soon,
 * is left for the next one; a paid job no broker knows any more is submitted again.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ERROR_CODES } from '../../../../web/src/node/base/errors.ts';
import { JobClient } from '../../../../web/src/node/jobs/client.ts';
import { BROKER_ALIVE_MS, FOLLOW_QUIET_MS } from '../../../../web/src/node/jobs/constants.ts';
import { jobIdOf, newJobNonce, type JobSpec } from '../../../../web/src/node/jobs/job.ts';
import { JOB_OK, type JobMessage } from '../../../../web/src/node/jobs/messages.ts';
import { seededRandom } from '../../../support/random.ts';
import { VirtualClock } from '../../../support/virtual-clock.ts';

const SELF = '0'.repeat(64);
const B1 = '1'.repeat(64);
const B2 = '2'.repeat(64);

type Sent = { to: string; msg: JobMessage };

function client(): { client: JobClient; sent: Sent[]; submits: () => Sent[]; unreachable: string[]; clock: VirtualClock } {
  const sent: Sent[] = [];
  const unreachable: string[] = [];
  const clock = new VirtualClock();
  const c = new JobClient({
    selfId: SELF,
    clock,
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
  return { client: c, sent, submits: () => sent.filter((s) => s.msg.kind === 'jobSubmit'), unreachable, clock };
}

const spec = (): JobSpec => ({ imageKey: 'ab'.repeat(32), imageBytes: 10, email: 'a@example.org', from: 'eng', to: 'es', nonce: newJobNonce(seededRandom(2)) });
const until = async (check: () => boolean): Promise<void> => {
  for (let i = 0; i < 100 && !check(); i++) await new Promise((r) => setImmediate(r));
  assert.ok(check(), 'condition not reached');
};

test('a submission whose broker’s link closes before it answers goes to the next broker at once', async () => {
  const { client: c, submits } = client();
  const s = spec();
  const id = jobIdOf(s);
  c.draft(id, s);
  const submitted = c.submit(id, `0x${'cd'.repeat(32)}`);
  await until(() => submits().length === 1);
  assert.equal(submits()[0]!.to, B1);
  c.onLinkLost(B1);
  await until(() => submits().length === 2);
  assert.equal(submits()[1]!.to, B2);
  const rid = (submits()[1]!.msg as { rid: number }).rid;
  c.onAck({ kind: 'jobAck', rid, id, code: JOB_OK, primary: B2, backup: [B1] });
  const job = await submitted;
  assert.equal(job.stage, 'queued');
  assert.equal(job.primary, B2);
});

test('a refused resubmission of a finished job keeps its result and notes the refusal', async () => {
  const { client: c, submits } = client();
  const s = spec();
  const id = jobIdOf(s);
  c.draft(id, s);
  const first = c.submit(id, `0x${'cd'.repeat(32)}`);
  await until(() => submits().length === 1);
  c.onAck({ kind: 'jobAck', rid: (submits()[0]!.msg as { rid: number }).rid, id, code: JOB_OK, primary: B1, backup: [B2] });
  await first;
  Object.assign(c.get(id)!, { stage: 'done', translation: 'HOLA' });
  const again = c.submit(id, `0x${'cd'.repeat(32)}`).catch((e: { code: string }) => e.code);
  await until(() => submits().length === 2);
  c.onAck({ kind: 'jobAck', rid: (submits()[1]!.msg as { rid: number }).rid, id, code: ERROR_CODES.indexOf('tx-reused'), primary: B1, backup: [] });
  assert.equal(await again, 'tx-reused');
  assert.equal(c.get(id)?.stage, 'done');
  assert.equal(c.get(id)?.translation, 'HOLA');
  assert.equal(c.get(id)?.error, 'tx-reused');
});

test('a broker that does not answer a status query within BROKER_ALIVE_MS is left for the next one', async () => {
  const { client: c, submits, sent, clock } = client();
  const s = spec();
  const id = jobIdOf(s);
  c.draft(id, s);
  const submitted = c.submit(id, `0x${'cd'.repeat(32)}`);
  await until(() => submits().length === 1);
  assert.ok(sent.some((m) => m.to === B1 && m.msg.kind === 'jobQuery'), 'the first broker is asked for a sign of life');
  // B1 crashed: its link looks open, nothing comes back.
  await clock.runUntil(() => submits().length === 2, BROKER_ALIVE_MS + 200);
  assert.equal(submits()[1]!.to, B2);
  const query = sent.filter((m) => m.to === B2 && m.msg.kind === 'jobQuery').at(-1)!.msg as { rid: number };
  // B2 is alive: it answers the query at once and acknowledges later (payment confirmations).
  c.onStatus({ kind: 'jobStatus', rid: query.rid, id, code: ERROR_CODES.indexOf('not-found'), status: '' });
  await clock.advance(BROKER_ALIVE_MS * 3);
  c.onAck({ kind: 'jobAck', rid: (submits()[1]!.msg as { rid: number }).rid, id, code: JOB_OK, primary: B2, backup: [] });
  assert.equal((await submitted).primary, B2);
  assert.equal(submits().length, 2, 'a live broker slow to acknowledge is not abandoned');
});

test('a paid job that no broker knows any more is submitted again; one still known is only asked about', async () => {
  const { client: c, submits, sent, clock } = client();
  const s = spec();
  const id = jobIdOf(s);
  c.draft(id, s);
  const first = c.submit(id, `0x${'cd'.repeat(32)}`);
  await until(() => submits().length === 1);
  c.onAck({ kind: 'jobAck', rid: (submits()[0]!.msg as { rid: number }).rid, id, code: JOB_OK, primary: B1, backup: [B2] });
  await first;
  // Quiet, but still known: the broker answers the follow-up query with the job's state.
  await clock.advance(FOLLOW_QUIET_MS + 1);
  const asking = c.follow();
  await until(() => sent.filter((m) => m.msg.kind === 'jobQuery').length === 2);
  const known = sent.filter((m) => m.msg.kind === 'jobQuery').at(-1)!;
  const view = { id, stage: 'transcribing', attempt: 1, progress: 400, primary: B1, mailed: false };
  c.onStatus({ kind: 'jobStatus', rid: (known.msg as { rid: number }).rid, id, code: JOB_OK, status: JSON.stringify(view) });
  await asking;
  assert.equal(c.get(id)?.stage, 'transcribing');
  assert.equal(submits().length, 1);
  // Both of its brokers gone, and no other knows it: it goes in again, with the same payment.
  await clock.advance(FOLLOW_QUIET_MS + 1);
  const lost = c.follow();
  await clock.runUntil(() => submits().length === 2, BROKER_ALIVE_MS * 3);
  const again = submits()[1]!;
  assert.equal((again.msg as { id: string }).id, id);
  c.onAck({ kind: 'jobAck', rid: (again.msg as { rid: number }).rid, id, code: JOB_OK, primary: again.to, backup: [] });
  await lost;
  assert.equal(c.get(id)?.primary, again.to);
  assert.equal(c.get(id)?.stage, 'transcribing', 'its state is kept');
});

test('a done job not yet known mailed is asked about again, never resubmitted', async () => {
  const { client: c, submits, sent, clock } = client();
  const s = spec();
  const id = jobIdOf(s);
  c.draft(id, s);
  const first = c.submit(id, `0x${'cd'.repeat(32)}`);
  await until(() => submits().length === 1);
  c.onAck({ kind: 'jobAck', rid: (submits()[0]!.msg as { rid: number }).rid, id, code: JOB_OK, primary: B1, backup: [] });
  await first;
  const done = { id, stage: 'done', attempt: 1, progress: 0, primary: B1, text: 'EXIT', translation: 'SALIDA', mailed: false };
  c.onStatus({ kind: 'jobStatus', rid: 0, id, code: JOB_OK, status: JSON.stringify(done) });
  assert.equal(c.get(id)?.mailed, false);
  await clock.advance(FOLLOW_QUIET_MS + 1);
  const queries = (): Sent[] => sent.filter((m) => m.msg.kind === 'jobQuery');
  const before = queries().length;
  const asking = c.follow();
  await until(() => queries().length > before);
  const query = queries().at(-1)!.msg as { rid: number };
  c.onStatus({ kind: 'jobStatus', rid: query.rid, id, code: JOB_OK, status: JSON.stringify({ ...done, mailed: true }) });
  await asking;
  assert.equal(c.get(id)?.mailed, true);
  assert.equal(submits().length, 1);
  assert.equal(c.delivered.get(id), 1, 'the result counted once');
});
