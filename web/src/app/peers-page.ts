/**
 * The Peers page: the relays this tab measured (the lowest-RTT one is in use), then this node's
 * peer table, sortable by any column, with per-row actions. Re-rendered on every node change and
 * on the 1 s clock tick.
 */
import { LitElement, css, html, nothing } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { LinkState, PeerRow, TabmeshApi } from '../node/api.ts';
import { ApiSubscription } from './api-subscription.ts';
import { ClockController } from './clock.ts';
import { formatAgo, formatBps, formatMs, shortId } from './format.ts';
import { PEER_COLUMNS, sortPeers, type PeerColumn, type SortDirection, type SortKey } from './peer-columns.ts';
import './peer-actions.ts';
import './relays-table.ts';
import { ROLE_COLORS } from './roles-palette.ts';
import { shared, tableStyles } from './styles.ts';

const LINK_CLASS: Readonly<Record<LinkState, string>> = { open: 'ok', connecting: 'warn', none: '' };

export class TmPeersPage extends LitElement {
  static override properties = {
    api: { attribute: false },
    sortKey: { state: true },
    sortDirection: { state: true },
  };

  static override styles = [
    shared,
    tableStyles,
    css`
      .summary {
        display: flex;
        flex-wrap: wrap;
        gap: 0.25rem 1rem;
        margin-bottom: 0.75rem;
      }
      th,
      td {
        height: 2.5rem;
      }
      tbody tr:hover {
        background: #f9fafc;
      }
      th {
        position: sticky;
        top: 0;
      }
      .num {
        text-align: right;
      }
      th button {
        all: unset;
        cursor: pointer;
        display: inline-flex;
        gap: 0.25rem;
      }
      th button:focus-visible {
        outline: 2px solid var(--tm-accent);
      }
      th[aria-sort] {
        color: var(--tm-text);
      }
      .arrow {
        width: 0.7rem;
        display: inline-block;
      }
      .link {
        display: inline-flex;
        align-items: center;
        gap: 0.35rem;
      }
      .role {
        background: color-mix(in srgb, var(--role) 15%, white);
        color: color-mix(in srgb, var(--role) 70%, black);
      }
      .hearsay {
        color: var(--tm-muted);
        font-style: italic;
      }
      .empty {
        text-align: center;
        padding: 3rem 1rem;
      }
    `,
  ];

  declare api: TabmeshApi | undefined;
  declare sortKey: SortKey;
  declare sortDirection: SortDirection;
  readonly #clock = new ClockController(this);

  constructor() {
    super();
    this.api = undefined;
    this.sortKey = 'link';
    this.sortDirection = 'asc';
    new ApiSubscription(this, () => this.api);
  }

  #sortBy(key: SortKey): void {
    if (this.sortKey === key) {
      this.sortDirection = this.sortDirection === 'asc' ? 'desc' : 'asc';
    } else {
      this.sortKey = key;
      this.sortDirection = 'asc';
    }
  }

  #header(column: PeerColumn) {
    const active = column.key === this.sortKey;
    const sort = active ? (this.sortDirection === 'asc' ? 'ascending' : 'descending') : undefined;
    return html`<th class=${column.numeric ? 'num' : ''} aria-sort=${sort ?? nothing} scope="col">
      <button @click=${() => this.#sortBy(column.key)} title=${`Sort by ${column.label.toLowerCase()}`}>
        ${column.label}<span class="arrow">${active ? (this.sortDirection === 'asc' ? '▲' : '▼') : ''}</span>
      </button>
    </th>`;
  }

  #row(peer: PeerRow) {
    const api = this.api;
    return html`<tr>
      <td><span class="mono" title=${peer.id}>${shortId(peer.id)}</span></td>
      <td>
        ${peer.roles.map((role) => html`<span class="role" style=${`--role: ${ROLE_COLORS[role]}`}>${role}</span>`)}
      </td>
      <td>
        <span class="link"><span class="dot ${LINK_CLASS[peer.link]}"></span>${peer.link}</span>
      </td>
      <td>
        <span
          class=${peer.source === 'hearsay' ? 'hearsay' : ''}
          title=${peer.via !== undefined ? `heard from ${peer.via}` : nothing}
          >${peer.source}${peer.via !== undefined ? html` <span class="mono">via ${shortId(peer.via)}</span>` : nothing}</span
        >
      </td>
      <td class="num">${formatMs(peer.latencyMs)}</td>
      <td class="num">${formatMs(peer.srttMs)}</td>
      <td class="num">${formatBps(peer.downBps)}</td>
      <td class="num">${formatBps(peer.upBps)}</td>
      <td class="num">${formatAgo(peer.lastSeen, this.#clock.now)}</td>
      <td><tm-peer-actions .api=${api} .peer=${peer}></tm-peer-actions></td>
    </tr>`;
  }

  override render() {
    if (this.api === undefined) return nothing;
    const relays = html`<tm-relays-table .rows=${this.api.relays()}></tm-relays-table>`;
    const peers = this.api.peers();
    if (peers.length === 0) {
      return html`${relays}<h2>Peers</h2><div class="card empty muted">No peers yet — open another tab.</div>`;
    }
    const count = (link: LinkState): number => peers.filter((p) => p.link === link).length;
    const rows = sortPeers(peers, this.sortKey, this.sortDirection);
    return html`
      ${relays}
      <h2>Peers</h2>
      <div class="summary muted">
        <span><strong>${peers.length}</strong> known peers</span>
        <span><span class="dot ok"></span> ${count('open')} open</span>
        <span><span class="dot warn"></span> ${count('connecting')} connecting</span>
        <span>${peers.filter((p) => p.source === 'hearsay').length} hearsay</span>
      </div>
      <div class="scroll">
        <table>
          <thead>
            <tr>
              ${PEER_COLUMNS.map((c) => this.#header(c))}
              <th scope="col">Actions</th>
            </tr>
          </thead>
          <tbody>
            ${repeat(rows, (p) => p.id, (p) => this.#row(p))}
          </tbody>
        </table>
      </div>
    `;
  }
}

customElements.define('tm-peers-page', TmPeersPage);

declare global {
  interface HTMLElementTagNameMap {
    'tm-peers-page': TmPeersPage;
  }
}
