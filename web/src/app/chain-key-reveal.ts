/**
 * A new account's private key, shown once: a copy button and a plain warning. "I have kept it"
 * fires `key-dismiss` and the page forgets the key (the tab keeps it in its storage).
 */
import { LitElement, css, html } from 'lit';
import './copy-button.ts';
import { shared } from './styles.ts';

export class TmChainKeyReveal extends LitElement {
  static override properties = {
    privateKey: { attribute: false },
  };

  static override styles = [
    shared,
    css`
      .box {
        border: 2px solid var(--tm-warn);
        background: #fff8ea;
        border-radius: var(--tm-radius);
        padding: 0.75rem 1rem;
        display: grid;
        gap: 0.5rem;
      }
      .key {
        display: flex;
        gap: 0.5rem;
        align-items: center;
        flex-wrap: wrap;
      }
      code {
        font-family: var(--tm-mono);
        overflow-wrap: anywhere;
        background: var(--tm-surface);
        border: 1px solid var(--tm-border);
        border-radius: var(--tm-radius);
        padding: 0.2rem 0.4rem;
      }
      p {
        margin: 0;
      }
    `,
  ];

  declare privateKey: string;

  constructor() {
    super();
    this.privateKey = '';
  }

  override render() {
    return html`<div class="box" role="alert">
      <strong>Your private key — shown only this once</strong>
      <div class="key">
        <code data-field="private-key">${this.privateKey}</code>
        <tm-copy .value=${this.privateKey}></tm-copy>
      </div>
      <p>
        It is stored in this browser's storage (IndexedDB, for this tab's identity): clearing the site's data, or another browser, loses it. <strong>Whoever has this key owns the coins</strong>:
        keep a copy somewhere safe and never show it to anyone.
      </p>
      <div><button data-action="dismiss" @click=${() => this.dispatchEvent(new CustomEvent('key-dismiss', { bubbles: true, composed: true }))}>I have kept it — hide the key</button></div>
    </div>`;
  }
}

customElements.define('tm-chain-key-reveal', TmChainKeyReveal);

declare global {
  interface HTMLElementTagNameMap {
    'tm-chain-key-reveal': TmChainKeyReveal;
  }
}
