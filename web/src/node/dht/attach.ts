/**
 * attachDht: runs the Chord DHT on a TabmeshNode — its open links are the routing table's
 * reach, ring neighbours and fingers are dialed through the node's connection manager, and
 * records are signed with the node's identity.
 */
import { systemClock, type Clock, type Random } from '../base/clock.ts';
import type { Identity } from '../peers/identity.ts';
import type { TabmeshNode } from '../node.ts';
import { DHT_INBOUND_DEGREE } from './constants.ts';
import { createDht, type DhtNode } from './service.ts';
import { identitySigner, verifyWithIdentity } from './signing.ts';
import { memoryDhtStorage } from './store.ts';
import type { DhtOptions, DhtStorage } from './types.ts';

export interface AttachDhtOptions extends DhtOptions {
  identity: Identity;
  /** Memory by default; IndexedDB in tabs, disk on the relay. */
  storage?: DhtStorage;
  clock?: Clock;
  random?: Random;
}

/** Loads saved records, then starts; stop() leaves the ring gracefully. */
export async function attachDht(node: TabmeshNode, options: AttachDhtOptions): Promise<DhtNode> {
  const { identity, storage = memoryDhtStorage(), clock = systemClock, random = Math.random, ...dhtOptions } = options;
  node.manager.allowInbound(DHT_INBOUND_DEGREE);
  const dht = createDht(
    {
      selfId: node.id,
      clock,
      random,
      links: () => node.manager.links().map((link) => link.remoteId),
      send: (id, msg) => node.send(id, msg),
      connect: async (id, signal) => void (await node.manager.connect(id, signal)),
      disconnect: (id) => {
        // Below the mesh's target degree the link is still worth keeping for gossip.
        if (node.manager.degree > node.manager.targetDegree) node.disconnect(id);
      },
      handle: (kind, handler) => node.handle(kind, handler),
      storage,
      signer: identitySigner(identity),
      verify: verifyWithIdentity,
      options: dhtOptions,
    },
    () => node.notifyChanged(),
  );
  await dht.load().catch(() => 0);
  dht.start();
  return dht;
}
