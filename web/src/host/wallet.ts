/**
 * Paying for jobs from the tab: with the user's wallet (EIP-6963 announcements, `window.ethereum`)
 * through EIP-1193 — ask for an account, switch to the service's chain (adding it if the wallet
 * does not know it), send the transfer carrying the job id, then follow the receipt on the chain's
 * public RPC until it has the confirmations the terms ask. On `npm start`'s dev chain the dev
 * accounts are offered too, as a wallet labelled for what it is, signed in the page by ethers.
 */
import { TabmeshError } from '../node/base/errors.ts';
import type { JobPayment, PaymentStage, WalletApi, WalletOption } from '../node/jobs/api.ts';
import type { ChainView } from '../contracts/app-config.ts';
import { injectedProvider, WalletDiscovery, type Eip1193Provider } from './eip6963.ts';

/** How long a sent payment may take to be mined and confirmed before the page gives up waiting. */
export const CONFIRM_TIMEOUT_MS = 10 * 60_000;
const POLL_MS = 500;
const INJECTED = 'injected';
const DEV_PREFIX = 'dev:';
/** EIP-1193 / EIP-3085 error codes. */
const USER_REJECTED = 4001;
const UNKNOWN_CHAIN = 4902;

type OnStage = (stage: PaymentStage, detail?: string) => void;

const hex = (n: bigint | string): string => `0x${BigInt(n).toString(16)}`;
const short = (address: string): string => `${address.slice(0, 6)}…${address.slice(-4)}`;
const codeOf = (error: unknown): number | undefined => {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'number' ? code : undefined;
};

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(new TabmeshError('aborted', 'payment aborted'));
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => (clearTimeout(timer), reject(new TabmeshError('aborted', 'payment aborted'))), { once: true });
  });
}

/** One JSON-RPC call to the chain's public endpoint. */
async function rpc(url: string, method: string, params: unknown[]): Promise<unknown> {
  const answer = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ jsonrpc: '2.0', id: 1, method, params }) });
  const body = (await answer.json()) as { result?: unknown; error?: { message?: string } };
  if (body.error) throw new TabmeshError('malformed', `chain RPC ${method}: ${body.error.message ?? 'error'}`);
  return body.result;
}

/** Waits for the receipt and the confirmations, reporting `confirming n/m`. */
async function confirm(chain: ChainView, txHash: string, confirmations: number, onStage: OnStage, signal?: AbortSignal): Promise<void> {
  const deadline = Date.now() + CONFIRM_TIMEOUT_MS;
  for (;;) {
    const receipt = (await rpc(chain.rpcUrl, 'eth_getTransactionReceipt', [txHash])) as { status?: string; blockNumber?: string } | null;
    if (receipt?.blockNumber) {
      if (receipt.status !== '0x1') throw new TabmeshError('tx-failed', 'the payment reverted on chain');
      const head = BigInt((await rpc(chain.rpcUrl, 'eth_blockNumber', [])) as string);
      const have = Number(head - BigInt(receipt.blockNumber) + 1n);
      onStage('confirming', `${Math.min(have, confirmations)}/${confirmations}`);
      if (have >= confirmations) return;
    }
    if (Date.now() > deadline) throw new TabmeshError('timeout', `the payment ${txHash} was not confirmed in time`);
    await sleep(POLL_MS, signal);
  }
}

async function ensureChain(provider: Eip1193Provider, chain: ChainView, onStage: OnStage): Promise<void> {
  const current = BigInt((await provider.request({ method: 'eth_chainId' })) as string);
  if (current === BigInt(chain.chainId)) return;
  onStage('switching-chain', chain.name);
  const chainId = hex(chain.chainId);
  try {
    await provider.request({ method: 'wallet_switchEthereumChain', params: [{ chainId }] });
  } catch (error) {
    if (rejected(error)) throw new TabmeshError('wallet-rejected', 'the wallet did not switch chain');
    if (codeOf(error) !== UNKNOWN_CHAIN) throw error;
    await provider.request({
      method: 'wallet_addEthereumChain',
      params: [{ chainId, chainName: chain.name, rpcUrls: [chain.rpcUrl], nativeCurrency: { name: 'Ether', symbol: 'ETH', decimals: 18 } }],
    });
  }
  const now = BigInt((await provider.request({ method: 'eth_chainId' })) as string);
  if (now !== BigInt(chain.chainId)) throw new TabmeshError('wrong-chain', `the wallet is on chain ${now}, the service takes ${chain.chainId}`);
}

