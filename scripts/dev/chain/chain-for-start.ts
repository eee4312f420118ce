/**
 * The chain `npm start` uses: the one configured (CHAIN_RPC_URL and friends), else a local dev
 * chain it starts itself (DEV_CHAIN=off: none, and jobs cannot be paid). On the dev chain the
 * service address is dev account 9 and the page may offer the dev accounts as a labelled wallet.
 */
import { chainView, loadChainConfig, type ChainConfig } from '../../../web/src/host-node/chain-config.ts';
import type { ChainView } from '../../../web/src/contracts/app-config.ts';
import { DEV_CHAIN_ID, startDevChain, type DevChain } from './dev-chain.ts';

export const DEFAULT_DEV_CHAIN_PORT = 8545;
/** The dev account payments go to, apart from the ones a user pays with. */
const SERVICE_ACCOUNT = 9;

export interface StartChain {
  chain: ChainConfig | undefined;
  devChain: DevChain | undefined;
  /** What /config.json says about it. */
  view: ChainView | undefined;
}

export async function chainForStart(env: Readonly<Record<string, string | undefined>>): Promise<StartChain> {
  const configured = loadChainConfig(env);
  if (configured) return { chain: configured, devChain: undefined, view: chainView(configured) };
  if ((env['DEV_CHAIN'] ?? '').trim().toLowerCase() === 'off') return { chain: undefined, devChain: undefined, view: undefined };
  const rawPort = env['DEV_CHAIN_PORT']?.trim();
  if (rawPort !== undefined && rawPort !== '' && (!/^\d+$/.test(rawPort) || Number(rawPort) > 65_535)) {
    throw new Error(`DEV_CHAIN_PORT must be an integer in 0..65535, got ${JSON.stringify(rawPort)}`);
  }
  const devChain = await startDevChain({ port: rawPort ? Number(rawPort) : DEFAULT_DEV_CHAIN_PORT });
  const service = devChain.accounts[SERVICE_ACCOUNT]!;
  const chain = loadChainConfig(env, { rpcUrl: devChain.rpcUrl, chainId: DEV_CHAIN_ID, serviceAddress: service.address, name: 'Tabmesh dev chain' }) as ChainConfig;
  return { chain, devChain, view: chainView(chain, devChain.accounts.slice(0, SERVICE_ACCOUNT)) };
}
