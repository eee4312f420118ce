/** One block in full: its header fields, its image, and the table of its transfers. */
import { LitElement, css, html, nothing } from 'lit';
import type { BlockView, ChainApi } from '../node/chain/app.ts';
import { formatBits, formatCoins, shortAddress, shortHash } from './chain-format.ts';
import './chain-image.ts';
import './copy-button.ts';
import { shared, tableStyles } from './styles.ts';

export class TmChainBlockDetails extends LitElement {
  static override properties = {
    chain: { attribute: false },
    block: { attribute: false },
    /** The block is no longer at its height on the chain followed (a reorganisation). */
    replaced: { attribute: false },
  };

  static override styles = [
    shared,
    tableStyles,
    css`
      .top {
        display: flex;
        gap: 1.25rem;
        flex-wrap: wrap;
        align-items: start;
        --tm-thumb-size: 14rem;
        margin-bottom: 1rem;
      }
      dl {
        display: grid;
        grid-template-columns: max-content minmax(0, 1fr);
        gap: 0.3rem 1rem;
        margin: 0;
        flex: 1;
        min-width: 18rem;
      }
      dt {
        color: var(--tm-muted);
      }
      dd {
        margin: 0;
        overflow-wrap: anywhere;
      }
      .num {
        text-align: right;
      }
      .empty {
        padding: 0.75rem 1rem;
      }
      h3 {
        font-size: 0.95rem;
        margin: 0 0 0.5rem;
      }
    `,
  ];

  declare chain: ChainApi | undefined;
  declare block: BlockView | undefined;
  declare replaced: boolean;

  constructor() {
    super();
    this.chain = undefined;
    this.block = undefined;
    this.replaced = false;
  }

  #transfers(b: BlockView) {
    if (b.transfers.length === 0) return html`<div class="card empty muted">No transfers in this block: only its miner's reward.</div>`;
    return html`<div class="scroll">
      <table>
        <thead>
          <tr>
            <th>transfer</th>
            <th>from</th>
            <th>to</th>
            <th class="num">coins</th>
            <th class="num">nonce</th>
          </tr>
        </thead>
        <tbody>
          ${b.transfers.map(
            (t) => html`<tr data-hash=${t.hash}>
              <td><tm-copy .value=${t.hash} .label=${shortHash(t.hash)}></tm-copy></td>
              <td class="mono" title=${t.from}>${shortAddress(t.from)}</td>
              <td class="mono" title=${t.to}>${shortAddress(t.to)}</td>
              <td class="num">${formatCoins(t.amount)}</td>
              <td class="num">${t.nonce}</td>
            </tr>`,
          )}
        </tbody>
      </table>
    </div>`;
  }

  override render() {
    const b = this.block;
    if (!b) return nothing;
    return html`
      ${this.replaced ? html`<div class="error">A reorganisation replaced this block: it is no longer at height ${b.height} of the chain this node follows.</div>` : nothing}
      <div class="top">
        <tm-chain-image .chain=${this.chain} .imageKey=${b.imageKey} alt=${`the image of block ${b.height}`}></tm-chain-image>
        <dl data-field="block-details" data-height=${b.height}>
          <dt>height</dt>
          <dd>${b.height}</dd>
          <dt>hash</dt>
          <dd class="mono">${b.hash} <tm-copy .value=${b.hash}></tm-copy></dd>
          <dt>prev hash</dt>
          <dd class="mono">${b.prevHash}</dd>
          <dt>label</dt>
          <dd><strong>${b.label}</strong></dd>
          <dt>prev label</dt>
          <dd>${b.prevLabel} <span class="muted">(what its miner said the previous block's image shows)</span></dd>
          <dt>time</dt>
          <dd>${new Date(b.timestamp).toLocaleString()}</dd>
          <dt>miner</dt>
          <dd class="mono">${b.miner}</dd>
          <dt>bits</dt>
          <dd class="mono">${formatBits(b.bits)}</dd>
          <dt>nonce</dt>
          <dd class="mono">${b.nonce}</dd>
          <dt>image key</dt>
          <dd class="mono">${b.imageKey}</dd>
        </dl>
      </div>
      <h3>Transfers (${b.transfers.length})</h3>
      ${this.#transfers(b)}
    `;
  }
}

customElements.define('tm-chain-block-details', TmChainBlockDetails);

declare global {
  interface HTMLElementTagNameMap {
    'tm-chain-block-details': TmChainBlockDetails;
  }
}
