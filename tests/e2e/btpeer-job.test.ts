/**
 * Seed 000's protocol end to end: a program speaking the original btpeer framing asks the relay's
 * gateway for a job (INIT with the seed's JSON), pays the quoted amount on the dev chain, sends
 * the paid INIT and reads each stage, then the result. The mesh is `npm start` whose worker peer
 * brokers and reads but does not translate, plus `npm run worker --roles translation`: the only
 * translator is that Node worker, which translates with Apertium. The result is mailed once.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { connect } from 'node:net';
import { readFile } from 'node:fs/promises';
import { JsonRpcProvider, Wallet } from 'ethers';
import { decodeReplies, encodeReply } from '../../relay/src/btpeer-gateway/framing.ts';
import { parseAppConfig } from '../../web/src/contracts/app-config.ts';
import type { OutboxList } from '../../web/src/contracts/outbox.ts';
import { getJson, tempDir, waitFor } from '../unit/relay/helpers.ts';
import { npmStart, run } from './npm-start.ts';

const SIGN = 'tests/fixtures/signs/no-parking.jpg';

/** One request in the original framing; every reply until the gateway closes. */
function btpeer(port: number, type: string, body: string): Promise<{ type: string; data: string }[]> {
  return new Promise((resolve, reject) => {
    const socket = connect({ host: '127.0.0.1', port });
    const chunks: Buffer[] = [];
    socket.on('data', (chunk: Buffer) => chunks.push(chunk));
    socket.on('error', reject);
    socket.on('close', () => resolve(decodeReplies(new Uint8Array(Buffer.concat(chunks)))));
    socket.write(encodeReply(type, body, 'length'));
  });
}

test('a btpeer client (original framing) gets a paid job translated by an Apertium worker and mailed', async (t) => {
  const start = await npmStart(t, 'tabmesh-btpeer', { WORKER_ROLES: 'broker,transcription' });
  assert.ok(start.btpeerPort > 0, `npm start names its btpeer port:\n${start.run.stdout()}`);
  const worker = run(['worker/src/main.ts', '--roles', 'translation', '--signal', start.url, '--http-port', '0', '--data-dir', await tempDir(t, 'tabmesh-btpeer-worker-')], {});
  t.after(() => worker.kill());
  const health = (await waitFor('the worker to print its address', () => /HTTP\s+(http:\/\/\S+\/healthz)/.exec(worker.stdout()), 60_000, 100))[1]!;
  assert.match(worker.stdout(), /translates\s+apertium/, 'the worker found Apertium');
  await waitFor('the worker linked into the mesh', async () => (((await getJson(health)).body as { peers: number }).peers > 0 ? true : undefined), 60_000, 200);

  // Step 1: the seed's INIT, answered with the payment to make.
  const image = (await readFile(SIGN)).toString('base64');
  const init = { sender: 'btpeer-test', email: 'seed-reader@example.com', encodedImage: image, type: 'INIT', id: 'm1', region: 'ES' };
  const [quote] = await btpeer(start.btpeerPort, 'INIT', JSON.stringify(init));
  assert.equal(quote?.type, 'REPL', `quoted: ${JSON.stringify(quote)}`);
  const { jobId, payment } = JSON.parse(quote.data) as { jobId: string; payment: { to: string; valueWei: string; data: string; confirmations: number } };

  // Paid from a dev account, as the user's wallet would.
  const chain = parseAppConfig((await getJson(`${start.url}config.json`)).body).chain!;
  const payer = new Wallet(chain.dev!.accounts[1]!.privateKey, new JsonRpcProvider(chain.rpcUrl, Number(chain.chainId), { staticNetwork: true, pollingInterval: 250 }));
  const sent = await payer.sendTransaction({ to: payment.to, value: BigInt(payment.valueWei), data: payment.data });
  await sent.wait(payment.confirmations);

  // Step 2: the paid INIT, followed to the result.
  const replies = await btpeer(start.btpeerPort, 'INIT', JSON.stringify({ jobId, tx: sent.hash }));
  assert.ok(replies.every((r) => r.type === 'REPL'), `no ERRO: ${JSON.stringify(replies)}`);
  const stages = replies.map((r) => (JSON.parse(r.data) as { stage: string }).stage);
  assert.equal(stages.at(-1), 'done');
  assert.ok(stages.includes('transcribing') || stages.includes('translating'), `stages seen: ${stages.join(' ')}`);
  const result = JSON.parse(replies.at(-1)!.data) as { jobId: string; tx: string; text: string; translation: string; engine: string; quality: string };
  assert.equal(result.jobId, jobId);
  assert.equal(result.tx, sent.hash);
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
