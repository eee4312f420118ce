/**
 * The pages of the app, in nav order. Adding a page is one entry here (plus the import of its
 * element). The first entry is the default page.
 */
import { html, type TemplateResult } from 'lit';
import type { TabmeshApi } from '../node/api.ts';
import './chain-explorer-page.ts';
import './chain-mine-page.ts';
import './chain-nodes-page.ts';
import './chain-trade-page.ts';
import './chain-users-page.ts';
import './dht-page.ts';
import './flow-page.ts';
import './gossip-page.ts';
import './network-page.ts';
import './node-page.ts';
import './outbox-page.ts';
import './peers-page.ts';
import './upload-page.ts';

export interface Route {
  /** Location hash without the '#'. */
  hash: string;
  label: string;
  render(api: TabmeshApi): TemplateResult;
}

export const ROUTES: readonly Route[] = [
  { hash: 'upload', label: 'Upload', render: (api) => html`<tm-upload-page .api=${api}></tm-upload-page>` },
  { hash: 'node', label: 'Node', render: (api) => html`<tm-node-page .api=${api}></tm-node-page>` },
  { hash: 'peers', label: 'Peers', render: (api) => html`<tm-peers-page .api=${api}></tm-peers-page>` },
  { hash: 'network', label: 'Network', render: (api) => html`<tm-network-page .api=${api}></tm-network-page>` },
  { hash: 'gossip', label: 'Gossip', render: (api) => html`<tm-gossip-page .api=${api}></tm-gossip-page>` },
  { hash: 'dht', label: 'DHT', render: (api) => html`<tm-dht-page .api=${api}></tm-dht-page>` },
  { hash: 'flow', label: 'Flow', render: (api) => html`<tm-flow-page .api=${api}></tm-flow-page>` },
  { hash: 'users', label: 'Users', render: (api) => html`<tm-chain-users-page .api=${api}></tm-chain-users-page>` },
  { hash: 'mine', label: 'Mine', render: (api) => html`<tm-chain-mine-page .api=${api}></tm-chain-mine-page>` },
  { hash: 'trade', label: 'Trade', render: (api) => html`<tm-chain-trade-page .api=${api}></tm-chain-trade-page>` },
  { hash: 'explorer', label: 'Explorer', render: (api) => html`<tm-chain-explorer-page .api=${api}></tm-chain-explorer-page>` },
  { hash: 'nodes', label: 'Nodes', render: (api) => html`<tm-chain-nodes-page .api=${api}></tm-chain-nodes-page>` },
  { hash: 'outbox', label: 'Outbox', render: () => html`<tm-outbox-page></tm-outbox-page>` },
];

/** The route for a location hash ('#peers', 'peers', ''); unknown hashes get the default page. */
export function routeFor(hash: string): Route | undefined {
  const name = hash.replace(/^#\/?/, '');
  return ROUTES.find((r) => r.hash === name) ?? ROUTES[0];
}
