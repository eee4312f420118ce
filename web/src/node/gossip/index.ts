/** The gossip layer: push-pull peer sampling and pub/sub with anti-entropy. */
export type { AnnounceOptions, GossipApi, Notification, Subscription, ViewEntry } from './api.ts';
export { attachGossip, type AttachGossipOptions } from './attach.ts';
export { createGossip } from './service.ts';
export {
  DROP_REASONS,
  GOSSIP_KINDS,
  gossipConfig,
  type DropReason,
  type GossipConfig,
  type GossipDeps,
  type GossipHandler,
  type GossipKind,
  type GossipLink,
  type GossipOptions,
  type GossipService,
  type GossipStats,
} from './types.ts';
