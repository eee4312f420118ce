/**
 * Blocks drawn as a chain: a horizontal strip of cards, newest on the left, each linked by an
 * arrow to the block its prev hash names (its right-hand neighbour). A card shows the block's
 * image (loaded when it scrolls into view), label, height, miner, transfers and time; clicking
 * it fires `block-select` with the BlockView.
 */
import { LitElement, css, html, nothing, svg } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { BlockView, ChainApi } from '../node/chain/app.ts';
import { GENESIS_HASH, GENESIS_HEADER } from '../node/chain/genesis.ts';
import { shortAddress } from './chain-format.ts';
import './chain-image.ts';
import { shared } from './styles.ts';

export class TmChainBlockStrip extends LitElement {
  static override properties = {
    chain: { attribute: false },
    blocks: { attribute: false },
    selected: { attribute: false },
  };

  static override styles = [
    shared,
    css`
      .strip {
        display: flex;
        align-items: center;
        overflow-x: auto;
        padding: 0.5rem 0.25rem 0.75rem;
        --tm-thumb-size: 7.5rem;
      }
      .block {
        flex: none;
        width: 8.5rem;
        display: grid;
        gap: 0.2rem;
        justify-items: center;
        text-align: center;
        padding: 0.5rem;
        border: 1px solid var(--tm-border);
        border-radius: var(--tm-radius);
        background: var(--tm-surface);
        font: inherit;
        font-size: 0.8rem;
        color: var(--tm-text);
        cursor: pointer;
        white-space: normal;
      }
      .block:hover:not(:disabled) {
        border-color: var(--tm-accent);
        color: var(--tm-text);
      }
      .block[aria-pressed='true'] {
        border-color: var(--tm-accent);
        box-shadow: 0 0 0 2px var(--tm-accent-soft);
      }
      .block.genesis {
        cursor: default;
        background: #f1f3f6;
      }
      .label {
        font-weight: 600;
        font-size: 0.9rem;
        overflow-wrap: anywhere;
      }
      .height {
        font-variant-numeric: tabular-nums;
        color: var(--tm-accent);
        font-weight: 600;
      }
      .arrow {
        flex: none;
        width: 2.2rem;
        height: 1rem;
        color: var(--tm-muted);
      }
      .arrow.broken {
        color: var(--tm-bad);
      }
    `,
  ];

  declare chain: ChainApi | undefined;
  /** Newest first, consecutive heights. */
  declare blocks: readonly BlockView[];
  declare selected: string | undefined;

  constructor() {
    super();
    this.chain = undefined;
    this.blocks = [];
    this.selected = undefined;
  }

  #arrow(linked: boolean) {
    return html`<svg class="arrow ${linked ? '' : 'broken'}" viewBox="0 0 36 16" role="img" aria-label=${linked ? 'prev hash' : 'prev hash does not match'}>
      <title>${linked ? 'its prev hash: the block on the right' : 'prev hash does not match the block on the right'}</title>
      ${svg`<line x1="2" y1="8" x2="30" y2="8" stroke="currentColor" stroke-width="2" stroke-dasharray=${linked ? 'none' : '3 3'}></line>
        <path d="M 26 3 L 34 8 L 26 13 z" fill="currentColor"></path>`}
    </svg>`;
  }

  #card(b: BlockView) {
    const select = (): boolean => this.dispatchEvent(new CustomEvent<BlockView>('block-select', { detail: b, bubbles: true, composed: true }));
    return html`<button class="block" data-height=${b.height} data-label=${b.label} aria-pressed=${this.selected === b.hash ? 'true' : 'false'} title=${b.hash} @click=${select}>
      <tm-chain-image .chain=${this.chain} .imageKey=${b.imageKey} alt=${`block ${b.height}: ${b.label}`}></tm-chain-image>
      <span class="label">${b.label}</span>
      <span class="height">#${b.height}</span>
      <span class="mono muted" title=${b.miner}>${shortAddress(b.miner)}</span>
      <span>${b.transfers.length} ${b.transfers.length === 1 ? 'transfer' : 'transfers'}</span>
      <span class="muted" title=${new Date(b.timestamp).toISOString()}>${new Date(b.timestamp).toLocaleTimeString()}</span>
    </button>`;
  }

  #genesis() {
    return html`<div class="block genesis" data-height="0" title=${GENESIS_HASH}>
      <tm-chain-image .imageKey=${GENESIS_HEADER.imageKey}></tm-chain-image>
      <span class="label">${GENESIS_HEADER.label}</span>
      <span class="height">#0</span>
      <span class="muted">genesis</span>
    </div>`;
  }

  override render() {
    const blocks = this.blocks;
    const oldest = blocks.at(-1);
    const reachesGenesis = blocks.length === 0 || oldest?.height === 1;
    return html`<div class="strip" data-field="strip">
      ${repeat(
        blocks,
        (b) => b.hash,
        (b, i) => {
          const parent = blocks[i + 1];
          const next = parent ? this.#arrow(b.prevHash === parent.hash) : reachesGenesis ? this.#arrow(b.prevHash === GENESIS_HASH) : nothing;
          return html`${this.#card(b)}${next}`;
        },
      )}
      ${reachesGenesis ? this.#genesis() : nothing}
    </div>`;
  }
}

customElements.define('tm-chain-block-strip', TmChainBlockStrip);

declare global {
  interface HTMLElementTagNameMap {
    'tm-chain-block-strip': TmChainBlockStrip;
  }
}
