/**
 * The Explorer page: the chain this node follows — its height, tip and total work — and its
 * blocks, 20 a page, newest first, drawn as a chain of cards; a block clicked shows its details
 * and transfers. The first page follows the tip; an older page stays where it was put.
 */
import { LitElement, css, html, nothing } from 'lit';
import type { TabmeshApi } from '../node/api.ts';
import type { BlockView, ChainApi } from '../node/chain/app.ts';
import './chain-block-details.ts';
import './chain-block-strip.ts';
import { chainOf, formatWork, pageRange } from './chain-format.ts';
import { ChainSubscription } from './chain-subscription.ts';
import './copy-button.ts';
import { shared } from './styles.ts';

/** Blocks a page shows. */
export const BLOCKS_PER_PAGE = 20;

export class TmChainExplorerPage extends LitElement {
  static override properties = {
    api: { attribute: false },
    top: { state: true },
    selected: { state: true },
  };

  static override styles = [
    shared,
    css`
      section {
        margin-bottom: 1rem;
      }
      .summary {
        display: grid;
        grid-template-columns: repeat(auto-fit, minmax(12rem, 1fr));
        gap: 0.75rem 1.5rem;
        margin: 0;
      }
      .summary dt {
        font-size: 0.8rem;
        color: var(--tm-muted);
      }
      .summary dd {
        margin: 0;
        font-weight: 600;
        font-variant-numeric: tabular-nums;
        overflow-wrap: anywhere;
      }
      .pager {
        display: flex;
        gap: 0.5rem;
        align-items: center;
        flex-wrap: wrap;
        margin-bottom: 0.25rem;
      }
      .pager h2 {
        margin: 0 auto 0 0;
      }
    `,
  ];

  declare api: TabmeshApi | undefined;
  /** The newest height shown; undefined follows the tip. */
  declare top: number | undefined;
  declare selected: BlockView | undefined;

  constructor() {
    super();
    this.api = undefined;
    this.top = undefined;
    this.selected = undefined;
    new ChainSubscription(this, () => chainOf(this.api));
  }

  #summary(chain: ChainApi) {
    const head = chain.head();
    return html`<section class="card">
      <h2>Photoblocks</h2>
      <dl class="summary">
        <div><dt>height</dt><dd data-field="height">${head.height}</dd></div>
        <div>
          <dt>tip</dt>
          <dd><tm-copy .value=${head.hash} .label=${head.hash.slice(0, 16)}></tm-copy> <span class="muted">“${head.label}”</span></dd>
        </div>
        <div><dt>total work (expected hashes)</dt><dd data-field="work">${formatWork(head.work)}</dd></div>
        <div><dt>last block</dt><dd>${head.height === 0 ? 'genesis' : new Date(head.timestamp).toLocaleString()}</dd></div>
      </dl>
    </section>`;
  }

  #select(event: CustomEvent<BlockView>): void {
    this.selected = this.selected?.hash === event.detail.hash ? undefined : event.detail;
  }

  override render() {
    const chain = chainOf(this.api);
    if (!chain) return html`<div class="card muted">Photoblocks is not running on this node.</div>`;
    const height = chain.head().height;
    const top = Math.min(this.top ?? height, height);
    const { from, to } = pageRange(top, BLOCKS_PER_PAGE);
    const blocks = height === 0 ? [] : chain.blocks(from, to).reverse();
    const sel = this.selected;
    const replaced = sel !== undefined && chain.blocks(sel.height, sel.height)[0]?.hash !== sel.hash;
    const go = (next: number | undefined): void => {
      this.top = next === undefined || next >= height ? undefined : Math.max(Math.min(BLOCKS_PER_PAGE, height), next);
    };
    return html`
      ${this.#summary(chain)}
      <section class="card">
        <div class="pager">
          <h2>Blocks ${height === 0 ? '' : `#${to} to #${from}`}</h2>
          <button ?disabled=${this.top === undefined} @click=${() => go(undefined)}>Newest</button>
          <button ?disabled=${top >= height} @click=${() => go(top + BLOCKS_PER_PAGE)}>← Newer</button>
          <button data-action="older" ?disabled=${from <= 1} @click=${() => go(top - BLOCKS_PER_PAGE)}>Older →</button>
        </div>
        ${height === 0 ? html`<p class="muted">No block has been mined yet: the chain is genesis alone. Mine the first one on the <a href="#mine">Mine</a> page.</p>` : nothing}
        <tm-chain-block-strip .chain=${chain} .blocks=${blocks} .selected=${sel?.hash} @block-select=${this.#select}></tm-chain-block-strip>
      </section>
      ${sel
        ? html`<section class="card">
            <h2>Block #${sel.height}</h2>
            <tm-chain-block-details .chain=${chain} .block=${sel} .replaced=${replaced}></tm-chain-block-details>
          </section>`
        : nothing}
    `;
  }
}

customElements.define('tm-chain-explorer-page', TmChainExplorerPage);

declare global {
  interface HTMLElementTagNameMap {
    'tm-chain-explorer-page': TmChainExplorerPage;
  }
}
