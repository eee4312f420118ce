/**
 * The data path (RFC 8656 §10–§12): Send indications and ChannelData from clients go out of the
 * allocation's relayed socket; datagrams from permitted peers come back as ChannelData (when a
 * channel is bound to that peer) or Data indications. Anything not allowed is dropped silently.
 */
import type { RemoteInfo } from 'node:dgram';
import { randomBytes } from 'node:crypto';
import type { Allocation } from './allocations.ts';
import { channelDataHeader, decodeChannelData } from './channel-data.ts';
import { ATTR, METHOD } from './constants.ts';
import type { ClientEndpoint, ServerContext } from './context.ts';
import { canonicalIp, type TransportAddress } from './ip-address.ts';
import { attribute, decodeXorAddress, encodeXorAddress } from './stun-attributes.ts';
import { encodeStunMessage, findAttribute, pad4, type DecodedStunMessage } from './stun-message.ts';

const PADDING = new Uint8Array(3);
/** A Data indication must stay within 64 KiB: header, XOR-PEER-ADDRESS (IPv6), DATA, FINGERPRINT. */
const MAX_DATA_INDICATION_BYTES = 0xffff - 24 - 4 - 8 - 3;
/** Indication transaction ids: a random prefix and a counter (unique, and cheap per packet). */
const tidPrefix = randomBytes(4);
let tidCounter = 0;

function nextTransactionId(): Uint8Array {
  const tid = new Uint8Array(12);
  tid.set(tidPrefix, 0);
  tidCounter = (tidCounter + 1) % 2 ** 48;
  let n = tidCounter;
  for (let i = 11; i >= 6; i--) {
    tid[i] = n & 0xff;
    n = Math.floor(n / 256);
  }
  return tid;
}

/** A Send indication: relayed when the peer has a permission. */
export function relaySendIndication(
  ctx: ServerContext,
  client: ClientEndpoint,
  message: DecodedStunMessage,
  now: number,
): void {
  const allocation = ctx.table.get(client.key, now);
  const peerValue = findAttribute(message, ATTR.xorPeerAddress);
  const data = findAttribute(message, ATTR.data);
  if (!allocation || !peerValue || !data) return drop(ctx);
  const decoded = decodeXorAddress(peerValue, message.transactionId);
  if (!decoded.ok) return drop(ctx);
  const peer = { ...decoded.value, address: canonicalIp(decoded.value.address) };
  if (!allocation.hasPermission(peer.address, now) || !mayReach(ctx, peer)) return drop(ctx);
  sendToPeer(ctx, allocation, data, peer);
}

/** ChannelData from a client (by 5-tuple key): relayed when the channel is bound. */
export function relayClientChannelData(ctx: ServerContext, clientKey: string, bytes: Uint8Array, now: number): boolean {
  const decoded = decodeChannelData(bytes);
  if (!decoded.ok) {
    ctx.counters.malformedMessages++;
    return false;
  }
  const allocation = ctx.table.get(clientKey, now);
  const binding = allocation?.channel(decoded.value.channel, now);
  if (!allocation || !binding) {
    drop(ctx);
    return true;
  }
  sendToPeer(ctx, allocation, decoded.value.data, binding.peer);
  return true;
}

/** A datagram that reached a relayed socket: to the client, if the peer is permitted. */
export function relayFromPeer(
  ctx: ServerContext,
  allocation: Allocation,
  data: Uint8Array,
  from: RemoteInfo,
  now: number,
): void {
  const ip = from.family === 'IPv6' ? canonicalIp(from.address) : from.address;
  if (allocation.expiresAt <= now || !allocation.hasPermission(ip, now)) return drop(ctx);
  const client = allocation.client;
  const binding = allocation.channelForPeer(ip, from.port, now);
  let sent: boolean;
  if (binding) {
    const header = channelDataHeader(binding.number, data.length);
    const padding = client.transport === 'tcp' ? pad4(data.length) - data.length : 0;
    sent = client.send(padding > 0 ? [header, data, PADDING.subarray(0, padding)] : [header, data]);
  } else if (data.length > MAX_DATA_INDICATION_BYTES) {
    sent = false;
  } else {
    const peer: TransportAddress = { family: from.family === 'IPv6' ? 6 : 4, address: ip, port: from.port };
    const transactionId = nextTransactionId();
    const indication = encodeStunMessage(
      {
        method: METHOD.data,
        cls: 'indication',
        transactionId,
        attributes: [attribute(ATTR.xorPeerAddress, encodeXorAddress(peer, transactionId)), attribute(ATTR.data, data)],
      },
      { fingerprint: true },
    );
    sent = client.send([indication]);
  }
  if (!sent) return drop(ctx);
  allocation.bytesToClient += data.length;
  allocation.packetsToClient++;
  ctx.counters.relayedBytes += data.length;
  ctx.counters.relayedPackets++;
}

function sendToPeer(ctx: ServerContext, allocation: Allocation, data: Uint8Array, peer: TransportAddress): void {
  allocation.socket.send(data, peer.port, peer.address);
  allocation.bytesToPeers += data.length;
  allocation.packetsToPeers++;
  ctx.counters.relayedBytes += data.length;
  ctx.counters.relayedPackets++;
}

/**
 * Port 0 cannot be sent to; the policy is checked again per datagram because a permission is per
 * IP while the policy also looks at the port (the relay host's own services).
 */
function mayReach(ctx: ServerContext, peer: TransportAddress): boolean {
  return peer.port !== 0 && ctx.peerPolicy.refusal(peer) === null;
}

function drop(ctx: ServerContext): void {
  ctx.counters.droppedPackets++;
}
