/**
 * The chain jobs are paid on, from the environment, for every Node process that needs it: the
 * relay (it checks payments before mailing), Node peers holding the broker role, and the server
 * (it tells tabs at /config.json). `npm start` fills it from its dev chain.
 */
import { getAddress } from 'ethers';
import type { ChainView } from '../contracts/app-config.ts';
import type { PaymentTerms } from '../node/jobs/engines.ts';

/** The seed's price: 0.001 ETH. */
export const DEFAULT_JOB_PRICE_WEI = 10n ** 15n;
export const DEFAULT_CONFIRMATIONS = 1;

export interface ChainConfig {
  /** What this process uses to check payments. */
  rpcUrl: string;
  /** What tabs use (their brokers and wallets); the same unless the chain is reached differently from browsers. */
  publicRpcUrl: string;
  name: string;
  terms: PaymentTerms;
}

export class ChainConfigError extends Error {}

type Env = Readonly<Record<string, string | undefined>>;

/** The chain from CHAIN_RPC_URL and friends; undefined when none is configured (jobs cannot be paid). */
export function loadChainConfig(env: Env, fallback?: { rpcUrl: string; chainId: number; serviceAddress: string; name: string }): ChainConfig | undefined {
  const get = (name: string): string | undefined => {
    const v = env[name]?.trim();
    return v === undefined || v === '' ? undefined : v;
  };
  const rpcUrl = get('CHAIN_RPC_URL') ?? fallback?.rpcUrl;
  if (rpcUrl === undefined) return undefined;
  const problems: string[] = [];
  const url = (name: string, value: string): string => {
    try {
      const parsed = new URL(value);
      if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') problems.push(`${name} must be an http(s) URL, got ${value}`);
      return parsed.href.replace(/\/$/, '');
    } catch {
      problems.push(`${name} must be an absolute URL, got ${JSON.stringify(value)}`);
      return value;
    }
  };
  const bigint = (name: string, fallbackValue: bigint | undefined): bigint => {
    const raw = get(name);
    if (raw === undefined) {
      if (fallbackValue === undefined) problems.push(`${name} is required with CHAIN_RPC_URL`);
      return fallbackValue ?? 0n;
    }
    if (!/^\d{1,78}$/.test(raw)) problems.push(`${name} must be a whole number, got ${JSON.stringify(raw)}`);
    return /^\d{1,78}$/.test(raw) ? BigInt(raw) : 0n;
  };
  const chainId = bigint('CHAIN_ID', fallback === undefined ? undefined : BigInt(fallback.chainId));
  const priceWei = bigint('JOB_PRICE_WEI', DEFAULT_JOB_PRICE_WEI);
  const confirmations = Number(bigint('CHAIN_CONFIRMATIONS', BigInt(DEFAULT_CONFIRMATIONS)));
  if (confirmations > 1000) problems.push('CHAIN_CONFIRMATIONS must be at most 1000');
  let serviceAddress = get('SERVICE_ADDRESS') ?? fallback?.serviceAddress ?? '';
  try {
    serviceAddress = getAddress(serviceAddress);
  } catch {
    problems.push(`SERVICE_ADDRESS must be an address (0x and 40 hex digits), got ${JSON.stringify(serviceAddress)}`);
  }
  const config: ChainConfig = {
    rpcUrl: url('CHAIN_RPC_URL', rpcUrl),
    publicRpcUrl: url('CHAIN_PUBLIC_RPC_URL', get('CHAIN_PUBLIC_RPC_URL') ?? rpcUrl),
    name: get('CHAIN_NAME') ?? fallback?.name ?? `chain ${chainId}`,
    terms: { chainId, serviceAddress, priceWei, confirmations },
  };
  if (problems.length > 0) throw new ChainConfigError(`invalid chain configuration:\n  ${problems.join('\n  ')}`);
  return config;
}

/** What tabs read at /config.json; the dev chain adds its accounts for the labelled dev wallet. */
export function chainView(config: ChainConfig, devAccounts?: readonly { address: string; privateKey: string }[]): ChainView {
  const view: ChainView = {
    chainId: config.terms.chainId.toString(),
    name: config.name,
    rpcUrl: config.publicRpcUrl,
    serviceAddress: config.terms.serviceAddress,
    priceWei: config.terms.priceWei.toString(),
    confirmations: config.terms.confirmations,
  };
  if (devAccounts) view.dev = { accounts: devAccounts.map((a) => ({ address: a.address, privateKey: a.privateKey })) };
  return view;
}
