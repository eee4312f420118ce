/**
 * The btpeer gateway over real TCP on loopback, with a fake job client: every command in both
 * framings, INIT's two steps (quote, then paid and followed to its result), its refusals with the
 * mesh's codes, and who may JOIN and QUIT what.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decodeReplies } from '../../../../relay/src/btpeer-gateway/framing.ts';
import { eventually } from '../../../support/framed-test-client.ts';
import { VirtualClock } from '../../../support/virtual-clock.ts';
import { exchange, FakeJobs, lengthFramed, open, PNG, startTestGateway } from './helpers.ts';

const TX = '0x' + 'ab'.repeat(32);
const json = (data: string): Record<string, unknown> => JSON.parse(data) as Record<string, unknown>;
const initBody = (fields: Record<string, unknown> = {}): string =>
  JSON.stringify({ sender: 'cli', email: 'reader@example.com', encodedImage: Buffer.from(PNG).toString('base64'), type: 'INIT', id: '1', region: 'ES', ...fields });

test('NAME, LIST, JOIN and QUIT in the original framing; PING has no reply', async (t) => {
  const gateway = await startTestGateway(t, new FakeJobs());
  assert.deepEqual(decodeReplies(await exchange(t, gateway.port, lengthFramed('NAME'))), [{ type: 'REPL', data: 'a'.repeat(64) }]);
  assert.deepEqual(decodeReplies(await exchange(t, gateway.port, lengthFramed('list'))), [{ type: 'REPL', data: '0' }]);
  assert.deepEqual(decodeReplies(await exchange(t, gateway.port, lengthFramed('JOIN', 'peer-1 127.0.0.1 4000'))), [{ type: 'REPL', data: 'Join: peer added: peer-1' }]);
  assert.deepEqual(decodeReplies(await exchange(t, gateway.port, lengthFramed('JOIN', 'peer-2 localhost 4001'))), [{ type: 'REPL', data: 'Join: peer added: peer-2' }]);
  assert.deepEqual(decodeReplies(await exchange(t, gateway.port, lengthFramed('LIST'))), [
    { type: 'REPL', data: '2' },
    { type: 'REPL', data: 'peer-1 127.0.0.1 4000' },
    { type: 'REPL', data: 'peer-2 localhost 4001' },
  ]);
  assert.deepEqual(decodeReplies(await exchange(t, gateway.port, lengthFramed('QUIT', 'peer-1'))), [{ type: 'REPL', data: 'Quit: peer removed: peer-1' }]);
  assert.deepEqual(decodeReplies(await exchange(t, gateway.port, lengthFramed('QUIT', 'peer-1'))), [{ type: 'ERRO', data: 'Quit: peer peer-1 is not listed' }]);
  assert.equal((await exchange(t, gateway.port, lengthFramed('PING'))).length, 0);
  // The original client does not half-close: the gateway answers and closes all the same.
  assert.deepEqual(decodeReplies(await exchange(t, gateway.port, lengthFramed('NAME'), { end: false })), [{ type: 'REPL', data: 'a'.repeat(64) }]);
  const stats = gateway.stats();
  assert.equal(stats.requests.JOIN, 2);
  assert.equal(stats.requests.PING, 1);
  assert.equal(stats.framings.length, 9);
  assert.equal(stats.peerRefusals, 1);
});

test("students' variant: the request read to the end, the replies without a length", async (t) => {
  const gateway = await startTestGateway(t, new FakeJobs());
  assert.equal(new TextDecoder().decode(await exchange(t, gateway.port, 'NAME')), `REPL${'a'.repeat(64)}`);
  assert.equal(new TextDecoder().decode(await exchange(t, gateway.port, 'JOIN peer-9 127.0.0.1 4009')), 'REPLJoin: peer added: peer-9');
  assert.equal(gateway.stats().framings.eof, 2);
});

test('JOIN is refused for another host, a bad port, or an id another address holds', async (t) => {
  const gateway = await startTestGateway(t, new FakeJobs());
  const refusal = async (body: string): Promise<string> => decodeReplies(await exchange(t, gateway.port, lengthFramed('JOIN', body)))[0]!.data;
  assert.match(await refusal('p 10.1.2.3 4000'), /^Join: host 10\.1\.2\.3 is not the address/);
  assert.match(await refusal('p 127.0.0.1 70000'), /is no port/);
  assert.match(await refusal('p 127.0.0.1'), /JOIN takes/);
  assert.equal(gateway.stats().listedPeers, 0);
  assert.equal(decodeReplies(await exchange(t, gateway.port, lengthFramed('JOIN', 'p 127.0.0.1 4000')))[0]!.type, 'REPL');
  const other = { localAddress: '127.0.0.2' };
  assert.equal(decodeReplies(await exchange(t, gateway.port, lengthFramed('JOIN', 'p 127.0.0.2 4000'), other))[0]!.data, 'Join: peer id p is taken');
  assert.equal(decodeReplies(await exchange(t, gateway.port, lengthFramed('QUIT', 'p'), other))[0]!.data, 'Quit: peer p was joined from another address');
  assert.equal(gateway.stats().listedPeers, 1);
  assert.equal(gateway.stats().peerRefusals, 5);
});

test('INIT quotes a job, then the paid INIT follows it stage by stage to its result', async (t) => {
  const jobs = new FakeJobs();
  const gateway = await startTestGateway(t, jobs);
  const quote = decodeReplies(await exchange(t, gateway.port, lengthFramed('INIT', initBody())));
  assert.equal(quote.length, 1);
  assert.equal(quote[0]!.type, 'REPL');
  const { jobId, payment, expiresInSeconds } = json(quote[0]!.data) as { jobId: string; payment: { data: string; valueWei: string }; expiresInSeconds: number };
  assert.match(jobId, /^[0-9a-f]{64}$/);
  assert.equal(payment.data, `0x${jobId}`);
  assert.equal(payment.valueWei, '1000');
  assert.equal(expiresInSeconds, 1800);
  assert.deepEqual(jobs.prepared.map((p) => [p.email, p.to, p.image.length]), [['reader@example.com', 'es', PNG.length]]);
  assert.equal(gateway.stats().drafts, 1);

  const paid = await open(t, gateway.port);
  paid.write(lengthFramed('INIT', JSON.stringify({ jobId, tx: TX })));
  await eventually(() => jobs.get(jobId)?.stage === 'queued', 'the job submitted');
  assert.equal(gateway.stats().drafts, 0, 'paid: no longer an unpaid job');
  jobs.move(jobId, { stage: 'transcribing', progress: 500 });
  await eventually(() => gateway.stats().clients === 1, 'still following');
  jobs.move(jobId, { stage: 'done', progress: 1000, text: 'NO PARKING', translation: 'PROHIBIDO APARCAR', engine: 'apertium', quality: 'sentence' });
  const replies = decodeReplies(await paid.bytes);
  const last = json(replies.at(-1)!.data);
  assert.deepEqual(last, { jobId, stage: 'done', tx: TX, text: 'NO PARKING', translation: 'PROHIBIDO APARCAR', engine: 'apertium', quality: 'sentence' });
  assert.equal(json(replies[0]!.data)['stage'], 'queued');
  assert.ok(replies.every((r) => r.type === 'REPL'));
  assert.deepEqual(gateway.stats().jobs, { quoted: 1, submitted: 1, done: 1, failed: 0 });
});

test('INIT refusals carry the mesh codes as ERRO {code, message}', async (t) => {
  const jobs = new FakeJobs();
  const gateway = await startTestGateway(t, jobs);
  const erro = async (body: string): Promise<{ code: string }> => {
    const [reply] = decodeReplies(await exchange(t, gateway.port, lengthFramed('INIT', body)));
    assert.equal(reply!.type, 'ERRO');
    return json(reply!.data) as { code: string };
  };
  assert.equal((await erro('not json')).code, 'malformed');
  assert.equal((await erro('[1]')).code, 'malformed');
  assert.equal((await erro(initBody({ region: 'XX' }))).code, 'bad-field');
  assert.equal((await erro(initBody({ encodedImage: '%%%' }))).code, 'bad-field');
  assert.equal((await erro(initBody({ encodedImage: Buffer.from('GIF89a').toString('base64') }))).code, 'bad-field');
  assert.equal((await erro(JSON.stringify({ jobId: 'f'.repeat(64), tx: TX }))).code, 'not-found');
  assert.equal((await erro(JSON.stringify({ jobId: 'nope', tx: TX }))).code, 'bad-field');
  const quoted = json(decodeReplies(await exchange(t, gateway.port, lengthFramed('INIT', initBody())))[0]!.data)['jobId'] as string;
  jobs.refusals.set(TX, 'tx-reused');
  assert.equal((await erro(JSON.stringify({ jobId: quoted, tx: TX }))).code, 'tx-reused');
  jobs.terms_ = undefined;
  assert.equal((await erro(initBody())).code, 'not-allowed');
  const refusals = gateway.stats().jobRefusals;
  assert.equal(refusals['bad-field'], 4);
  assert.equal(refusals['tx-reused'], 1);
});

test('unpaid jobs are bounded per address, limited in rate, and dropped when nobody pays in time', async (t) => {
  const clock = new VirtualClock();
  const jobs = new FakeJobs();
  const gateway = await startTestGateway(t, jobs, { clock, quotesPerMinutePerAddress: 3, draftTtlMs: 60_000 });
  const codes: string[] = [];
  for (let i = 0; i < 4; i++) {
    const [reply] = decodeReplies(await exchange(t, gateway.port, lengthFramed('INIT', initBody())));
    codes.push(reply!.type === 'REPL' ? 'quoted' : (json(reply!.data)['code'] as string));
  }
  assert.deepEqual(codes, ['quoted', 'quoted', 'quoted', 'rate-limited']);
  assert.equal(gateway.stats().drafts, 3);
  await clock.advance(60_000);
  assert.equal(gateway.stats().drafts, 0);
  assert.equal(jobs.cancelled.length, 3, 'each expired draft cancelled in the job client');
});

test('an unknown type is closed without a reply and counted', async (t) => {
  const gateway = await startTestGateway(t, new FakeJobs());
  assert.equal((await exchange(t, gateway.port, lengthFramed('BINT', '{}'))).length, 0);
  assert.equal(gateway.stats().closes['unknown-type'], 1);
  assert.equal(gateway.stats().requests.other, 1);
});
