/** The keys this node holds (`dht.records()`), in ring order: size, kind, owner, expiry, replicas. */
import { LitElement, css, html, nothing } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { LocalRecord } from '../node/dht/api.ts';
import './copy-button.ts';
import { expiresIn } from './dht-format.ts';
import { dhtPalette } from './dht-palette.ts';
import { formatBytes, shortId } from './format.ts';
import { shared, tableStyles } from './styles.ts';

/** Rows drawn at most: a large file is many chunk records, and the table re-renders every second. */
const MAX_ROWS = 200;

export class TmDhtRecords extends LitElement {
  static override properties = {
    records: { attribute: false },
    now: { attribute: false },
  };

  static override styles = [
    shared,
    tableStyles,
    dhtPalette,
    css`
      .num {
        text-align: right;
      }
      .empty {
        padding: 0.75rem 1rem;
      }
      .note {
        font-size: 0.85rem;
        margin-top: 0.4rem;
      }
      .replicas {
        white-space: normal;
      }
      .primary {
        color: var(--dht-primary);
      }
      .replica {
        color: var(--dht-replica);
      }
    `,
  ];

  declare records: LocalRecord[];
  /** Epoch ms of the page's render: "expires in" counts from it. */
  declare now: number;

  constructor() {
    super();
    this.records = [];
    this.now = 0;
  }

  #row(record: LocalRecord) {
    return html`<tr>
      <td><tm-copy .value=${record.key} .label=${shortId(record.key)}></tm-copy></td>
      <td class="num">${formatBytes(record.bytes)}</td>
      <td>${record.kind}</td>
      <td>${record.owner === undefined ? html`<span class="muted">—</span>` : html`<span class="mono" title=${record.owner}>${shortId(record.owner)}</span>`}</td>
      <td>${expiresIn(record.expiresAt, this.now)}</td>
      <td><span class="badge ${record.primary ? 'primary' : 'replica'}">${record.primary ? 'primary' : 'replica'}</span></td>
      <td class="replicas">
        ${record.replicas.length === 0
          ? html`<span class="muted">${record.primary ? 'none yet' : '—'}</span>`
          : record.replicas.map((id, i) => html`${i > 0 ? ' ' : nothing}<span class="mono" title=${id}>${shortId(id)}</span>`)}
      </td>
    </tr>`;
  }

  override render() {
    if (this.records.length === 0) return html`<div class="card empty muted">No keys held here yet.</div>`;
    const rows = [...this.records].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)).slice(0, MAX_ROWS);
    return html`<div class="scroll">
        <table>
          <thead>
            <tr>
              <th>key</th>
              <th class="num">size</th>
              <th>kind</th>
              <th>owner</th>
              <th>expires</th>
              <th>held as</th>
              <th>replicas pushed to</th>
            </tr>
          </thead>
          <tbody>
            ${repeat(
              rows,
              (r) => r.key,
              (r) => this.#row(r),
            )}
          </tbody>
        </table>
      </div>
      ${this.records.length > MAX_ROWS ? html`<div class="note muted">Showing the first ${MAX_ROWS} of ${this.records.length} keys in ring order.</div>` : nothing}`;
  }
}

customElements.define('tm-dht-records', TmDhtRecords);

declare global {
  interface HTMLElementTagNameMap {
    'tm-dht-records': TmDhtRecords;
  }
}
