/**
 * The Gossip page: subscribe to a data type, announce, watch notifications arrive and validate
 * them (a rumour spreads further only after a local subscriber says it is valid), and the
 * node's partial view of the network with descriptor ages.
 */
import { LitElement, css, html, nothing } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { TabmeshApi } from '../node/api.ts';
import type { GossipApi, Notification, Subscription } from '../node/gossip/api.ts';
import { ApiSubscription } from './api-subscription.ts';
import { errorMessage } from './errors.ts';
import { formatBytes, shortId } from './format.ts';
import { shared, tableStyles, formStyles } from './styles.ts';

/** Notifications kept on the page; older ones scroll off. */
const MAX_SHOWN = 100;
const MAX_DATA_TYPE = 0xffff;

type Verdict = 'pending' | 'valid' | 'invalid';

interface Row {
  notification: Notification;
  at: number;
  verdict: Verdict;
}

function gossipOf(api: TabmeshApi | undefined): GossipApi | undefined {
  return (api as { gossip?: GossipApi } | undefined)?.gossip;
}

function preview(data: Uint8Array): string {
  const text = new TextDecoder('utf-8', { fatal: false }).decode(data.subarray(0, 200));
  return /^[\p{L}\p{N}\p{P}\p{Zs}\p{S}]*$/u.test(text) ? text : [...data.subarray(0, 32)].map((b) => b.toString(16).padStart(2, '0')).join(' ');
}

export class TmGossipPage extends LitElement {
  static override properties = {
    api: { attribute: false },
    rows: { state: true },
    subscribed: { state: true },
    status: { state: true },
    autoValidate: { state: true },
  };

  static override styles = [
    shared,
    formStyles,
    tableStyles,
    css`
      .forms {
        display: grid;
        gap: 1rem;
        grid-template-columns: repeat(auto-fit, minmax(320px, 1fr));
        margin-bottom: 1rem;
      }
      input[type='text'] {
        min-width: 14rem;
      }
      .chips {
        display: flex;
        gap: 0.4rem;
        flex-wrap: wrap;
        margin-top: 0.5rem;
      }
      .data {
        max-width: 28rem;
        overflow: hidden;
        text-overflow: ellipsis;
      }
      .valid {
        color: var(--tm-ok, #1a7f37);
      }
      .invalid {
        color: var(--tm-error, #b42318);
      }
      h2 {
        font-size: 1rem;
        margin: 1.25rem 0 0.5rem;
      }
    `,
  ];

  declare api: TabmeshApi | undefined;
  declare rows: Row[];
  declare subscribed: Map<number, Subscription>;
  declare status: string;
  declare autoValidate: boolean;

  constructor() {
    super();
    this.api = undefined;
    this.rows = [];
    this.subscribed = new Map();
    this.status = '';
    this.autoValidate = false;
    new ApiSubscription(this, () => this.api);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    for (const subscription of this.subscribed.values()) subscription.unsubscribe();
    this.subscribed = new Map();
  }

  #subscribe(event: SubmitEvent): void {
    event.preventDefault();
    const gossip = gossipOf(this.api);
    const dataType = Number(new FormData(event.target as HTMLFormElement).get('dataType'));
    if (!gossip || !Number.isInteger(dataType) || dataType < 0 || dataType > MAX_DATA_TYPE || this.subscribed.has(dataType)) return;
    const subscription = gossip.subscribe(dataType, (notification) => this.#notified(notification));
    this.subscribed = new Map(this.subscribed).set(dataType, subscription);
  }

