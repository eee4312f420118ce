/**
 * The Users page of Photoblocks: this tab's account (a secp256k1 key, the MetaMask kind) — create
 * one (its private key shown once) or import one — its address and balance, and any address's
 * balance looked up.
 */
import { LitElement, css, html, nothing } from 'lit';
import type { TabmeshApi } from '../node/api.ts';
import type { ChainApi } from '../node/chain/app.ts';
import './chain-balance-lookup.ts';
import { chainOf, formatCoins } from './chain-format.ts';
import './chain-key-reveal.ts';
import { refusalOf, refusalView, type Refusal } from './chain-refusal.ts';
import { ChainSubscription } from './chain-subscription.ts';
import './copy-button.ts';
import { formStyles, shared } from './styles.ts';

type AccountState = { state: 'loading' } | { state: 'none' } | { state: 'ready'; address: string };

export class TmChainUsersPage extends LitElement {
  static override properties = {
    api: { attribute: false },
    account: { state: true },
    revealed: { state: true },
    refusal: { state: true },
    busy: { state: true },
  };

  static override styles = [
    shared,
    formStyles,
    css`
      section {
        margin-bottom: 1rem;
        display: grid;
        gap: 0.75rem;
      }
      h2 {
        margin: 0;
      }
      p {
        margin: 0;
      }
      .address {
        display: flex;
        gap: 0.5rem;
        align-items: center;
        flex-wrap: wrap;
      }
      .address .mono {
        font-size: 1rem;
        overflow-wrap: anywhere;
      }
      .balance {
        font-size: 1.4rem;
        font-weight: 600;
        font-variant-numeric: tabular-nums;
      }
      input[name='key'] {
        width: 36rem;
        max-width: 100%;
        font-family: var(--tm-mono);
      }
    `,
  ];

  declare api: TabmeshApi | undefined;
  declare account: AccountState;
  /** A key just created: shown until the user says it is kept. */
  declare revealed: string | undefined;
  declare refusal: Refusal | undefined;
  declare busy: boolean;
  #loadedFor: ChainApi | undefined;

  constructor() {
    super();
    this.api = undefined;
    this.account = { state: 'loading' };
    this.revealed = undefined;
    this.refusal = undefined;
    this.busy = false;
    new ChainSubscription(this, () => chainOf(this.api));
  }

  protected override willUpdate(): void {
    const chain = chainOf(this.api);
    if (chain && chain !== this.#loadedFor) {
      this.#loadedFor = chain;
      void chain.account().then(
        (a) => {
          // A key created or imported meanwhile is newer than what was read.
          if (this.account.state === 'loading') this.account = a ? { state: 'ready', address: a.address } : { state: 'none' };
        },
        (error: unknown) => {
          if (this.account.state === 'loading') this.account = { state: 'none' };
          this.refusal = refusalOf(error);
        },
      );
    }
  }

  async #create(chain: ChainApi): Promise<void> {
    this.busy = true;
    this.refusal = undefined;
    try {
      const created = await chain.createAccount();
      this.account = { state: 'ready', address: created.address };
      this.revealed = created.privateKey;
    } catch (error) {
      this.refusal = refusalOf(error);
    } finally {
      this.busy = false;
    }
  }

  async #import(event: SubmitEvent, chain: ChainApi): Promise<void> {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const key = String(new FormData(form).get('key') ?? '');
    this.busy = true;
    this.refusal = undefined;
    try {
      const r = await chain.importAccount(key);
      if (r.ok) {
        this.account = { state: 'ready', address: r.value.address };
        this.revealed = undefined;
        form.reset();
      } else {
        this.refusal = refusalOf(r.error);
      }
    } catch (error) {
      this.refusal = refusalOf(error);
    } finally {
      this.busy = false;
    }
  }

  #accountCard(chain: ChainApi) {
    const a = this.account;
    if (a.state === 'loading') return html`<section class="card muted">Reading this tab's account…</section>`;
    if (a.state === 'none') {
      return html`<section class="card" data-account="none">
        <h2>Your account</h2>
        <p class="muted">This tab has no account yet. Create one, or import a key you already have, to receive coins, send them and mine.</p>
      </section>`;
    }
    const b = chain.balance(a.address);
    return html`<section class="card" data-account="ready">
      <h2>Your account</h2>
      <div class="address">
        <span class="mono" data-field="address">${a.address}</span>
        <tm-copy .value=${a.address}></tm-copy>
      </div>
      <div>
        <span class="balance" data-field="balance">${formatCoins(b.balance)}</span> coins
        <span class="muted">· <span data-field="pending">${b.pending}</span> pending ${b.pending === 1 ? 'transfer' : 'transfers'} · nonce ${b.nonce}</span>
      </div>
    </section>`;
  }

  override render() {
    const chain = chainOf(this.api);
    if (!chain) return html`<div class="card muted">Photoblocks is not running on this node.</div>`;
    const has = this.account.state === 'ready';
    return html`
      ${this.#accountCard(chain)}
      ${this.revealed ? html`<section><tm-chain-key-reveal .privateKey=${this.revealed} @key-dismiss=${() => (this.revealed = undefined)}></tm-chain-key-reveal></section>` : nothing}
      <section class="card">
        <h2>${has ? 'Use another key' : 'Create or import a key'}</h2>
        ${has ? html`<p class="muted">A new or imported key replaces this tab's key; the coins of the old one stay with whoever holds it.</p>` : nothing}
        <div><button class="primary" data-action="create" ?disabled=${this.busy} @click=${() => void this.#create(chain)}>Create a new account</button></div>
        <form @submit=${(e: SubmitEvent) => void this.#import(e, chain)}>
          <label>Or import a private key (64 hex digits, e.g. exported from MetaMask)
            <input name="key" type="password" autocomplete="off" spellcheck="false" placeholder="0x…" required />
          </label>
          <button type="submit" data-action="import" ?disabled=${this.busy}>Import</button>
        </form>
        ${refusalView(this.refusal)}
      </section>
      <section class="card">
        <h2>Look up an address</h2>
        <tm-chain-balance-lookup .chain=${chain}></tm-chain-balance-lookup>
      </section>
    `;
  }
}

customElements.define('tm-chain-users-page', TmChainUsersPage);

declare global {
  interface HTMLElementTagNameMap {
    'tm-chain-users-page': TmChainUsersPage;
  }
}
