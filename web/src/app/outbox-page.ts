/**
 * The Outbox page: what Tabmesh sent through the local development mail sink (`npm start`
 * runs one), read from `/api/outbox` on the server that serves the app. Lists messages newest
 * first; a click shows one with its envelope and plain-text body.
 */
import { LitElement, css, html, nothing } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import {
  parseOutboxList,
  parseOutboxMessage,
  type OutboxEntry,
  type OutboxList,
  type OutboxMessage,
} from '../contracts/outbox.ts';
import { errorMessage } from './errors.ts';
import { formatBytes } from './format.ts';
import { shared, tableStyles } from './styles.ts';

/** Relative to the document, so the app works wherever it is served. */
const OUTBOX_URL = 'api/outbox';
/** A local server answers in milliseconds; past this something is wrong. */
const FETCH_TIMEOUT_MS = 10_000;

type Load<T> =
  | { state: 'idle' }
  | { state: 'loading' }
  | { state: 'ready'; value: T }
  /** The server has no outbox (404, or the app's index.html instead of JSON). */
  | { state: 'missing' }
  | { state: 'error'; message: string };

/** GETs JSON and checks it; `missing` for 404 and for anything that is not JSON. */
async function fetchJson<T>(url: string, parse: (x: unknown) => T | undefined, signal: AbortSignal): Promise<Load<T>> {
  const response = await fetch(url, { signal, headers: { accept: 'application/json' }, cache: 'no-store' });
  if (response.status === 404) return { state: 'missing' };
  if (response.status === 403) return { state: 'error', message: 'the outbox is readable only on the machine that runs the dev mail sink (or with its operator token)' };
  const type = response.headers.get('content-type') ?? '';
  if (!type.startsWith('application/json')) return { state: 'missing' };
  if (!response.ok) return { state: 'error', message: `the server answered ${response.status}` };
  const value = parse(await response.json());
  return value === undefined ? { state: 'error', message: 'the server sent an unexpected answer' } : { state: 'ready', value };
}

function formatTime(ms: number): string {
  return new Date(ms).toLocaleString();
}

export class TmOutboxPage extends LitElement {
  static override properties = {
    list: { state: true },
    selectedId: { state: true },
    message: { state: true },
  };

  static override styles = [
    shared,
    tableStyles,
    css`
      .toolbar {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: 0.5rem 1rem;
        margin-bottom: 0.75rem;
      }
      .toolbar .muted {
        margin-right: auto;
      }
      .layout {
        display: grid;
        gap: 1rem;
        align-items: start;
      }
      @media (min-width: 1000px) {
        .layout.open {
          grid-template-columns: minmax(0, 3fr) minmax(0, 2fr);
        }
      }
      tbody tr {
        cursor: pointer;
      }
      tbody tr:hover {
        background: #f9fafc;
      }
      tbody tr[aria-selected='true'] {
        background: var(--tm-accent-soft);
      }
      .num {
        text-align: right;
      }
      .subject {
        max-width: 22rem;
        overflow: hidden;
        text-overflow: ellipsis;
      }
      .subject button {
        all: unset;
        cursor: pointer;
      }
      .subject button:focus-visible {
        outline: 2px solid var(--tm-accent);
      }
      .empty,
      .state {
        text-align: center;
        padding: 3rem 1rem;
      }
      .message header {
        display: flex;
        align-items: start;
        gap: 1rem;
      }
      .message h2 {
        margin-right: auto;
        overflow-wrap: anywhere;
      }
      dl {
        display: grid;
        grid-template-columns: max-content 1fr;
        gap: 0.35rem 1.25rem;
        margin: 0 0 0.75rem;
      }
      dt {
        color: var(--tm-muted);
      }
      dd {
        margin: 0;
        min-width: 0;
        overflow-wrap: anywhere;
      }
      pre {
        margin: 0;
        padding: 0.75rem;
        background: var(--tm-bg);
        border: 1px solid var(--tm-border);
        border-radius: var(--tm-radius);
        font-family: var(--tm-mono);
        font-size: 0.85rem;
        white-space: pre-wrap;
        overflow-wrap: anywhere;
        max-height: 60vh;
        overflow-y: auto;
      }
    `,
  ];

  declare list: Load<OutboxList>;
  declare selectedId: string | undefined;
  declare message: Load<OutboxMessage>;
  #listAbort: AbortController | undefined;
  #messageAbort: AbortController | undefined;

  constructor() {
    super();
    this.list = { state: 'idle' };
    this.selectedId = undefined;
    this.message = { state: 'idle' };
  }

  override connectedCallback(): void {
    super.connectedCallback();
    void this.refresh();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#listAbort?.abort();
    this.#messageAbort?.abort();
  }

  /** Reloads the list (and the open message); earlier loads still running are dropped. */
  async refresh(): Promise<void> {
    this.#listAbort?.abort();
    const abort = new AbortController();
    this.#listAbort = abort;
    // Keep showing the current list while refreshing; only the first load shows "Loading".
    if (this.list.state !== 'ready') this.list = { state: 'loading' };
    const next = await this.#load(OUTBOX_URL, parseOutboxList, abort.signal);
    if (abort.signal.aborted) return;
    this.list = next;
    if (this.selectedId !== undefined) void this.#open(this.selectedId);
  }

