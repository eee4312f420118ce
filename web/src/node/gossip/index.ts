/** The gossip layer: push-pull peer sampling and pub/sub with anti-entropy. */
export type { AnnounceOptions, GossipApi, Notification, Subscription, ViewEntry } from './api.ts';
export { GOSSIP_MESSAGES, type GossipKind, type GossipMessage, type GossipMessageOf } from './messages.ts';
export { createGossip } from './service.ts';
export {
  DROP_REASONS,
  gossipConfig,
  type DropReason,
  type GossipConfig,
  type GossipDeps,
  type GossipOptions,
  type GossipService,
  type GossipStats,
} from './types.ts';
