/** The Network page: the nodes and links this node knows, drawn by tm-network-map. */
import { LitElement, css, html, nothing } from 'lit';
import type { TabmeshApi } from '../node/api.ts';
import { ApiSubscription } from './api-subscription.ts';
import './network-map.ts';
import { shared } from './styles.ts';

export class TmNetworkPage extends LitElement {
  static override properties = {
    api: { attribute: false },
  };

  static override styles = [
    shared,
    css`
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
  }

  override render() {
    if (this.api === undefined) return nothing;
    return html`<section class="card">
      <h2>Network</h2>
      <p class="muted">This node's links and the links its neighbours reported. Hover a node for details.</p>
      <tm-network-map .graph=${this.api.graph()}></tm-network-map>
    </section>`;
  }
}

customElements.define('tm-network-page', TmNetworkPage);

declare global {
  interface HTMLElementTagNameMap {
    'tm-network-page': TmNetworkPage;
  }
}
