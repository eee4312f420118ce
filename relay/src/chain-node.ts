/**
 * The relay as a full node and seed of the Photoblocks chain: the chain service on its mesh peer
 * (after gossip and the DHT), every accepted block in an append-only file under DATA_DIR/chain and
 * its image beside it (served over HTTP, read from there before the DHT), the verifier's
 * classifier loaded on the first block to check.
 *
 * A store failure (a full disk) is logged, not thrown: the block stays accepted in memory, and
 * after a restart sync fetches what the file misses.
 */
import { join } from 'node:path';
import type { Clock } from '../../web/src/node/base/clock.ts';
import { Chain } from '../../web/src/node/chain/chain.ts';
import { dhtChainImages } from '../../web/src/node/chain/dht-chain-images.ts';
import { PeerImages } from '../../web/src/node/chain/peer-images.ts';
import type { ImageClassifier } from '../../web/src/node/chain/recognition.ts';
import { ChainService } from '../../web/src/node/chain/service.ts';
import type { ChainStore } from '../../web/src/node/chain/storage.ts';
import type { DhtApi } from '../../web/src/node/dht/api.ts';
import type { GossipApi } from '../../web/src/node/gossip/api.ts';
import { diskChainImages, type DiskChainImages } from '../../web/src/host-node/disk-chain-images.ts';
import { diskChainStore } from '../../web/src/host-node/disk-chain-store.ts';
import { lazyNodeClassifier } from '../../web/src/host-node/lazy-classifier.ts';
import type { Logger } from '../../web/src/host-node/process-lifecycle.ts';

/** The chain's blocks (blocks.log) and images (images/), under DATA_DIR. */
export const CHAIN_STATE_DIR = 'chain';
/** Store failures are logged at most this often (a full disk would otherwise log every block). */
const STORE_WARN_INTERVAL_MS = 60_000;

export interface RelayChainOptions {
  dataDir: string;
  gossip: GossipApi;
  dht: Pick<DhtApi, 'putContent' | 'getContent'>;
  clock: Clock;
  logger: Logger;
  /** Tests pass a fake; the relay loads CenterNet on the first block to check. */
  classifier?: ImageClassifier;
}

export interface RelayChain {
  readonly chain: Chain;
  readonly service: ChainService;
  readonly images: DiskChainImages;
  /** Blocks loaded from disk at start. */
  readonly loaded: number;
  /** Blocks validated and stored since start (on the followed chain or a side branch). */
  blocksAccepted(): number;
  /** Closes the block file and frees the model. */
  close(): Promise<void>;
}

/** Builds the chain and loads what the disk holds; the service is the caller's to run. */
export async function createRelayChain(o: RelayChainOptions): Promise<RelayChain> {
  const dir = join(o.dataDir, CHAIN_STATE_DIR);
  const store = diskChainStore(dir, { logger: o.logger });
  const peerImages = new PeerImages();
  const images = diskChainImages(join(dir, 'images'), peerImages.behind(dhtChainImages(o.dht, o.clock)), { logger: o.logger });
  const classifier = o.classifier ?? lazyNodeClassifier();
  let accepted = 0;
  let lastWarned = -Infinity;
  const warn = (what: string, error: unknown): void => {
    if (o.clock.now() - lastWarned < STORE_WARN_INTERVAL_MS) return;
    lastWarned = o.clock.now();
    o.logger.warn(`chain: ${what} failed (further failures within a minute not logged)`, error);
  };
  const keeping: ChainStore = {
    load: () => store.load(),
    async save(stored) {
      accepted++;
      await store.save(stored).catch((error: unknown) => warn(`storing block ${stored.block.header.height}`, error));
    },
  };
  const chain = new Chain({ classifier, images, store: keeping, clock: o.clock });
  const loaded = await chain.load();
  const service = new ChainService({ chain, gossip: o.gossip, images, peerImages, roles: { seed: true } });
  return {
    chain,
    service,
    images,
    loaded,
    blocksAccepted: () => accepted,
    async close() {
      await store.close();
      if ('dispose' in classifier && typeof classifier.dispose === 'function') classifier.dispose();
    },
  };
}