/** The user's wallet through ethers' BrowserProvider, as any dapp does. */
async function payWithProvider(provider: Eip1193Provider, chain: ChainView, payment: JobPayment, onStage: OnStage): Promise<string> {
  try {
    onStage('connecting');
    const accounts = (await provider.request({ method: 'eth_requestAccounts' })) as string[];
    if (typeof accounts[0] !== 'string') throw new TabmeshError('no-wallet', 'the wallet gave no account');
    await ensureChain(provider, chain, onStage);
    const { BrowserProvider } = await import('ethers');
    // 'any': the wallet may have just switched chains; ethers must not hold on to the old one.
    const signer = await new BrowserProvider(provider, 'any').getSigner(accounts[0]);
    onStage('approving', short(signer.address));
    const tx = await signer.sendTransaction({ to: payment.to, value: BigInt(payment.valueWei), data: payment.data });
    return tx.hash;
  } catch (error) {
    if (rejected(error)) throw new TabmeshError('wallet-rejected', 'the payment was rejected in the wallet');
    throw error;
  }
}

/** EIP-1193's 4001, as the wallet gives it or as ethers wraps it. */
function rejected(error: unknown): boolean {
  const e = error as { code?: unknown; error?: { code?: unknown } } | null;
  return e?.code === USER_REJECTED || e?.code === 'ACTION_REJECTED' || e?.error?.code === USER_REJECTED;
}

/** A dev account signs in the page; a nonce clash with another tab on the same account is retried. */
async function payWithDevAccount(chain: ChainView, privateKey: string, payment: JobPayment, onStage: OnStage): Promise<string> {
  const { JsonRpcProvider, Wallet } = await import('ethers');
  const wallet = new Wallet(privateKey, new JsonRpcProvider(chain.rpcUrl, BigInt(chain.chainId), { staticNetwork: true }));
  onStage('approving', short(wallet.address));
  for (let attempt = 1; ; attempt++) {
    try {
      const tx = await wallet.sendTransaction({ to: payment.to, value: BigInt(payment.valueWei), data: payment.data, chainId: BigInt(chain.chainId) });
      return tx.hash;
    } catch (error) {
      const message = String((error as Error).message);
      if (attempt >= 3 || !/nonce|replacement/i.test(message)) throw new TabmeshError('tx-failed', `the dev wallet could not send: ${message.slice(0, 200)}`);
    }
  }
}

export function tabWallet(chain: ChainView | undefined, discovery = new WalletDiscovery()): WalletApi {
  const devAccounts = chain?.dev?.accounts ?? [];
  return {
    async wallets(): Promise<WalletOption[]> {
      const announced = await discovery.discover();
      const options: WalletOption[] = announced.map((w) => ({ id: w.uuid, name: w.name, dev: false, ...(w.icon && { icon: w.icon }) }));
      if (options.length === 0 && injectedProvider()) options.push({ id: INJECTED, name: 'Browser wallet', dev: false });
      devAccounts.forEach((a, i) => options.push({ id: `${DEV_PREFIX}${i}`, name: `Dev chain account ${i} (${short(a.address)}) — test money only`, dev: true }));
      return options;
    },
    async pay(walletId, payment, options = {}): Promise<string> {
      const onStage: OnStage = options.onStage ?? (() => undefined);
      if (!chain) throw new TabmeshError('no-wallet', 'this network takes no payments (no chain configured)');
      if (payment.chainId !== chain.chainId) throw new TabmeshError('wrong-chain', `the job asks for chain ${payment.chainId}, this network is on ${chain.chainId}`);
      let txHash: string;
      if (walletId.startsWith(DEV_PREFIX)) {
        const account = devAccounts[Number(walletId.slice(DEV_PREFIX.length))];
        if (!account) throw new TabmeshError('no-wallet', `no dev account ${walletId}`);
        txHash = await payWithDevAccount(chain, account.privateKey, payment, onStage);
      } else {
        const provider = walletId === INJECTED ? injectedProvider() : discovery.get(walletId)?.provider;
        if (!provider) throw new TabmeshError('no-wallet', 'that wallet is gone; reload the list');
        txHash = await payWithProvider(provider, chain, payment, onStage);
      }
      onStage('sent', txHash);
      await confirm(chain, txHash, Math.max(1, payment.confirmations), onStage, options.signal);
      onStage('confirmed', txHash);
      return txHash;
    },
  };
}