  #unsubscribe(dataType: number): void {
    this.subscribed.get(dataType)?.unsubscribe();
    const next = new Map(this.subscribed);
    next.delete(dataType);
    this.subscribed = next;
  }

  #notified(notification: Notification): void {
    const row: Row = { notification, at: Date.now(), verdict: 'pending' };
    this.rows = [row, ...this.rows].slice(0, MAX_SHOWN);
    if (this.autoValidate) this.#validate(row, true);
  }

  #validate(row: Row, valid: boolean): void {
    gossipOf(this.api)?.validate(row.notification.id, valid);
    row.verdict = valid ? 'valid' : 'invalid';
    this.rows = [...this.rows];
  }

  #announce(event: SubmitEvent): void {
    event.preventDefault();
    const gossip = gossipOf(this.api);
    const form = new FormData(event.target as HTMLFormElement);
    const dataType = Number(form.get('dataType'));
    const ttl = Number(form.get('ttl'));
    const text = String(form.get('data') ?? '');
    if (!gossip) return;
    try {
      const id = gossip.announce(ttl, dataType, new TextEncoder().encode(text));
      this.status = `announced ${id.slice(0, 8)}… (type ${dataType}, ttl ${ttl === 0 ? 'unlimited' : ttl})`;
    } catch (error) {
      this.status = `announce refused: ${errorMessage(error)}`;
    }
  }

  #forms() {
    return html`<div class="forms">
      <div class="card">
        <form @submit=${(e: SubmitEvent) => this.#subscribe(e)}>
          <label>Data type <input name="dataType" type="number" min="0" max=${MAX_DATA_TYPE} value="1" required /></label>
          <button type="submit">Subscribe</button>
          <label><span><input type="checkbox" .checked=${this.autoValidate} @change=${(e: Event) => (this.autoValidate = (e.target as HTMLInputElement).checked)} /> validate automatically</span></label>
        </form>
        <div class="chips">
          ${this.subscribed.size === 0 ? html`<span class="muted">Not subscribed to anything.</span>` : nothing}
          ${[...this.subscribed.keys()].map(
            (t) => html`<span class="chip">type ${t} <button title="unsubscribe" @click=${() => this.#unsubscribe(t)}>×</button></span>`,
          )}
        </div>
      </div>
      <div class="card">
        <form @submit=${(e: SubmitEvent) => this.#announce(e)}>
          <label>Data type <input name="dataType" type="number" min="0" max=${MAX_DATA_TYPE} value="1" required /></label>
          <label>TTL (hops, 0 = ∞) <input name="ttl" type="number" min="0" max="255" value="0" required /></label>
          <label>Data <input name="data" type="text" value="hello mesh" /></label>
          <button type="submit">Announce</button>
        </form>
        <div class="muted" role="status">${this.status}</div>
      </div>
    </div>`;
  }

  #notifications() {
    if (this.rows.length === 0) return html`<div class="card state muted">No notifications yet — subscribe, then announce from another tab.</div>`;
    return html`<div class="scroll"><table>
      <thead><tr><th>time</th><th>type</th><th>from</th><th>hops</th><th>size</th><th>data</th><th>verdict</th></tr></thead>
      <tbody>${repeat(
        this.rows,
        (r) => r.notification.id,
        (r) => html`<tr>
          <td>${new Date(r.at).toLocaleTimeString()}</td>
          <td>${r.notification.dataType}</td>
          <td title=${r.notification.origin}><code>${shortId(r.notification.origin)}</code></td>
          <td>${r.notification.hops}</td>
          <td>${formatBytes(r.notification.data.length)}</td>
          <td class="data">${preview(r.notification.data)}</td>
          <td>${r.verdict === 'pending'
            ? html`<button @click=${() => this.#validate(r, true)}>valid</button> <button @click=${() => this.#validate(r, false)}>invalid</button>`
            : html`<span class=${r.verdict}>${r.verdict}</span>`}</td>
        </tr>`,
      )}</tbody></table></div>`;
  }

  #view() {
    const view = gossipOf(this.api)?.view() ?? [];
    if (view.length === 0) return html`<div class="card state muted">The view is empty until the first gossip round.</div>`;
    return html`<div class="scroll"><table>
      <thead><tr><th>peer</th><th>age (rounds)</th></tr></thead>
      <tbody>${view.map((e) => html`<tr><td title=${e.id}><code>${shortId(e.id)}</code></td><td>${e.age}</td></tr>`)}</tbody>
    </table></div>`;
  }

  override render() {
    if (!gossipOf(this.api)) return html`<div class="card state muted">Gossip is not running on this node.</div>`;
    return html`${this.#forms()}
      <h2>Notifications</h2>
      ${this.#notifications()}
      <h2>View (peer sampling)</h2>
      ${this.#view()}`;
  }
}

customElements.define('tm-gossip-page', TmGossipPage);

declare global {
  interface HTMLElementTagNameMap {
    'tm-gossip-page': TmGossipPage;
  }
}
