/**
 * tm-app, the shell: header (name, short id, signaling badge, degree), nav tabs with hash
 * routing, the banner of missing pipeline roles, the current page — or a loading / failed state
 * while the node starts.
 */
import { LitElement, css, html, nothing } from 'lit';
import type { SignalingState, TabmeshApi } from '../node/api.ts';
import { ApiSubscription } from './api-subscription.ts';
import './copy-button.ts';
import { shortId } from './format.ts';
import './roles-banner.ts';
import { ROUTES, routeFor } from './routes.ts';
import { shared, themeTokens } from './styles.ts';

const SIGNALING_CLASS: Readonly<Record<SignalingState, string>> = {
  connecting: 'warn',
  registered: 'ok',
  disconnected: 'bad',
};

export class TmApp extends LitElement {
  static override properties = {
    api: { attribute: false },
    error: { attribute: false },
    hash: { state: true },
  };

  static override styles = [
    themeTokens,
    shared,
    css`
      :host {
        min-height: 100vh;
        background: var(--tm-bg);
      }
      header {
        background: var(--tm-surface);
        border-bottom: 1px solid var(--tm-border);
      }
      .bar,
      nav,
      main {
        max-width: 1280px;
        margin: 0 auto;
        padding-left: 1.25rem;
        padding-right: 1.25rem;
      }
      .bar {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: 0.5rem 1rem;
        padding-top: 0.75rem;
        padding-bottom: 0.5rem;
      }
      .name {
        font-size: 1.2rem;
        font-weight: 700;
        letter-spacing: -0.01em;
        margin-right: auto;
      }
      .name span {
        color: var(--tm-accent);
      }
      .degree {
        font-variant-numeric: tabular-nums;
      }
      nav {
        display: flex;
        gap: 0.25rem;
        overflow-x: auto;
      }
      nav a {
        padding: 0.45rem 0.85rem;
        color: var(--tm-muted);
        text-decoration: none;
        border-bottom: 2px solid transparent;
        font-weight: 500;
        white-space: nowrap;
      }
      nav a:hover {
        color: var(--tm-text);
      }
      nav a[aria-current='page'] {
        color: var(--tm-accent);
        border-bottom-color: var(--tm-accent);
      }
      main {
        padding-top: 1.25rem;
        padding-bottom: 2rem;
      }
      .center {
        display: grid;
        place-items: center;
        min-height: 60vh;
        text-align: center;
        gap: 0.75rem;
      }
      .spinner {
        width: 1.6rem;
        height: 1.6rem;
        border: 3px solid var(--tm-border);
        border-top-color: var(--tm-accent);
        border-radius: 50%;
        animation: spin 0.9s linear infinite;
        margin: 0 auto 0.5rem;
      }
      @keyframes spin {
        to {
          transform: rotate(360deg);
        }
      }
      .failed {
        max-width: 32rem;
        text-align: left;
      }
      .failed button {
        margin-top: 0.75rem;
      }
    `,
  ];

  declare api: TabmeshApi | undefined;
  /** Set when the node failed to start; shown with a Retry. */
  declare error: string | undefined;
  declare hash: string;
  readonly #onHashChange = (): void => {
    this.hash = location.hash;
  };

  constructor() {
    super();
    this.api = undefined;
    this.error = undefined;
    this.hash = location.hash;
    new ApiSubscription(this, () => this.api);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('hashchange', this.#onHashChange);
    this.hash = location.hash;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('hashchange', this.#onHashChange);
  }

  #status(api: TabmeshApi) {
    const s = api.status();
    return html`
      <span class="muted">node</span>
      <tm-copy .value=${s.id} .label=${shortId(s.id)}></tm-copy>
      <span class="badge ${SIGNALING_CLASS[s.signaling]}" title="Signaling server">
        <span class="dot ${SIGNALING_CLASS[s.signaling]}"></span>${s.signaling}
      </span>
      <span class="degree" title="Open links / target degree"
        ><strong>${s.degree}</strong> <span class="muted">/ ${s.targetDegree} links</span></span
      >
    `;
  }

  #body(api: TabmeshApi | undefined) {
    if (this.error !== undefined) {
      return html`<div class="center">
        <div class="card failed" role="alert">
          <h2>The node could not start</h2>
          <div class="error">${this.error}</div>
          <button class="primary" @click=${() => location.reload()}>Retry</button>
        </div>
      </div>`;
    }
    if (api === undefined) {
      return html`<div class="center" aria-busy="true">
        <div><div class="spinner"></div><span class="muted">Starting node…</span></div>
      </div>`;
    }
    return html`<tm-roles-banner .api=${api}></tm-roles-banner>${routeFor(this.hash)?.render(api) ?? nothing}`;
  }

  override render() {
    const api = this.error === undefined ? this.api : undefined;
    const current = routeFor(this.hash);
    return html`
      <header>
        <div class="bar">
          <div class="name">Tab<span>mesh</span></div>
          ${api ? this.#status(api) : nothing}
        </div>
        <nav aria-label="Pages">
          ${ROUTES.map(
            (r) => html`<a href=${`#${r.hash}`} aria-current=${r === current ? 'page' : 'false'}>${r.label}</a>`,
          )}
        </nav>
      </header>
      <main>${this.#body(api)}</main>
    `;
  }
}

customElements.define('tm-app', TmApp);

declare global {
  interface HTMLElementTagNameMap {
    'tm-app': TmApp;
  }
}
