/**
 * The request handlers, dispatched by method through one table: Binding (no credentials),
 * Allocate, Refresh, CreatePermission and ChannelBind (long-term credentials, RFC 8656 §7–§12).
 */
import type { Allocation } from './allocations.ts';
import { handleAllocate } from './allocate.ts';
import { isChannelNumber } from './channel-data.ts';
import { ATTR, ERROR, METHOD } from './constants.ts';
import {
  failure,
  success,
  type AuthenticatedRequest,
  type Reply,
  type RequestContext,
  type ServerContext,
} from './context.ts';
import { canonicalIp, type TransportAddress } from './ip-address.ts';
import { grantedLifetime, requestedLifetime } from './lifetime.ts';
import {
  attribute,
  decodeChannelNumber,
  decodeRequestedFamily,
  decodeXorAddress,
  encodeU32,
  encodeXorAddress,
} from './stun-attributes.ts';
import { findAttribute, type StunMessage } from './stun-message.ts';

export type RequestHandler =
  | { readonly authenticated: false; run(ctx: ServerContext, request: RequestContext): Reply }
  | { readonly authenticated: true; run(ctx: ServerContext, request: AuthenticatedRequest): Reply | Promise<Reply> };

type RequestMethod = Exclude<keyof typeof METHOD, 'send' | 'data'>;

const HANDLERS: Readonly<Record<RequestMethod, RequestHandler>> = {
  binding: { authenticated: false, run: handleBinding },
  allocate: { authenticated: true, run: handleAllocate },
  refresh: { authenticated: true, run: handleRefresh },
  createPermission: { authenticated: true, run: handleCreatePermission },
  channelBind: { authenticated: true, run: handleChannelBind },
};

export const REQUEST_HANDLERS: ReadonlyMap<number, RequestHandler> = new Map(
  (Object.keys(HANDLERS) as RequestMethod[]).map((name) => [METHOD[name], HANDLERS[name]]),
);

/** Binding (RFC 5389 §7.3.1): the client's reflexive address; clients also time it for RTT. */
function handleBinding(_ctx: ServerContext, { message, client }: RequestContext): Reply {
  return success([attribute(ATTR.xorMappedAddress, encodeXorAddress(client.address, message.transactionId))]);
}

/** Refresh (RFC 8656 §7.3): a new lifetime, or deletion with LIFETIME 0. */
function handleRefresh(ctx: ServerContext, request: AuthenticatedRequest): Reply {
  const found = ownAllocation(ctx, request);
  if (!found.ok) return found.reply;
  const familyValue = findAttribute(request.message, ATTR.requestedAddressFamily);
  if (familyValue) {
    const family = decodeRequestedFamily(familyValue);
    if (!family.ok) return failure(ERROR.badRequest);
    if (family.value !== found.allocation.relayed.family) return failure(ERROR.peerAddressFamilyMismatch);
  }
  const requested = requestedLifetime(request.message);
  if (!requested.ok) return failure(ERROR.badRequest);
  const lifetime = grantedLifetime(requested.value, true);
  if (lifetime === 0) ctx.table.delete(found.allocation);
  else found.allocation.expiresAt = request.now + lifetime * 1000;
  return success([attribute(ATTR.lifetime, encodeU32(lifetime))]);
}

/** CreatePermission (RFC 8656 §9): one or more peer IPs, all or none installed. */
function handleCreatePermission(ctx: ServerContext, request: AuthenticatedRequest): Reply {
  const found = ownAllocation(ctx, request);
  if (!found.ok) return found.reply;
  const { message, now } = request;
  const peers: TransportAddress[] = [];
  for (const { type, value } of message.attributes) {
    if (type !== ATTR.xorPeerAddress) continue;
    const peer = checkedPeer(ctx, value, message);
    if (!peer.ok) return peer.reply;
    peers.push(peer.peer);
  }
  if (peers.length === 0) return failure(ERROR.badRequest);
  for (const peer of peers) if (!found.allocation.permit(peer.address, now)) return failure(ERROR.insufficientCapacity);
  return success();
}

/** ChannelBind (RFC 8656 §11): binds or refreshes a channel, and refreshes the peer's permission. */
function handleChannelBind(ctx: ServerContext, request: AuthenticatedRequest): Reply {
  const found = ownAllocation(ctx, request);
  if (!found.ok) return found.reply;
  const { message, now } = request;
  const numberValue = findAttribute(message, ATTR.channelNumber);
  const peerValue = findAttribute(message, ATTR.xorPeerAddress);
  if (!numberValue || !peerValue) return failure(ERROR.badRequest);
  const number = decodeChannelNumber(numberValue);
  if (!number.ok || !isChannelNumber(number.value)) return failure(ERROR.badRequest);
  const peer = checkedPeer(ctx, peerValue, message);
  if (!peer.ok) return peer.reply;
  const bound = found.allocation.bind(number.value, peer.peer, now);
  if (bound === 'conflict') return failure(ERROR.badRequest);
  if (bound === 'full' || !found.allocation.permit(peer.peer.address, now)) return failure(ERROR.insufficientCapacity);
  return success();
}

type Found = { readonly ok: true; readonly allocation: Allocation } | { readonly ok: false; readonly reply: Reply };

/** The 5-tuple's allocation (437 without one), made by the same user (441 otherwise). */
function ownAllocation(ctx: ServerContext, { client, auth, now }: AuthenticatedRequest): Found {
  const allocation = ctx.table.get(client.key, now);
  if (!allocation) return { ok: false, reply: failure(ERROR.allocationMismatch) };
  // REST usernames change with each credential; the peer id is who the user is.
  if (allocation.peerId !== auth.peerId) return { ok: false, reply: failure(ERROR.wrongCredentials) };
  return { ok: true, allocation };
}

type CheckedPeer =
  | { readonly ok: true; readonly peer: TransportAddress }
  | { readonly ok: false; readonly reply: Reply };

/** An XOR-PEER-ADDRESS: 400 if malformed, 443 in the wrong family, 403 when policy forbids it. */
function checkedPeer(ctx: ServerContext, value: Uint8Array, message: StunMessage): CheckedPeer {
  const decoded = decodeXorAddress(value, message.transactionId);
  if (!decoded.ok) return { ok: false, reply: failure(ERROR.badRequest) };
  const peer = { ...decoded.value, address: canonicalIp(decoded.value.address) };
  if (peer.family !== ctx.relayFamily) return { ok: false, reply: failure(ERROR.peerAddressFamilyMismatch) };
  const refusal = ctx.peerPolicy.refusal(peer);
  if (refusal !== null) {
    ctx.counters.permissionsRefused[refusal]++;
    return { ok: false, reply: failure(ERROR.forbidden) };
  }
  return { ok: true, peer };
}
