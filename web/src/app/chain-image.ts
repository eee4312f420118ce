/**
 * A block's image as a thumbnail: fetched through `chain.image(key)` (the DHT, or this node's
 * copy) only once the element scrolls into view, shown from an object URL that is revoked when
 * the element leaves the page or is given another key. Genesis has no image: "The Void".
 */
import { LitElement, css, html, type PropertyValues } from 'lit';
import type { ChainApi } from '../node/chain/app.ts';
import { describeError, sniffImage } from './dht-format.ts';
import { shared } from './styles.ts';

/** A thumbnail that does not come within this long says so (the DHT may be still looking). */
const IMAGE_TIMEOUT_MS = 30_000;
const NO_IMAGE = '0'.repeat(64);

type Loaded = { state: 'idle' } | { state: 'loading' } | { state: 'ok'; url: string } | { state: 'failed'; message: string };

export class TmChainImage extends LitElement {
  static override properties = {
    chain: { attribute: false },
    imageKey: { attribute: false },
    alt: { type: String },
    loaded: { state: true },
  };

  static override styles = [
    shared,
    css`
      :host {
        display: block;
        width: var(--tm-thumb-size, 6rem);
        height: var(--tm-thumb-size, 6rem);
      }
      .frame {
        width: 100%;
        height: 100%;
        display: grid;
        place-items: center;
        border-radius: var(--tm-radius);
        background: #eef0f4;
        overflow: hidden;
        font-size: 0.75rem;
        text-align: center;
      }
      img {
        width: 100%;
        height: 100%;
        object-fit: cover;
      }
      .void {
        background: radial-gradient(circle, #2d3346 0%, #0b0d14 75%);
        color: #c9cfdc;
        font-style: italic;
      }
    `,
  ];

  declare chain: ChainApi | undefined;
  declare imageKey: string;
  declare alt: string;
  declare loaded: Loaded;
  #abort: AbortController | undefined;
  #visible = false;
  readonly #observer = new IntersectionObserver((entries) => {
    this.#visible = entries.some((e) => e.isIntersecting);
    if (this.#visible) this.#load();
  });

  /** A failed thumbnail is fetched again when clicked. */
  readonly #retry = (): void => {
    this.loaded = { state: 'idle' };
  };

  constructor() {
    super();
    this.chain = undefined;
    this.imageKey = '';
    this.alt = '';
    this.loaded = { state: 'idle' };
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#observer.observe(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#observer.disconnect();
    this.#visible = false;
    this.#release();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('imageKey') && changed.get('imageKey') !== undefined) this.#release();
  }

  protected override updated(): void {
    if (this.#visible) this.#load();
  }

  /** Drops the object URL and any fetch in flight; the next load starts over. */
  #release(): void {
    this.#abort?.abort();
    this.#abort = undefined;
    if (this.loaded.state === 'ok') URL.revokeObjectURL(this.loaded.url);
    this.loaded = { state: 'idle' };
  }

  #load(): void {
    const chain = this.chain;
    const key = this.imageKey;
    if (!chain || key === '' || key === NO_IMAGE || this.loaded.state !== 'idle') return;
    const abort = new AbortController();
    this.#abort = abort;
    this.loaded = { state: 'loading' };
    const signal = AbortSignal.any([abort.signal, AbortSignal.timeout(IMAGE_TIMEOUT_MS)]);
    chain.image(key, signal).then(
      (bytes) => {
        if (abort.signal.aborted) return;
        const type = sniffImage(bytes)?.type ?? 'application/octet-stream';
        this.loaded = { state: 'ok', url: URL.createObjectURL(new Blob([bytes as Uint8Array<ArrayBuffer>], { type })) };
      },
      (error: unknown) => {
        if (abort.signal.aborted) return;
        this.loaded = { state: 'failed', message: describeError(error) };
      },
    );
  }

  override render() {
    if (this.imageKey === NO_IMAGE) return html`<div class="frame void" title="Genesis has no image">The Void</div>`;
    const l = this.loaded;
    if (l.state === 'ok') return html`<div class="frame"><img src=${l.url} alt=${this.alt} data-loaded /></div>`;
    if (l.state === 'failed') return html`<div class="frame bad" title=${`${l.message} — click to try again`} @click=${this.#retry}>no image</div>`;
    return html`<div class="frame muted">${l.state === 'loading' ? 'loading…' : ''}</div>`;
  }
}

customElements.define('tm-chain-image', TmChainImage);

declare global {
  interface HTMLElementTagNameMap {
    'tm-chain-image': TmChainImage;
  }
}
