/**
 * What the server tells the app at `/config.json`: the chain jobs are paid on (its public RPC URL,
 * the service address, the price, the confirmations) and, on the local dev chain only, the dev
 * accounts the page may offer as a labelled dev wallet; where Opus-MT models are served, for tabs
 * that translate. Checked field by field in the browser.
 */

export const APP_CONFIG_PATH = '/config.json';

export interface DevAccountView {
  address: string;
  privateKey: string;
}

export interface ChainView {
  chainId: string;
  /** A name for the wallet's "add network" prompt. */
  name: string;
  rpcUrl: string;
  serviceAddress: string;
  priceWei: string;
  confirmations: number;
  /** The local dev chain (npm start): its funded accounts, for the dev wallet. Never on a real chain. */
  dev?: { accounts: DevAccountView[] };
}

/** Where the operator serves Opus-MT models (`<url>/opus-mt-en-es/<file>`), for translating tabs. */
export interface OpusMtView {
  url: string;
  pairs: string[];
}

export interface AppConfig {
  chain?: ChainView;
  opusMt?: OpusMtView;
}

const HEX_ADDRESS = /^0x[0-9a-fA-F]{40}$/;
const DIGITS = /^\d{1,78}$/;

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

function parseChain(x: unknown): ChainView | undefined {
  if (!isRecord(x)) return undefined;
  const { chainId, name, rpcUrl, serviceAddress, priceWei, confirmations, dev } = x;
  if (typeof chainId !== 'string' || !DIGITS.test(chainId) || typeof name !== 'string' || name.length > 100) return undefined;
  if (typeof rpcUrl !== 'string' || !/^https?:\/\//.test(rpcUrl) || typeof serviceAddress !== 'string' || !HEX_ADDRESS.test(serviceAddress)) return undefined;
  if (typeof priceWei !== 'string' || !DIGITS.test(priceWei) || typeof confirmations !== 'number' || !Number.isInteger(confirmations) || confirmations < 0 || confirmations > 1000) return undefined;
  const chain: ChainView = { chainId, name, rpcUrl, serviceAddress, priceWei, confirmations };
  if (dev !== undefined) {
    if (!isRecord(dev) || !Array.isArray(dev['accounts'])) return undefined;
    const accounts = (dev['accounts'] as unknown[]).filter(
      (a): a is DevAccountView => isRecord(a) && typeof a['address'] === 'string' && HEX_ADDRESS.test(a['address']) && typeof a['privateKey'] === 'string' && /^0x[0-9a-f]{64}$/.test(a['privateKey']),
    );
    chain.dev = { accounts };
  }
  return chain;
}

function parseOpusMt(x: unknown): OpusMtView | undefined {
  if (!isRecord(x)) return undefined;
  const { url, pairs } = x;
  if (typeof url !== 'string' || !/^https?:\/\//.test(url) || url.length > 2000 || !Array.isArray(pairs)) return undefined;
  const known = pairs.filter((p): p is string => typeof p === 'string' && /^en-(es|fr|it|de)$/.test(p));
  return known.length > 0 ? { url, pairs: [...new Set(known)] } : undefined;
}

/** The config from untrusted JSON; what does not check out is left out. */
export function parseAppConfig(x: unknown): AppConfig {
  if (!isRecord(x)) return {};
  const chain = parseChain(x['chain']);
  const opusMt = parseOpusMt(x['opusMt']);
  return { ...(chain && { chain }), ...(opusMt && { opusMt }) };
}
