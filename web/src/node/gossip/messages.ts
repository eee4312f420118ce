/** The gossip layer's messages: push-pull peer sampling, rumours and anti-entropy digests. */
import { FRAME_HEADER_BYTES, MAX_FRAME_BYTES } from '../wire/frame.ts';
import { MESSAGE_TYPE, PEER_ID_BYTES } from '../wire/constants.ts';
import { defineRegistry, type RegistryMessage } from '../wire/registry.ts';
import { bytes, defineMessage, list, peerId, rest, struct, u16, u32, u8 } from '../wire/schema.ts';

/** A rumour's id: 16 random bytes, so ids of different origins never collide in practice. */
export const RUMOR_ID_BYTES = 16;
/** Descriptors per push / response: the partial view is smaller than this. */
export const MAX_VIEW_ENTRIES = 64;
/** Ids per ihave / iwant digest. */
export const MAX_DIGEST_IDS = 512;
/** The origin's secp256k1 signature over the rumour (signing.ts): r ‖ s ‖ v. */
export const RUMOR_SIGNATURE_BYTES = 65;
/** rumor carries id, origin, ttl, hops, dataType and the origin's signature besides the header. */
export const RUMOR_OVERHEAD_BYTES = FRAME_HEADER_BYTES + RUMOR_ID_BYTES + PEER_ID_BYTES + 1 + 1 + 2 + RUMOR_SIGNATURE_BYTES;
export const MAX_RUMOR_DATA_BYTES = MAX_FRAME_BYTES - RUMOR_OVERHEAD_BYTES;

export const viewEntry = struct([
  ['id', peerId],
  /** Gossip rounds since the descriptor's node was last heard from directly. */
  ['age', u16],
]);

/** Push-pull peer sampling: the initiator's sample of its view (itself at age 0 included). */
export const gossipPush = defineMessage({
  type: MESSAGE_TYPE.gossipPush,
  name: 'gossipPush',
  fields: [['entries', list(viewEntry, MAX_VIEW_ENTRIES)]],
});

/** Asks for the receiver's view sample; answered by gossipResponse. `nonce` pairs them. */
export const gossipPull = defineMessage({ type: MESSAGE_TYPE.gossipPull, name: 'gossipPull', fields: [['nonce', u32]] });

export const gossipResponse = defineMessage({
  type: MESSAGE_TYPE.gossipResponse,
  name: 'gossipResponse',
  fields: [['nonce', u32], ['entries', list(viewEntry, MAX_VIEW_ENTRIES)]],
});

/**
 * A pub/sub message. ttl 0 = unlimited hops; hops counts the links it has crossed (the one field
 * hops change, so the only one the origin's signature does not cover).
 */
export const rumor = defineMessage({
  type: MESSAGE_TYPE.rumor,
  name: 'rumor',
  fields: [
    ['id', bytes(RUMOR_ID_BYTES)],
    ['origin', peerId],
    ['ttl', u8],
    ['hops', u8],
    ['dataType', u16],
    ['signature', bytes(RUMOR_SIGNATURE_BYTES)],
    ['data', rest(MAX_RUMOR_DATA_BYTES)],
  ],
});

/** Anti-entropy: ids of recent rumours the sender holds (validated ones only). */
export const ihave = defineMessage({ type: MESSAGE_TYPE.ihave, name: 'ihave', fields: [['ids', list(bytes(RUMOR_ID_BYTES), MAX_DIGEST_IDS)]] });

/** Asks for the rumours with these ids; answered by rumor messages. */
export const iwant = defineMessage({ type: MESSAGE_TYPE.iwant, name: 'iwant', fields: [['ids', list(bytes(RUMOR_ID_BYTES), MAX_DIGEST_IDS)]] });

export const GOSSIP_MESSAGES = defineRegistry('gossip', { gossipPush, gossipPull, gossipResponse, rumor, ihave, iwant });
export type GossipMessage = RegistryMessage<typeof GOSSIP_MESSAGES>;
export type GossipKind = GossipMessage['kind'];
export type GossipMessageOf<K extends GossipKind> = Extract<GossipMessage, { kind: K }>;
