/**
 * Payments checked through the checker's own JSON-RPC connection (ethers JsonRpcProvider): the
 * transaction exists on the configured chain, succeeded, pays at least the price to the service
 * address, carries the job id as its data, and has the required confirmations — waited for up to
 * a bound, then 'unconfirmed'. Runs in tabs (brokers) and on Node peers (brokers, the relay).
 */
import { getAddress, JsonRpcProvider, type TransactionReceipt, type TransactionResponse } from 'ethers';
import type { PaymentCheck, PaymentRefusal, PaymentTerms, PaymentVerifier } from '../node/jobs/engines.ts';

export interface RpcPaymentOptions {
  rpcUrl: string;
  terms: PaymentTerms;
  /** How long to wait for a pending transaction and its confirmations. */
  confirmWaitMs?: number;
  /** How often to look again while waiting. */
  pollMs?: number;
}

/** Blocks on a public chain come every ~12 s; a few confirmations fit in this. */
export const DEFAULT_CONFIRM_WAIT_MS = 60_000;
const DEFAULT_POLL_MS = 500;

const refuse = (code: PaymentRefusal, message: string): PaymentCheck => ({ ok: false, code, message });
const sleep = (ms: number, signal?: AbortSignal): Promise<void> =>
  new Promise((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => (clearTimeout(timer), reject(signal.reason)), { once: true });
  });

export function rpcPaymentVerifier(options: RpcPaymentOptions): PaymentVerifier {
  const { terms } = options;
  const provider = new JsonRpcProvider(options.rpcUrl, undefined, { staticNetwork: true, polling: true, pollingInterval: options.pollMs ?? DEFAULT_POLL_MS, cacheTimeout: -1 });
  const waitMs = options.confirmWaitMs ?? DEFAULT_CONFIRM_WAIT_MS;
  const pollMs = options.pollMs ?? DEFAULT_POLL_MS;
  const service = getAddress(terms.serviceAddress);

  return {
    terms,
    async verify(txHash, jobId, verifyOptions = {}): Promise<PaymentCheck> {
      const signal = verifyOptions.signal;
      if (!/^0x[0-9a-fA-F]{64}$/.test(txHash)) return refuse('unknown-tx', 'not a transaction hash');
      const network = await provider.send('eth_chainId', []);
      if (BigInt(network) !== terms.chainId) return refuse('wrong-chain', `the RPC serves chain ${BigInt(network)}, the service takes ${terms.chainId}`);
      const deadline = Date.now() + waitMs;
      let tx: TransactionResponse | null = await provider.getTransaction(txHash);
      if (tx === null) return refuse('unknown-tx', 'no such transaction on this chain');
      if (tx.chainId !== 0n && tx.chainId !== terms.chainId) return refuse('wrong-chain', `the transaction is for chain ${tx.chainId}`);
      if (tx.to === null || getAddress(tx.to) !== service) return refuse('wrong-recipient', `it pays ${tx.to ?? 'a contract creation'}, not the service ${service}`);
      if (tx.value < terms.priceWei) return refuse('underpaid', `it pays ${tx.value} wei; the price is ${terms.priceWei}`);
      if (tx.data.toLowerCase() !== `0x${jobId}`) return refuse('wrong-job', 'its data is not this job id');
      let receipt: TransactionReceipt | null = null;
      for (;;) {
        receipt ??= await provider.getTransactionReceipt(txHash);
        if (receipt !== null) {
          if (receipt.status !== 1) return refuse('tx-failed', 'the transaction reverted');
          const confirmations = (await provider.getBlockNumber()) - receipt.blockNumber + 1;
          if (confirmations >= terms.confirmations) {
            return { ok: true, payment: { txHash, payer: getAddress(tx.from), valueWei: tx.value, blockNumber: receipt.blockNumber } };
          }
        } else {
          // Still pending: it may yet be dropped.
          tx = await provider.getTransaction(txHash);
          if (tx === null) return refuse('unknown-tx', 'the transaction was dropped');
        }
        if (Date.now() + pollMs > deadline) return refuse('unconfirmed', `fewer than ${terms.confirmations} confirmations after ${waitMs} ms`);
        await sleep(pollMs, signal);
      }
    },
  };
}
