/**
 * attachGossip: runs the gossip service on a TabmeshNode — its open links are the neighbours, its
 * app-message hook carries the gossip kinds, and the view becomes a source of peers to dial.
 */
import { systemClock, type Clock, type Random } from '../base/clock.ts';
import type { TabmeshNode } from '../node.ts';
import type { AnnounceOptions, Notification, Subscription, ViewEntry } from './api.ts';
import { createGossip } from './service.ts';
import type { GossipOptions, GossipService, GossipStats } from './types.ts';

export interface AttachGossipOptions extends GossipOptions {
  /** The node's own clock and randomness (TabmeshNode keeps them private); the system's by default. */
  clock?: Clock;
  random?: Random;
}

/** Started at once; stop() also withdraws the view from the node's dial candidates. */
export function attachGossip(node: TabmeshNode, options: AttachGossipOptions = {}): GossipService {
  const { clock = systemClock, random = Math.random, ...gossipOptions } = options;
  const service = createGossip({
    selfId: node.id,
    clock,
    random,
    neighbours: () => node.manager.links().map((link) => link.remoteId),
    send: (id, msg) => node.send(id, msg),
    handle: (kind, handler) => node.handle(kind, handler),
    options: gossipOptions,
  });
  let removeSource: (() => void) | undefined;
  const attached: GossipService = {
    start: () => {
      service.start();
      removeSource ??= node.addCandidateSource(() => service.view().map((entry) => entry.id));
    },
    stop: () => {
      service.stop();
      removeSource?.();
      removeSource = undefined;
    },
    stats: (): GossipStats => service.stats(),
    subscribe: (dataType: number, listener: (n: Notification) => void): Subscription => service.subscribe(dataType, listener),
    announce: (ttl: number, dataType: number, data: Uint8Array, opts?: AnnounceOptions): string => service.announce(ttl, dataType, data, opts),
    validate: (notificationId: number, valid: boolean): void => service.validate(notificationId, valid),
    view: (): ViewEntry[] => service.view(),
  };
  attached.start();
  return attached;
}
