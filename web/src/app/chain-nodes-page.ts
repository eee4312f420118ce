/**
 * The Nodes page, seed 001's "scanner" as a network map: the mesh this node knows drawn by
 * tm-network-map, and below it every known node with its roles and chain height — this tab,
 * the peers the chain service hears from (`chain.nodes()`), and nodes only neighbours reported.
 */
import { LitElement, css, html } from 'lit';
import type { TabmeshApi } from '../node/api.ts';
import type { ChainApi } from '../node/chain/app.ts';
import { ApiSubscription } from './api-subscription.ts';
import { chainOf } from './chain-format.ts';
import './chain-nodes-table.ts';
import type { NodeRow } from './chain-nodes-table.ts';
import { ChainSubscription } from './chain-subscription.ts';
import './network-map.ts';
import { shared } from './styles.ts';

/** Every node known: this tab first, then the chain's view of peers, then the rest of the graph. */
export function nodeRows(api: TabmeshApi, chain: ChainApi): NodeRow[] {
  const status = api.status();
  // Every node running the chain service is a full node.
  const rows = new Map<string, NodeRow>([[status.id, { id: status.id, roles: [...new Set([...status.roles, 'full'])], linked: false, height: chain.head().height, self: true }]]);
  for (const n of chain.nodes()) if (!rows.has(n.id)) rows.set(n.id, { ...n, self: false });
  for (const n of api.graph().nodes) if (!rows.has(n.id)) rows.set(n.id, { id: n.id, roles: [...n.roles], linked: false, height: undefined, self: false });
  return [...rows.values()];
}

export class TmChainNodesPage extends LitElement {
  static override properties = {
    api: { attribute: false },
  };

  static override styles = [
    shared,
    css`
      section {
        margin-bottom: 1rem;
      }
      p {
        margin: -0.4rem 0 0.75rem;
        font-size: 0.85rem;
      }
    `,
  ];

  declare api: TabmeshApi | undefined;

  constructor() {
    super();
    this.api = undefined;
    new ApiSubscription(this, () => this.api);
    new ChainSubscription(this, () => chainOf(this.api));
  }

  override render() {
    const api = this.api;
    const chain = chainOf(api);
    if (!api || !chain) return html`<div class="card muted">Photoblocks is not running on this node.</div>`;
    const rows = nodeRows(api, chain);
    return html`
      <section class="card">
        <h2>Nodes</h2>
        <p class="muted">The mesh as this node knows it: its own links and those its neighbours reported, coloured by role. Hover a node for details.</p>
        <tm-network-map .graph=${api.graph()}></tm-network-map>
      </section>
      <section>
        <h2>Known nodes (${rows.length})</h2>
        <tm-chain-nodes-table .rows=${rows}></tm-chain-nodes-table>
      </section>
    `;
  }
}

customElements.define('tm-chain-nodes-page', TmChainNodesPage);

declare global {
  interface HTMLElementTagNameMap {
    'tm-chain-nodes-page': TmChainNodesPage;
  }
}
