/**
 * A Photoblocks network in one process: nodes running gossip and the chain service on the
 * ServiceSim, images in one shared store (the DHT's part), the test's fake classifier, and miners
 * that mine on their own tip at the target pace of virtual time.
 */
import type { PeerId } from '../../web/src/node/base/peer-id.ts';
import { makeBlock } from '../../web/src/node/chain/block.ts';
import { Chain } from '../../web/src/node/chain/chain.ts';
import { GENESIS_HEADER } from '../../web/src/node/chain/genesis.ts';
import { ChainService } from '../../web/src/node/chain/service.ts';
import { memoryChainStore, type ChainImages } from '../../web/src/node/chain/storage.ts';
import { TabmeshError } from '../../web/src/node/base/errors.ts';
import { imageKeyOf } from '../../web/src/node/chain/image-check.ts';
import { keptImages } from '../../web/src/node/chain/kept-images.ts';
import { PeerImages } from '../../web/src/node/chain/peer-images.ts';
import { createGossip } from '../../web/src/node/gossip/index.ts';
import { fakeClassifier, fakeImage, memoryImages, solve } from '../support/chain-fixtures.ts';
import { simSigner, simVerify } from '../support/sim-signer.ts';
import { ServiceSim, type ServiceSimNode } from './service-sim.ts';

export interface ChainNet {
  sim: ServiceSim;
  nodes: ServiceSimNode[];
  images: ReturnType<typeof memoryImages>;
  service(node: ServiceSimNode): ChainService;
  /** `node` mines one block on its tip, paying `miner`, and publishes it. */
  mine(node: ServiceSimNode, miner: string, label?: string): Promise<string>;
}

export interface ChainNetOptions {
  nodes: number;
  seed?: number;
  degree?: number;
  /**
   * No shared store (no DHT): each node keeps the images of the blocks it accepted and fetches
   * others' from its neighbours (peer-images.ts).
   */
  imagesFromPeersOnly?: boolean;
}

/** A DHT that has lost every image: publishing works, reading never does. */
const emptyDht: ChainImages = {
  put: (bytes) => Promise.resolve(imageKeyOf(bytes)),
  get: () => Promise.reject(new TabmeshError('not-found', 'the DHT copies expired')),
};

export async function chainNet(options: ChainNetOptions): Promise<ChainNet> {
  // The clock starts a day after genesis: block times must not be ahead of it.
  const sim = new ServiceSim({ seed: options.seed ?? 11, encode: true, timersPerTurn: 256, startMs: GENESIS_HEADER.timestamp + 86_400_000 });
  const images = memoryImages();
  const services = new Map<PeerId, ChainService>();
  const nodes: ServiceSimNode[] = [];
  for (let i = 0; i < options.nodes; i++) {
    nodes.push(
      await sim.add((id) => {
        const gossip = createGossip({ signer: simSigner(id), verify: simVerify });
        const peerImages = new PeerImages();
        const own = new Map<string, Uint8Array>();
        const nodeImages = options.imagesFromPeersOnly
          ? keptImages({ read: (key) => Promise.resolve(own.get(key)), write: (key, bytes) => Promise.resolve(void own.set(key, bytes)) }, peerImages.behind(emptyDht))
          : images;
        const chain = new Chain({ classifier: fakeClassifier, images: nodeImages, store: memoryChainStore(), clock: sim.clock });
        const service = new ChainService({ chain, gossip, images: nodeImages, peerImages });
        services.set(id, service);
        return [gossip, service];
      }),
    );
  }
  sim.randomGraph(options.degree ?? 3);
  const service = (node: ServiceSimNode): ChainService => services.get(node.id)!;
  let imageCount = 0;
  return {
    sim,
    nodes,
    images,
    service,
    async mine(node, miner, label = 'cat') {
      const s = service(node);
      const tip = s.chain.tip();
      const image = fakeImage(label, ++imageCount);
      const prevLabel = tip.height === 0 ? 'The Void' : [...tip.accepted][0]!;
      const { header, transfers } = s.chain.template({ miner, label, prevLabel, image });
      const block = makeBlock(solve(header), transfers);
      const r = await sim.settle(s.publishBlock(block, image));
      if (!r.ok) throw new Error(`mining on ${node.index}: ${r.error.code} ${r.error.message}`);
      return block.hash;
    },
  };
}
