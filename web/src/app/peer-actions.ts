/**
 * The actions cell of one peers-table row: ping / measure / disconnect for an open link, connect
 * for none. Keeps its own progress and results; the table keys rows by peer id so they survive
 * re-sorting.
 */
import { LitElement, css, html, nothing } from 'lit';
import type { PeerRow, TabmeshApi, ThroughputResult } from '../node/api.ts';
import { errorMessage } from './errors.ts';
import { formatBps, formatMs } from './format.ts';
import { shared } from './styles.ts';

/** The progress of one asynchronous action. */
export type Task<T> =
  | { kind: 'idle' }
  | { kind: 'pending' }
  | { kind: 'done'; value: T }
  | { kind: 'failed'; message: string };

const IDLE = { kind: 'idle' } as const;

export class TmPeerActions extends LitElement {
  static override properties = {
    api: { attribute: false },
    peer: { attribute: false },
    ping: { state: true },
    measure: { state: true },
    connect: { state: true },
  };

  static override styles = [
    shared,
    css`
      .buttons {
        display: flex;
        gap: 0.4rem;
      }
      .results {
        display: flex;
        gap: 0.75rem;
        margin-top: 0.2rem;
      }
      .result {
        font-size: 0.8rem;
        white-space: nowrap;
        font-variant-numeric: tabular-nums;
      }
      .failed {
        color: var(--tm-bad);
      }
    `,
  ];

  declare api: TabmeshApi | undefined;
  declare peer: PeerRow | undefined;
  declare ping: Task<number>;
  declare measure: Task<ThroughputResult>;
  declare connect: Task<void>;

  constructor() {
    super();
    this.api = undefined;
    this.peer = undefined;
    this.ping = IDLE;
    this.measure = IDLE;
    this.connect = IDLE;
  }

  /** Runs `work`, reporting through `set`; a second click while pending is ignored by the caller. */
  async #run<T>(work: () => Promise<T>, set: (task: Task<T>) => void): Promise<void> {
    set({ kind: 'pending' });
    try {
      set({ kind: 'done', value: await work() });
    } catch (error) {
      set({ kind: 'failed', message: errorMessage(error) });
    }
  }

  #result<T>(label: string, task: Task<T>, show: (value: T) => string) {
    switch (task.kind) {
      case 'idle':
        return nothing;
      case 'pending':
        return html`<span class="result muted">${label} …</span>`;
      case 'done':
        return html`<span class="result"><span class="muted">${label}</span> ${show(task.value)}</span>`;
      case 'failed':
        return html`<span class="result failed" title=${task.message}>${label} failed: ${task.message}</span>`;
    }
  }

  /** A second line under the buttons, only once something was tried. */
  #results(...parts: unknown[]) {
    return parts.every((p) => p === nothing) ? nothing : html`<div class="results">${parts}</div>`;
  }

  override render() {
    const { api, peer } = this;
    if (api === undefined || peer === undefined) return nothing;
    if (peer.link === 'connecting') return html`<span class="result muted">connecting…</span>`;
    if (peer.link === 'none') {
      return html`<div class="buttons">
          <button
            ?disabled=${this.connect.kind === 'pending'}
            @click=${() => void this.#run(() => api.connect(peer.id), (t) => (this.connect = t))}
          >
            connect
          </button>
        </div>
        ${this.connect.kind === 'failed' ? this.#results(this.#result('connect', this.connect, () => '')) : nothing}`;
    }
    return html`
      <div class="buttons">
        <button
          ?disabled=${this.ping.kind === 'pending'}
          @click=${() => void this.#run(() => api.ping(peer.id), (t) => (this.ping = t))}
        >
          ping
        </button>
        <button
          ?disabled=${this.measure.kind === 'pending'}
          @click=${() => void this.#run(() => api.measureThroughput(peer.id), (t) => (this.measure = t))}
        >
          ${this.measure.kind === 'pending' ? 'measuring…' : 'measure'}
        </button>
        <button title="Close the data channel to this peer" @click=${() => api.disconnect(peer.id)}>disconnect</button>
      </div>
      ${this.#results(
        this.#result('ping', this.ping, formatMs),
        this.#result('measured', this.measure, (r) => `↓ ${formatBps(r.downBps)} ↑ ${formatBps(r.upBps)}`),
      )}
    `;
  }
}

customElements.define('tm-peer-actions', TmPeerActions);

declare global {
  interface HTMLElementTagNameMap {
    'tm-peer-actions': TmPeerActions;
  }
}
