/** Any address's balance, nonce and pending transfers, kept up to date while it is shown. */
import { LitElement, css, html, nothing } from 'lit';
import type { ChainApi } from '../node/chain/app.ts';
import { formatCoins } from './chain-format.ts';
import { ChainSubscription } from './chain-subscription.ts';
import { formStyles, shared } from './styles.ts';

export class TmChainBalanceLookup extends LitElement {
  static override properties = {
    chain: { attribute: false },
    address: { state: true },
  };

  static override styles = [
    shared,
    formStyles,
    css`
      input[name='address'] {
        width: 28rem;
        max-width: 100%;
        font-family: var(--tm-mono);
      }
      .result {
        margin-top: 0.6rem;
      }
    `,
  ];

  declare chain: ChainApi | undefined;
  /** The address looked up, as typed; read again on every chain move. */
  declare address: string | undefined;

  constructor() {
    super();
    this.chain = undefined;
    this.address = undefined;
    new ChainSubscription(this, () => this.chain);
  }

  #submit(event: SubmitEvent): void {
    event.preventDefault();
    const text = String(new FormData(event.target as HTMLFormElement).get('address') ?? '').trim();
    this.address = text === '' ? undefined : text;
  }

  #result() {
    if (this.address === undefined || !this.chain) return nothing;
    let view: ReturnType<ChainApi['balance']>;
    try {
      view = this.chain.balance(this.address);
    } catch {
      return html`<div class="result error" data-field="lookup-error"><code>bad-field</code>: “${this.address}” is not an address (0x and 40 hex digits)</div>`;
    }
    return html`<div class="result" data-field="lookup-result">
      <span class="mono">${view.address}</span> holds <strong data-field="lookup-balance">${formatCoins(view.balance)}</strong> coins · nonce ${view.nonce} · ${view.pending} pending
      ${view.pending === 1 ? 'transfer' : 'transfers'}
    </div>`;
  }

  override render() {
    return html`<form @submit=${this.#submit}>
        <label>Address <input name="address" placeholder="0x…" autocomplete="off" spellcheck="false" /></label>
        <button type="submit">Look up</button>
      </form>
      ${this.#result()}`;
  }
}

customElements.define('tm-chain-balance-lookup', TmChainBalanceLookup);

declare global {
  interface HTMLElementTagNameMap {
    'tm-chain-balance-lookup': TmChainBalanceLookup;
  }
}
