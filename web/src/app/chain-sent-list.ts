/**
 * This tab's sent transfers with their state, read again whenever the chain moves: pending (in
 * the pool), confirmed (at a height, with confirmations), or unknown (dropped, or not yet seen
 * after a reorganisation).
 */
import { LitElement, css, html } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { ChainApi, TransferStatus } from '../node/chain/app.ts';
import { formatCoins, shortAddress, shortHash } from './chain-format.ts';
import type { SentTransfer } from './chain-sent-store.ts';
import { ChainSubscription } from './chain-subscription.ts';
import './copy-button.ts';
import { shared, tableStyles } from './styles.ts';

export class TmChainSentList extends LitElement {
  static override properties = {
    chain: { attribute: false },
    sent: { attribute: false },
  };

  static override styles = [
    shared,
    tableStyles,
    css`
      .num {
        text-align: right;
      }
      .empty {
        padding: 0.75rem 1rem;
      }
    `,
  ];

  declare chain: ChainApi | undefined;
  declare sent: readonly SentTransfer[];

  constructor() {
    super();
    this.chain = undefined;
    this.sent = [];
    new ChainSubscription(this, () => this.chain);
  }

  #status(s: TransferStatus) {
    switch (s.status) {
      case 'confirmed':
        return html`<span class="badge ok">confirmed</span>
          <span class="muted">at #${s.height} · ${s.confirmations} ${s.confirmations === 1 ? 'confirmation' : 'confirmations'}</span>`;
      case 'pending':
        return html`<span class="badge warn">pending</span>`;
      case 'unknown':
        return html`<span class="badge bad" title="neither in a block of the chain followed nor in this node's pool">unknown</span>`;
    }
  }

  #row(t: SentTransfer, chain: ChainApi) {
    const s = chain.transferStatus(t.hash);
    return html`<tr data-hash=${t.hash} data-status=${s.status}>
      <td><tm-copy .value=${t.hash} .label=${shortHash(t.hash)}></tm-copy></td>
      <td class="mono" title=${t.to}>${shortAddress(t.to)}</td>
      <td class="num">${formatCoins(t.units)}</td>
      <td>${new Date(t.at).toLocaleTimeString()}</td>
      <td>${this.#status(s)}</td>
    </tr>`;
  }

  override render() {
    const chain = this.chain;
    if (!chain || this.sent.length === 0) return html`<div class="card empty muted">No transfers sent from this tab yet.</div>`;
    return html`<div class="scroll">
      <table>
        <thead>
          <tr>
            <th>transfer</th>
            <th>to</th>
            <th class="num">coins</th>
            <th>sent</th>
            <th>state</th>
          </tr>
        </thead>
        <tbody>
          ${repeat(
            this.sent,
            (t) => t.hash,
            (t) => this.#row(t, chain),
          )}
        </tbody>
      </table>
    </div>`;
  }
}

customElements.define('tm-chain-sent-list', TmChainSentList);

declare global {
  interface HTMLElementTagNameMap {
    'tm-chain-sent-list': TmChainSentList;
  }
}
