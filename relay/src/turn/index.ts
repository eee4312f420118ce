/** The relay's TURN server, the REST credentials it shares with the signaling server, and the codec. */
export { startTurnServer, type TurnServer, type TurnServerOptions, type TurnServerStats } from './turn-server.ts';
export {
  checkTurnUsername,
  mintTurnCredential,
  turnPassword,
  verifyTurnCredential,
  type TurnCredential,
  type TurnUser,
} from '../../../web/src/host-node/turn-credentials.ts';
export * from './constants.ts';
export {
  decodeStunMessage,
  encodeStunMessage,
  findAttribute,
  longTermKey,
  messageType,
  splitMessageType,
  verifyMessageIntegrity,
  type DecodedStunMessage,
  type EncodeOptions,
  type StunAttribute,
  type StunMessage,
} from './stun-message.ts';
export * from './stun-attributes.ts';
export { decodeChannelData, encodeChannelData, isChannelNumber, type ChannelData } from './channel-data.ts';
export { TurnStreamSplitter } from './stream-splitter.ts';
export { canonicalIp, type IpFamily, type TransportAddress } from './ip-address.ts';
export { parseIpRange, type IpRange } from './ip-range.ts';
export { parseAllowedPeerRanges, PEER_REFUSAL_REASONS, PeerPolicy, type PeerPolicyOptions, type PeerRefusal } from './peer-policy.ts';
export { ALLOCATION_REFUSAL_REASONS, type AllocationRefusal } from './allocations.ts';
export { TCP_DROP_REASONS, TCP_REFUSAL_REASONS, type TcpDrop, type TcpRefusal } from './context.ts';
export type { PortRange } from './relay-ports.ts';
export { privateLanRange } from './lan-range.ts';
