/**
 * Photoblocks in a tab: a full node (every block validated, the chain and its images in
 * IndexedDB), images fetched from neighbours or the DHT, the recognition model loaded the first time the tab classifies (a block to verify or
 * an image to mine), and proof of work in a Web Worker started on the first mining.
 */
import { systemClock } from '../node/base/clock.ts';
import { ChainApp, type NodeView } from '../node/chain/app.ts';
import { Chain } from '../node/chain/chain.ts';
import { dhtChainImages } from '../node/chain/dht-chain-images.ts';
import { keptImages } from '../node/chain/kept-images.ts';
import { PeerImages } from '../node/chain/peer-images.ts';
import { MiningSession, type PowEngine } from '../node/chain/mining-session.ts';
import type { ImageClassifier } from '../node/chain/recognition.ts';
import { ChainService } from '../node/chain/service.ts';
import type { DhtNode } from '../node/dht/service.ts';
import type { GossipService } from '../node/gossip/index.ts';
import type { TabmeshNode } from '../node/node.ts';
import { idbChainStores } from './idb-chain-store.ts';

export interface TabChain {
  service: ChainService;
  app: ChainApp;
  /** Resolves once the stored chain is read back. */
  loaded: Promise<number>;
}

/** The model is fetched on first use, never with the page. */
function lazyClassifier(): ImageClassifier {
  let loading: Promise<ImageClassifier> | undefined;
  return {
    id: 'centernet-coco80@wasm',
    async classify(image) {
      loading ??= import('./image-classifier.ts').then((m) => m.createTabImageClassifier());
      loading.catch(() => (loading = undefined));
      return (await loading).classify(image);
    },
  };
}

/** The Web Worker starts with the first block this tab mines. */
function lazyPowEngine(): PowEngine {
  let client: Promise<import('./mining-client.ts').MiningClient> | undefined;
  const get = () => (client ??= import('./mining-client.ts').then((m) => new m.MiningClient()));
  const listeners = new Set<(progress: { hashes: number; hashRate: number }) => void>();
  return {
    start: async (job, signal) => {
      const c = await get();
      const stop = c.onProgress((p) => listeners.forEach((l) => l(p)));
      return c.start(job, signal).finally(stop);
    },
    cancel: () => void client?.then((c) => c.cancel()),
    onProgress: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

export function createTabChain(parts: { node: TabmeshNode; gossip: GossipService; dht: DhtNode }): TabChain {
  const stores = idbChainStores(parts.node.id);
  const classifier = lazyClassifier();
  // Images: this tab's own (kept once their block is accepted), else neighbours that keep them,
  // else the DHT.
  const peerImages = new PeerImages();
  const images = keptImages(stores.images, peerImages.behind(dhtChainImages(parts.dht, systemClock)));
  const chain = new Chain({ classifier, images, store: stores.blocks, clock: systemClock });
  const service = new ChainService({ chain, gossip: parts.gossip, images, peerImages });
  const session = new MiningSession(service, lazyPowEngine(), classifier);
  // Every node the peer table or chain presence knows: roles from both, height from the
  // neighbour's last tip or its last presence announcement.
  const nodes = (): NodeView[] => {
    const now = systemClock.now();
    const byId = new Map<string, NodeView>();
    byId.set(parts.node.id, { id: parts.node.id, roles: [...new Set([...parts.node.roles(), ...service.roles()])], linked: false, height: chain.tip().height });
    for (const p of parts.node.peers()) byId.set(p.id, { id: p.id, roles: [...p.roles], linked: p.link === 'open', height: undefined });
    for (const [id, presence] of service.presence.all(now)) {
      const row = byId.get(id) ?? { id, roles: [], linked: false, height: undefined };
      byId.set(id, { ...row, roles: [...new Set([...row.roles, ...presence.roles])], height: presence.height });
    }
    for (const row of byId.values()) row.height = service.peerTip(row.id)?.height ?? row.height;
    return [...byId.values()];
  };
  const app = new ChainApp({ service, session, keys: stores.keys, nodes });
  return { service, app, loaded: chain.load() };
}
