import type { TabmeshApi } from '../node/api.ts';
import type { GossipStats } from '../node/gossip/index.ts';
import type { MeshSignalStats } from '../node/mesh-signal/channel.ts';
import type { SignalRouterStats } from '../node/signaling/signal-router.ts';
import type { BrowserNode } from './browser-node.ts';
import type { PartitionHook } from './partition-hook.ts';

/** A read-only snapshot of the tab's internals, for tests and the curious. */
export interface DebugInfo {
  /** Incoming signals the connector refused, by code. */
  rejectedSignals: Record<string, number>;
  signalingError: string | undefined;
  /** Signals this tab sent, by way (server or mesh) and kind. */
  signals: SignalRouterStats;
  /** What the mesh signaling channel did: originated, forwarded, delivered, dropped. */
  meshSignals: MeshSignalStats;
  gossip: GossipStats;
}

/**
 * `window.tabmesh`: the documented API (the same object the UI uses) plus a read-only `debug`
 * view for tests and the curious.
 */
export interface WindowTabmesh extends TabmeshApi {
  readonly id: string;
  debug(): DebugInfo;
  /** Test hooks, present with `?testHooks=1` only. */
  readonly testing?: { readonly partition: PartitionHook };
}

function asBytes(value: Uint8Array | string): Uint8Array {
  return typeof value === 'string' ? new TextEncoder().encode(value) : value;
}

/** A copy, so a caller cannot change the live counters. */
function snapshot<T>(value: T): T {
  return structuredClone(value);
}

export function publicApi({ node, signaling, connector, router, mesh, gossip, dht, mail, jobs, chain, wallet, relays, onRelaysChange, partition }: BrowserNode): WindowTabmesh {
  return {
    id: node.id,
    status: () => node.status(),
    peers: () => node.peers(),
    graph: () => node.graph(),
    connect: (id) => node.connect(id),
    disconnect: (id) => node.disconnect(id),
    ping: (id) => node.ping(id),
    measureThroughput: (id, options) => node.measureThroughput(id, options),
    roles: () => node.roles(),
    setRoles: (roles) => node.setRoles(roles),
    // The node's own changes and the tab's relay measurements: the UI re-renders on either.
    subscribe: (listener) => {
      const unsubscribeNode = node.subscribe(listener);
      const unsubscribeRelays = onRelaysChange(listener);
      return () => {
        unsubscribeNode();
        unsubscribeRelays();
      };
    },
    relays: () => relays(),
    sendMail: (request) => mail.send(request),
    // The API only: the service's start/stop stay with the host.
    gossip: {
      subscribe: (dataType, listener) => gossip.subscribe(dataType, listener),
      announce: (ttl, dataType, data, options) => gossip.announce(ttl, dataType, data, options),
      validate: (notificationId, valid) => gossip.validate(notificationId, valid),
      view: () => gossip.view(),
    },
    // The API only: start/stop stay with the host. Console users may pass text for values.
    dht: {
      put: (key, value, options) => dht.put(key, asBytes(value), options),
      get: (key, options) => dht.get(key, options),
      putContent: (bytes, options) => dht.putContent(asBytes(bytes), options),
      getContent: (key, options) => dht.getContent(key, options),
      lookup: (key, options) => dht.lookup(key, options),
      keyOf: (name) => dht.keyOf(name),
      ring: () => dht.ring(),
      records: () => dht.records(),
      stats: () => dht.stats(),
    },
    // The API only: the service's start/stop stay with the host.
    jobs: {
      terms: () => jobs.terms(),
      prepare: (request, options) => jobs.prepare(request, options),
      imageStored: (id) => jobs.imageStored(id),
      submit: (id, txHash) => jobs.submit(id, txHash),
      cancel: (id) => jobs.cancel(id),
      status: (id) => jobs.status(id),
      get: (id) => jobs.get(id),
      list: () => jobs.list(),
      presence: () => jobs.presence(),
      onFlow: (listener) => jobs.onFlow(listener),
      brokerJobs: () => jobs.brokerJobs(),
    },
    chain: chain.app,
    wallet,
    ...(partition && { testing: { partition } }),
    debug: () => ({
      rejectedSignals: Object.fromEntries(connector.rejected),
      signalingError: signaling.lastError,
      signals: snapshot(router.stats),
      meshSignals: snapshot(mesh.stats),
      gossip: snapshot(gossip.stats()),
    }),
  };
}
