/** What the btpeer and worker e2e tests share: a btpeer client, paying a quote, `npm run worker`. */
import type { TestContext } from 'node:test';
import { connect } from 'node:net';
import { readFile } from 'node:fs/promises';
import { JsonRpcProvider, Wallet } from 'ethers';
import { decodeReplies, encodeReply } from '../../relay/src/btpeer-gateway/framing.ts';
import { parseAppConfig } from '../../web/src/contracts/app-config.ts';
import { getJson, tempDir, waitFor } from '../unit/relay/helpers.ts';
import { run, type Run } from './npm-start.ts';

export interface Reply {
  type: string;
  data: string;
}

/** One request in the original framing; every reply until the gateway closes, each also told as it comes. */
export function btpeer(port: number, type: string, body: string, onReply: (reply: Reply) => void = () => {}): Promise<Reply[]> {
  return new Promise((resolve, reject) => {
    const socket = connect({ host: '127.0.0.1', port });
    const replies: Reply[] = [];
    let pending = Buffer.alloc(0);
    socket.on('data', (chunk: Buffer) => {
      pending = Buffer.concat([pending, chunk]);
      while (pending.length >= 8 && pending.length >= 8 + pending.readUInt32BE(4)) {
        const end = 8 + pending.readUInt32BE(4);
        const [reply] = decodeReplies(new Uint8Array(pending.subarray(0, end)));
        replies.push(reply!);
        onReply(reply!);
        pending = pending.subarray(end);
      }
    });
    socket.on('error', reject);
    socket.on('close', () => (pending.length === 0 ? resolve(replies) : reject(new Error(`${pending.length} bytes of a reply cut short`))));
    socket.write(encodeReply(type, body, 'length'));
  });
}

export interface Quote {
  jobId: string;
  payment: { to: string; valueWei: string; data: string; confirmations: number };
}

/** The seed's INIT for a sign image: the gateway's quote. */
export async function quoteJob(port: number, image: string, email: string, region = 'ES'): Promise<Quote> {
  const encodedImage = (await readFile(image)).toString('base64');
  const [quote] = await btpeer(port, 'INIT', JSON.stringify({ sender: 'btpeer-test', email, encodedImage, type: 'INIT', id: 'm1', region }));
  if (quote?.type !== 'REPL') throw new Error(`not quoted: ${JSON.stringify(quote)}`);
  return JSON.parse(quote.data) as Quote;
}

/** Pays a quote from dev account `account` of the chain the page names; the tx hash once confirmed. */
export async function payQuote(pageUrl: string, quote: Quote, account: number): Promise<string> {
  const chain = parseAppConfig((await getJson(`${pageUrl}config.json`)).body).chain!;
  const payer = new Wallet(chain.dev!.accounts[account]!.privateKey, new JsonRpcProvider(chain.rpcUrl, Number(chain.chainId), { staticNetwork: true, pollingInterval: 250 }));
  const { payment } = quote;
  const sent = await payer.sendTransaction({ to: payment.to, value: BigInt(payment.valueWei), data: payment.data });
  await sent.wait(payment.confirmations);
  return sent.hash;
}

export interface StartedWorker {
  run: Run;
  /** Its /healthz URL. */
  health: string;
}

/** `npm run worker --roles <roles>` on a free HTTP port, linked into the mesh. */
export async function startWorker(t: TestContext, pageUrl: string, roles: string): Promise<StartedWorker> {
  const worker = run(['worker/src/main.ts', '--roles', roles, '--signal', pageUrl, '--http-port', '0', '--data-dir', await tempDir(t, 'tabmesh-worker-')], {});
  t.after(() => worker.kill());
  const health = (await waitFor('the worker to print its address', () => /HTTP\s+(http:\/\/\S+\/healthz)/.exec(worker.stdout()), 60_000, 100))[1]!;
  await waitFor('the worker linked into the mesh', async () => (((await getJson(health)).body as { peers: number }).peers > 0 ? true : undefined), 60_000, 200);
  return { run: worker, health };
}
