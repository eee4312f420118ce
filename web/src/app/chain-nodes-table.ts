/**
 * Every node known, one row each: short id, roles as badges, whether this node has a link to it,
 * and its chain height as it last said (— when unknown). Sortable by height; unknown heights
 * stay last either way.
 */
import { LitElement, css, html } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { NodeView } from '../node/chain/app.ts';
import { isRole } from '../node/peers/roles.ts';
import './copy-button.ts';
import { shortId, UNKNOWN } from './format.ts';
import { NO_ROLE_COLOR, ROLE_COLORS } from './roles-palette.ts';
import { shared, tableStyles } from './styles.ts';

/** Chain roles that are not mesh roles (presence.ts's CHAIN_ROLES beyond ROLES). */
const CHAIN_ONLY_COLORS: Readonly<Record<string, string>> = { head: '#5b3cc4' };

export interface NodeRow extends NodeView {
  self: boolean;
}

export type HeightOrder = 'desc' | 'asc';

function roleColor(role: string): string {
  return isRole(role) ? ROLE_COLORS[role] : (CHAIN_ONLY_COLORS[role] ?? NO_ROLE_COLOR);
}

/** Rows by height in `order`, unknown heights last, ties by id. */
export function sortNodes(rows: readonly NodeRow[], order: HeightOrder): NodeRow[] {
  const sign = order === 'desc' ? -1 : 1;
  return [...rows].sort((a, b) => {
    if (a.height === undefined || b.height === undefined) {
      if (a.height !== b.height) return a.height === undefined ? 1 : -1;
    } else if (a.height !== b.height) {
      return sign * (a.height - b.height);
    }
    return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
  });
}

export class TmChainNodesTable extends LitElement {
  static override properties = {
    rows: { attribute: false },
    order: { state: true },
  };

  static override styles = [
    shared,
    tableStyles,
    css`
      .num {
        text-align: right;
      }
      th button {
        border: none;
        background: none;
        padding: 0;
        font: inherit;
        color: inherit;
      }
      .roles {
        display: flex;
        gap: 0.25rem;
        flex-wrap: wrap;
        white-space: normal;
      }
      .empty {
        padding: 0.75rem 1rem;
      }
    `,
  ];

  declare rows: readonly NodeRow[];
  declare order: HeightOrder;

  constructor() {
    super();
    this.rows = [];
    this.order = 'desc';
  }

  #row(n: NodeRow) {
    return html`<tr data-node=${n.id} data-height=${n.height ?? ''}>
      <td><tm-copy .value=${n.id} .label=${shortId(n.id)}></tm-copy>${n.self ? html` <span class="muted">this tab</span>` : ''}</td>
      <td>
        <span class="roles">${n.roles.length === 0 ? html`<span class="muted">none</span>` : n.roles.map((r) => html`<span class="badge" style=${`color:${roleColor(r)}`}>${r}</span>`)}</span>
      </td>
      <td>${n.self ? html`<span class="muted">—</span>` : n.linked ? html`<span class="badge ok">linked</span>` : html`<span class="muted">known</span>`}</td>
      <td class="num" data-field="height">${n.height ?? UNKNOWN}</td>
    </tr>`;
  }

  override render() {
    if (this.rows.length === 0) return html`<div class="card empty muted">No node known yet.</div>`;
    const arrow = this.order === 'desc' ? '▼' : '▲';
    return html`<div class="scroll">
      <table>
        <thead>
          <tr>
            <th>node</th>
            <th>roles</th>
            <th>link</th>
            <th class="num" aria-sort=${this.order === 'desc' ? 'descending' : 'ascending'}>
              <button data-action="sort-height" title="Sort by chain height" @click=${() => (this.order = this.order === 'desc' ? 'asc' : 'desc')}>chain height ${arrow}</button>
            </th>
          </tr>
        </thead>
        <tbody>
          ${repeat(
            sortNodes(this.rows, this.order),
            (n) => n.id,
            (n) => this.#row(n),
          )}
        </tbody>
      </table>
    </div>`;
  }
}

customElements.define('tm-chain-nodes-table', TmChainNodesTable);

declare global {
  interface HTMLElementTagNameMap {
    'tm-chain-nodes-table': TmChainNodesTable;
  }
}
