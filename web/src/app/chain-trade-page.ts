/**
 * The Trade page: send coins from this tab's account to an address (the amount typed in coins,
 * converted to units exactly), refusals shown with their code and reason, and the transfers this
 * tab sent with their state — pending, then confirmed once a block carries them.
 */
import { LitElement, css, html, nothing } from 'lit';
import type { TabmeshApi } from '../node/api.ts';
import type { ChainApi } from '../node/chain/app.ts';
import { chainOf, COIN_DECIMALS, formatCoins, parseCoins } from './chain-format.ts';
import { refusalOf, refusalView, type Refusal } from './chain-refusal.ts';
import './chain-sent-list.ts';
import { loadSent, rememberSent, type SentTransfer } from './chain-sent-store.ts';
import { ChainSubscription } from './chain-subscription.ts';
import { formStyles, shared } from './styles.ts';

export class TmChainTradePage extends LitElement {
  static override properties = {
    api: { attribute: false },
    address: { state: true },
    sent: { state: true },
    refusal: { state: true },
    busy: { state: true },
  };

  static override styles = [
    shared,
    formStyles,
    css`
      section {
        margin-bottom: 1rem;
      }
      p {
        margin: -0.4rem 0 0.75rem;
        font-size: 0.85rem;
      }
      input[name='to'] {
        width: 28rem;
        max-width: 100%;
        font-family: var(--tm-mono);
      }
      input[name='amount'] {
        width: 10rem;
      }
      .result {
        margin-top: 0.6rem;
      }
    `,
  ];

  declare api: TabmeshApi | undefined;
  /** This tab's account, once read; '' when it has none. */
  declare address: string | undefined;
  declare sent: SentTransfer[];
  declare refusal: Refusal | undefined;
  declare busy: boolean;
  #accountOf: ChainApi | undefined;

  constructor() {
    super();
    this.api = undefined;
    this.address = undefined;
    this.sent = loadSent();
    this.refusal = undefined;
    this.busy = false;
    new ChainSubscription(this, () => chainOf(this.api));
  }

  protected override willUpdate(): void {
    const chain = chainOf(this.api);
    if (chain && chain !== this.#accountOf) {
      this.#accountOf = chain;
      void chain.account().then(
        (a) => (this.address = a?.address ?? ''),
        () => (this.address = ''),
      );
    }
  }

  async #send(event: SubmitEvent, chain: ChainApi): Promise<void> {
    event.preventDefault();
    if (this.busy) return;
    const form = event.target as HTMLFormElement;
    const data = new FormData(form);
    const to = String(data.get('to') ?? '').trim();
    const amount = parseCoins(String(data.get('amount') ?? ''));
    if (!amount.ok) {
      this.refusal = { code: 'bad-field', message: `amount: ${amount.message}` };
      return;
    }
    this.busy = true;
    this.refusal = undefined;
    try {
      const r = await chain.send(to, amount.units);
      if (r.ok) {
        this.sent = rememberSent(this.sent, { hash: r.value.hash, to: to.toLowerCase(), units: amount.units.toString(), at: Date.now() });
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

  #balance(chain: ChainApi) {
    if (this.address === undefined) return html`<p class="muted">Reading this tab's account…</p>`;
    if (this.address === '') return html`<p class="muted">This tab has no account: create or import one on the <a href="#users">Users</a> page to send coins.</p>`;
    const b = chain.balance(this.address);
    return html`<p>
      From <span class="mono">${this.address}</span>: <strong data-field="balance">${formatCoins(b.balance)}</strong> coins, ${b.pending} pending
      ${b.pending === 1 ? 'transfer' : 'transfers'}.
    </p>`;
  }

  override render() {
    const chain = chainOf(this.api);
    if (!chain) return html`<div class="card muted">Photoblocks is not running on this node.</div>`;
    return html`
      <section class="card">
        <h2>Send coins</h2>
        ${this.#balance(chain)}
        <form @submit=${(e: SubmitEvent) => void this.#send(e, chain)}>
          <label>Recipient address <input name="to" required autocomplete="off" spellcheck="false" placeholder="0x…" /></label>
          <label
            >Amount in coins (up to ${COIN_DECIMALS} decimals)
            <input name="amount" required inputmode="decimal" autocomplete="off" placeholder="0.5" />
          </label>
          <button class="primary" type="submit" data-action="send" ?disabled=${this.busy}>Send</button>
        </form>
        ${this.refusal ? html`<div class="result">${refusalView(this.refusal)}</div>` : nothing}
      </section>
      <section>
        <h2>Sent from this tab</h2>
        <tm-chain-sent-list .chain=${chain} .sent=${this.sent}></tm-chain-sent-list>
      </section>
    `;
  }
}

customElements.define('tm-chain-trade-page', TmChainTradePage);

declare global {
  interface HTMLElementTagNameMap {
    'tm-chain-trade-page': TmChainTradePage;
  }
}
