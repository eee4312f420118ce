/**
 * `npm run job`: one paid job from the terminal (scripts/job/options.ts). A short-lived Node peer
 * with no pipeline role joins the mesh, stores the image, pays on the chain the server names,
 * submits, and follows the job to its result.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { JsonRpcProvider, Wallet } from 'ethers';
import { parseAppConfig, type ChainView } from '../../web/src/contracts/app-config.ts';
import { loadChainConfig } from '../../web/src/host-node/chain-config.ts';
import { startWorkerPeer, type WorkerPeer } from '../../web/src/host-node/worker-peer.ts';
import { TabmeshError } from '../../web/src/node/base/errors.ts';
import type { ClientJob } from '../../web/src/node/jobs/client.ts';
import { JOB_HELP, JobOptionsError, parseJobOptions, type JobOptions } from './options.ts';

const EXIT = { done: 0, failure: 1, options: 2, refused: 3, failed: 4 } as const;
const say = (line: string): void => void process.stderr.write(`${line}\n`);

class JobExit extends Error {
  readonly code: number;
  constructor(code: number, message: string) {
    super(message);
    this.code = code;
  }
}

async function chainOf(signalingUrl: string): Promise<ChainView> {
  const url = new URL('config.json', signalingUrl.endsWith('/') ? signalingUrl : `${signalingUrl}/`);
  const response = await fetch(url, { signal: AbortSignal.timeout(10_000) }).catch((error: unknown) => {
    throw new JobExit(EXIT.failure, `cannot reach ${url.href}: ${String(error)}`);
  });
  const chain = parseAppConfig(await response.json().catch(() => ({}))).chain;
  if (!chain) throw new JobExit(EXIT.failure, `${url.href} names no chain: this network takes no paid jobs`);
  return chain;
}

function payerOf(options: JobOptions, chain: ChainView): Wallet {
  const key = options.payerKey ?? chain.dev?.accounts[0]?.privateKey;
  if (!key) throw new JobExit(EXIT.options, 'set JOB_PAYER_KEY: this chain is not the dev chain, so there is no dev account to pay from');
  if (!options.payerKey) say(`paying from dev account ${chain.dev!.accounts[0]!.address} (test money on the dev chain)`);
  return new Wallet(key, new JsonRpcProvider(chain.rpcUrl, Number(chain.chainId), { staticNetwork: true, pollingInterval: 250 }));
}

async function until<T>(what: string, check: () => T | undefined, ms: number): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new JobExit(EXIT.failure, `gave up waiting for ${what} after ${Math.round(ms / 1000)} s`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

async function run(options: JobOptions, peer: WorkerPeer, chain: ChainView): Promise<ClientJob & { tx: string }> {
  const image = new Uint8Array(await readFile(options.image).catch((error: unknown) => {
    throw new JobExit(EXIT.options, `cannot read --image ${options.image}: ${(error as Error).message}`);
  }));
  const jobs = peer.jobs;
  say(`joined the mesh as ${peer.id.slice(0, 8)}; looking for a broker…`);
  await until('a broker in the mesh', () => (jobs.presence().brokers > 0 ? true : undefined), 60_000);
  const draft = await jobs.prepare({ image, email: options.email, from: options.from, to: options.to });
  say(`job ${draft.id}: paying ${draft.payment.valueWei} wei to ${draft.payment.to} on ${chain.name}…`);
  const payer = payerOf(options, chain);
  const sent = await payer.sendTransaction({ to: draft.payment.to, value: BigInt(draft.payment.valueWei), data: draft.payment.data });
  await sent.wait(draft.payment.confirmations);
  say(`paid: ${sent.hash}`);
  say('storing the image in the mesh…');
  await jobs.imageStored(draft.id);
  say('handing the job to a broker…');
  try {
    await jobs.submit(draft.id, sent.hash);
  } catch (error) {
    if (error instanceof TabmeshError) throw new JobExit(EXIT.refused, `refused: ${error.code} (${error.message})`);
    throw error;
  }
  let last = '';
  const job = await until(
    'the result',
    () => {
      const j = jobs.get(draft.id);
      const line = j ? `${j.stage}${j.stage === 'transcribing' && j.progress > 0 ? ` ${Math.round(j.progress / 10)} %` : ''}` : '';
      if (line !== last) say((last = line));
      return j && (j.stage === 'done' || j.stage === 'failed') ? j : undefined;
    },
    options.timeoutMs,
  );
  if (job.stage === 'failed') throw new JobExit(EXIT.failed, `failed: ${job.error ?? 'no reason given'}`);
  return { ...job, tx: sent.hash };
}

async function main(): Promise<number> {
  let options: JobOptions;
  try {
    const parsed = parseJobOptions(process.argv.slice(2), process.env);
    if (parsed === 'help') {
      console.log(JOB_HELP);
      return EXIT.done;
    }
    options = parsed;
  } catch (error) {
    if (error instanceof JobOptionsError) {
      say(error.message);
      return EXIT.options;
    }
    throw error;
  }
  const dataDir = await mkdtemp(join(tmpdir(), 'tabmesh-job-'));
  let peer: WorkerPeer | undefined;
  try {
    const chain = await chainOf(options.signalingUrl);
    // The chain's terms make the draft's payment; with no role, the peer checks no payment itself.
    const terms = loadChainConfig({ CHAIN_RPC_URL: chain.rpcUrl, CHAIN_ID: chain.chainId, SERVICE_ADDRESS: chain.serviceAddress, JOB_PRICE_WEI: chain.priceWei, CHAIN_CONFIRMATIONS: String(chain.confirmations), CHAIN_NAME: chain.name });
    peer = await startWorkerPeer({ signalingUrl: options.signalingUrl, dataDir, roles: [], ...(terms && { chain: terms }) });
    const job = await run(options, peer, chain);
    console.log(JSON.stringify({ jobId: job.id, tx: job.tx, text: job.text ?? '', translation: job.translation ?? '', engine: job.engine ?? '' }));
    return EXIT.done;
  } catch (error) {
    if (error instanceof JobExit) {
      say(error.message);
      return error.code;
    }
    say(`job failed: ${error instanceof Error ? error.message : String(error)}`);
    return EXIT.failure;
  } finally {
    await peer?.close().catch(() => undefined);
    await rm(dataDir, { recursive: true, force: true });
  }
}

const code = await main();
// @roamhq/wrtc can hold the process open for seconds after its peers close.
setTimeout(() => process.exit(code), 100).unref();
process.exitCode = code;
