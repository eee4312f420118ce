/**
 * Payment checks against a real dev chain (anvil, started here on a free port): a good payment
 * passes, and each way a payment can fail to pay for a job is refused with its own code —
 * unknown-tx, tx-failed, wrong-chain, wrong-recipient, underpaid, wrong-job, unconfirmed (then
 * accepted once blocks come) — and tx-reused by the broker that already ran the job.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { JsonRpcProvider, Wallet, parseEther, type TransactionRequest } from 'ethers';
import { rpcPaymentVerifier } from '../../../web/src/engines/chain-payments.ts';
import type { PaymentTerms } from '../../../web/src/node/jobs/engines.ts';
import { startDevChain, type DevChain } from '../../../scripts/dev/chain/dev-chain.ts';
import { TabmeshError } from '../../../web/src/node/base/errors.ts';
import { pipeline } from '../../sim/jobs-sim.ts';

let chain: DevChain;
let provider: JsonRpcProvider;
let payer: Wallet;
const JOB = 'ab'.repeat(32);
const PRICE = parseEther('0.001');

before(async () => {
  chain = await startDevChain({ port: 0 });
  provider = new JsonRpcProvider(chain.rpcUrl, undefined, { staticNetwork: true, cacheTimeout: -1 });
  payer = new Wallet(chain.accounts[0]!.privateKey, provider);
});
after(async () => {
  provider?.destroy();
  await chain?.stop();
});

function terms(overrides: Partial<PaymentTerms> = {}): PaymentTerms {
  return { chainId: BigInt(chain.chainId), serviceAddress: chain.accounts[9]!.address, priceWei: PRICE, confirmations: 1, ...overrides };
}

async function pay(tx: TransactionRequest): Promise<string> {
  const sent = await payer.sendTransaction({ to: chain.accounts[9]!.address, value: PRICE, data: `0x${JOB}`, ...tx });
  await sent.wait();
  return sent.hash;
}

async function code(txHash: string, t: PaymentTerms = terms(), jobId = JOB, confirmWaitMs = 2_000): Promise<string> {
  const result = await rpcPaymentVerifier({ rpcUrl: chain.rpcUrl, terms: t, confirmWaitMs, pollMs: 100 }).verify(txHash, jobId);
  return result.ok ? 'ok' : result.code;
}

test('a transfer of the price to the service with the job id as data pays for the job', async () => {
  const hash = await pay({});
  const result = await rpcPaymentVerifier({ rpcUrl: chain.rpcUrl, terms: terms() }).verify(hash, JOB);
  assert.ok(result.ok);
  assert.equal(result.payment.payer, chain.accounts[0]!.address);
  assert.equal(result.payment.valueWei, PRICE);
});

test('each refusal has its own code', async () => {
  assert.equal(await code('0x' + '77'.repeat(32)), 'unknown-tx');
  assert.equal(await code('0x1234'), 'unknown-tx');
  assert.equal(await code(await pay({ to: chain.accounts[5]!.address })), 'wrong-recipient');
  assert.equal(await code(await pay({ value: PRICE - 1n })), 'underpaid');
  assert.equal(await code(await pay({ data: `0x${'cd'.repeat(32)}` })), 'wrong-job');
  assert.equal(await code(await pay({}), terms({ chainId: 1n })), 'wrong-chain');
  // A service "address" that is a contract reverting every call: the transfer is mined, failed.
  const deploy = await payer.sendTransaction({ data: '0x6005600c60003960056000f360006000fd' });
  const reverter = (await deploy.wait())!.contractAddress!;
  const failed = await payer.sendTransaction({ to: reverter, value: PRICE, data: `0x${JOB}`, gasLimit: 100_000 });
  assert.equal((await failed.wait().catch(() => provider.getTransactionReceipt(failed.hash)))?.status, 0);
  assert.equal(await code(failed.hash, terms({ serviceAddress: reverter })), 'tx-failed');
});

test('fewer confirmations than asked: unconfirmed after the wait, accepted once the blocks come', async () => {
  const hash = await pay({});
  assert.equal(await code(hash, terms({ confirmations: 3 }), JOB, 600), 'unconfirmed');
  await provider.send('anvil_mine', ['0x2']);
  assert.equal(await code(hash, terms({ confirmations: 3 })), 'ok');
});

test('a payment already used for a finished job is tx-reused, at the broker that ran it', async () => {
  const p = await pipeline({ brokers: 1, transcribers: 1, translators: 1, clients: 1, payments: rpcPaymentVerifier({ rpcUrl: chain.rpcUrl, terms: terms(), pollMs: 100 }) });
  await p.settleAdverts();
  const client = p.jobs(p.clients[0]!).client;
  const bytes = new TextEncoder().encode('ONE WAY');
  const spec = { imageKey: await p.images.put(bytes), imageBytes: bytes.length, email: 'a@example.org', from: 'eng' as const, to: 'it' as const, nonce: '09'.repeat(16) };
  const { jobIdOf } = await import('../../../web/src/node/jobs/job.ts');
  const id = jobIdOf(spec);
  const sent = await payer.sendTransaction({ to: chain.accounts[9]!.address, value: PRICE, data: `0x${id}` });
  await sent.wait();
  client.draft(id, spec);
  await p.sim.settle(client.submit(id, sent.hash));
  await p.sim.clock.runUntil(() => client.get(id)?.stage === 'done', 60_000, 100);
  const again = await p.sim.settle(client.submit(id, sent.hash)).then(
    () => 'ok',
    (e: unknown) => (e instanceof TabmeshError ? e.code : String(e)),
  );
  assert.equal(again, 'tx-reused');
});