  async #load<T>(url: string, parse: (x: unknown) => T | undefined, signal: AbortSignal): Promise<Load<T>> {
    try {
      return await fetchJson(url, parse, AbortSignal.any([signal, AbortSignal.timeout(FETCH_TIMEOUT_MS)]));
    } catch (error) {
      if (error instanceof DOMException && error.name === 'TimeoutError') {
        return { state: 'error', message: 'the server did not answer in time' };
      }
      return { state: 'error', message: errorMessage(error) };
    }
  }

  async #open(id: string): Promise<void> {
    this.#messageAbort?.abort();
    const abort = new AbortController();
    this.#messageAbort = abort;
    if (this.selectedId !== id || this.message.state !== 'ready') this.message = { state: 'loading' };
    this.selectedId = id;
    const next = await this.#load(`${OUTBOX_URL}/${encodeURIComponent(id)}`, parseOutboxMessage, abort.signal);
    if (!abort.signal.aborted) this.message = next;
  }

  #close(): void {
    this.#messageAbort?.abort();
    this.selectedId = undefined;
    this.message = { state: 'idle' };
  }

  #row(entry: OutboxEntry) {
    const selected = entry.id === this.selectedId;
    const to = entry.envelope.to.join(', ');
    return html`<tr aria-selected=${selected ? 'true' : 'false'} @click=${() => void this.#open(entry.id)}>
      <td>${formatTime(entry.receivedAt)}</td>
      <td title=${to}>${to}</td>
      <td class="subject" title=${entry.subject}>
        <button @click=${(e: Event) => {
          e.stopPropagation();
          void this.#open(entry.id);
        }}>${entry.subject === '' ? html`<span class="muted">(no subject)</span>` : entry.subject}</button>
      </td>
      <td class="num">${formatBytes(entry.size)}</td>
    </tr>`;
  }

  #listView(list: OutboxList) {
    if (list.messages.length === 0) {
      return html`<div class="card empty muted">No mail yet. Messages Tabmesh sends show up here.</div>`;
    }
    return html`<div class="scroll">
      <table>
        <thead>
          <tr>
            <th scope="col">Received</th>
            <th scope="col">To</th>
            <th scope="col">Subject</th>
            <th scope="col" class="num">Size</th>
          </tr>
        </thead>
        <tbody>
          ${repeat(list.messages, (m) => m.id, (m) => this.#row(m))}
        </tbody>
      </table>
    </div>`;
  }

  #messageView() {
    if (this.selectedId === undefined) return nothing;
    const m = this.message;
    const body =
      m.state === 'ready'
        ? html`<dl>
              <dt>From</dt>
              <dd class="mono">${m.value.envelope.from === '' ? '<>' : m.value.envelope.from}</dd>
              <dt>To</dt>
              <dd class="mono">${m.value.envelope.to.join(', ')}</dd>
              <dt>Received</dt>
              <dd>${formatTime(m.value.receivedAt)}</dd>
              <dt>Size</dt>
              <dd>${formatBytes(m.value.size)}</dd>
            </dl>
            ${m.value.text === null
              ? html`<p class="muted">This message has no plain-text part.</p>`
              : html`<pre>${m.value.text}</pre>`}`
        : m.state === 'missing'
          ? html`<p class="muted">This message is no longer in the outbox.</p>`
          : m.state === 'error'
            ? html`<div class="error" role="alert">Could not load the message: ${m.message}</div>`
            : html`<p class="muted" aria-busy="true">Loading…</p>`;
    const title = m.state === 'ready' ? m.value.subject || '(no subject)' : 'Message';
    return html`<section class="card message" aria-label="Message">
      <header>
        <h2>${title}</h2>
        <button @click=${() => this.#close()} aria-label="Close the message">Close</button>
      </header>
      ${body}
    </section>`;
  }

  override render() {
    const list = this.list;
    const busy = list.state === 'loading';
    let content;
    if (list.state === 'ready') content = this.#listView(list.value);
    else if (list.state === 'missing') {
      content = html`<div class="card state muted">
        The dev mail sink is not running here, so there is no outbox to show. <code>npm start</code> runs one.
      </div>`;
    } else if (list.state === 'error') {
      content = html`<div class="error" role="alert">Could not load the outbox: ${list.message}</div>`;
    } else content = html`<div class="card state muted" aria-busy="true">Loading…</div>`;
    const summary =
      list.state === 'ready'
        ? list.value.total > list.value.messages.length
          ? `${list.value.messages.length} newest of ${list.value.total} messages`
          : `${list.value.total} ${list.value.total === 1 ? 'message' : 'messages'}`
        : '';
    return html`
      <div class="toolbar">
        <span class="muted">${summary}</span>
        <button @click=${() => void this.refresh()} ?disabled=${busy}>Refresh</button>
      </div>
      <div class="layout ${this.selectedId !== undefined ? 'open' : ''}">
        <div>${content}</div>
        ${this.#messageView()}
      </div>
    `;
  }
}

customElements.define('tm-outbox-page', TmOutboxPage);

declare global {
  interface HTMLElementTagNameMap {
    'tm-outbox-page': TmOutboxPage;
  }
}
