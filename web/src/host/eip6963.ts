/**
 * Wallet discovery (EIP-6963): every wallet extension announces itself with an
 * `eip6963:announceProvider` event carrying its name, icon and EIP-1193 provider, in answer to
 * `eip6963:requestProvider` or on its own. Several wallets can coexist without fighting over
 * `window.ethereum`, which stays the fallback for wallets that predate the standard.
 */

/** EIP-1193: the one method a wallet's provider must have. */
export interface Eip1193Provider {
  request(args: { method: string; params?: readonly unknown[] | Record<string, unknown> }): Promise<unknown>;
}

export interface AnnouncedWallet {
  uuid: string;
  name: string;
  icon?: string;
  rdns?: string;
  provider: Eip1193Provider;
}

/** How long a request for announcements waits for wallets that answer late. */
export const ANNOUNCE_WINDOW_MS = 100;

function isProvider(x: unknown): x is Eip1193Provider {
  return typeof x === 'object' && x !== null && typeof (x as { request?: unknown }).request === 'function';
}

function announced(event: Event): AnnouncedWallet | undefined {
  const detail = (event as CustomEvent<unknown>).detail as { info?: Record<string, unknown>; provider?: unknown } | undefined;
  const info = detail?.info;
  if (!info || !isProvider(detail.provider) || typeof info['uuid'] !== 'string' || typeof info['name'] !== 'string') return undefined;
  const wallet: AnnouncedWallet = { uuid: info['uuid'], name: info['name'].slice(0, 60), provider: detail.provider };
  // Only images: an icon is put in an <img src>, never anything that runs.
  if (typeof info['icon'] === 'string' && /^data:image\/(png|svg\+xml|webp|jpeg)[;,]/.test(info['icon'])) wallet.icon = info['icon'];
  if (typeof info['rdns'] === 'string') wallet.rdns = info['rdns'];
  return wallet;
}

/** Listens for announcements from now on; `discover()` asks again and returns every wallet seen. */
export class WalletDiscovery {
  readonly #wallets = new Map<string, AnnouncedWallet>();
  readonly #target: EventTarget;

  constructor(target: EventTarget = globalThis) {
    this.#target = target;
    target.addEventListener('eip6963:announceProvider', (event) => {
      const wallet = announced(event);
      if (wallet) this.#wallets.set(wallet.uuid, wallet);
    });
  }

  async discover(windowMs = ANNOUNCE_WINDOW_MS): Promise<AnnouncedWallet[]> {
    this.#target.dispatchEvent(new Event('eip6963:requestProvider'));
    await new Promise((resolve) => setTimeout(resolve, windowMs));
    return [...this.#wallets.values()];
  }

  get(uuid: string): AnnouncedWallet | undefined {
    return this.#wallets.get(uuid);
  }
}

/** The legacy injected provider, when there is one. */
export function injectedProvider(): Eip1193Provider | undefined {
  const ethereum = (globalThis as { ethereum?: unknown }).ethereum;
  return isProvider(ethereum) ? ethereum : undefined;
}
