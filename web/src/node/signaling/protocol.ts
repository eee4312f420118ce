/**
 * The signaling protocol between tabs (and relays) and the signaling server, declared once for
 * both sides: socket.io event maps, payload shapes, limits and the parsers that check untrusted
 * payloads field by field. Everything that arrives over a socket is `unknown` until parsed here.
 */
import { err, ok, type ErrorCode, type Result } from '../base/errors.ts';
import { canonicalPayload, isSignature } from '../peers/identity.ts';
import { isPeerId, type PeerId } from '../base/peer-id.ts';
import { isRole, type Role } from '../peers/roles.ts';
import type { PeerSummary } from '../peers/types.ts';

export const SIGNALING_LIMITS = {
  /** socket.io maxHttpBufferSize: no single packet above this. */
  maxPacketBytes: 64 * 1024,
  /** A complete SDP with all candidates gathered (trickle off) stays far below this. */
  maxSdpChars: 16 * 1024,
  maxRoles: 8,
  maxCapabilities: 16,
  maxCapabilityChars: 32,
  maxBootstrapPeers: 32,
  /** A signed signal older or newer than this is refused as a possible replay. */
  signalMaxAgeMs: 60_000,
  sessionHexChars: 32,
  /** TURN URLs one relay announces (UDP and TCP, plain and TLS). */
  maxTurnUrls: 4,
  maxTurnUrlChars: 200,
  /** Relays offered to one node; an RTCPeerConnection wants a handful of servers, not hundreds. */
  maxRelayOffers: 16,
  /** REST usernames are "<expiry>:<peer id>" (~75 chars); room for other TURN servers' formats. */
  maxTurnUsernameChars: 256,
  /** base64(HMAC-SHA1) is 28 chars; room for longer MACs. */
  maxTurnCredentialChars: 128,
  /** A credential valid for longer than a week is a standing password, not a time-limited one. */
  maxTurnTtlSeconds: 7 * 24 * 3600,
} as const;

/**
 * A TURN URL as RFC 7065 writes it ("turn:host:port?transport=udp"). Commas are refused too:
 * the list is signed joined by ',', so a comma inside one URL would make the signed text ambiguous.
 */
const TURN_URL_PATTERN = new RegExp(`^turns?:[^\\s,]{1,${SIGNALING_LIMITS.maxTurnUrlChars}}$`);

export function isTurnUrl(x: unknown): x is string {
  return typeof x === 'string' && TURN_URL_PATTERN.test(x);
}

export interface IceServer {
  urls: string | string[];
  username?: string;
  credential?: string;
}

export interface Challenge {
  nonce: string;
  expiresAt: number;
}

export interface RegisterRequest {
  id: PeerId;
  roles: Role[];
  capabilities: string[];
  /** TURN URLs this node serves; only with role 'relay'. */
  turn?: string[];
  /**
   * Proof that the operator vouches for this node: hex HMAC-SHA256 keyed with the TURN secret the
   * relays share, over roleProofMessage(nonce, id). Not signed: it is bound to the nonce and id itself.
   */
  roleProof?: string;
  /** Signature under SIGNING_NAMESPACE.register over registerPayload(nonce, request). */
  signature: string;
}

/**
 * Roles that make other nodes trust or route through a node: tabs take TURN credentials for a
 * relay's servers and newcomers dial seeds first. The server grants them only to nodes the operator
 * vouches for (a roleProof, or an allow-listed id); every other role is a claim that earns nothing.
 */
export const VOUCHED_ROLES: readonly Role[] = ['relay', 'seed'];

/** Domain separation for roleProof: the MAC can never be mistaken for a TURN password or anything else. */
export const ROLE_PROOF_LABEL = 'tabmesh/operator-roles/v1';
/** Hex of an HMAC-SHA256. */
const ROLE_PROOF_PATTERN = /^[0-9a-f]{64}$/;

/** The text a roleProof is the MAC of: label, challenge nonce and peer id, one per line. */
export function roleProofMessage(nonce: string, id: PeerId): string {
  return `${ROLE_PROOF_LABEL}\n${nonce}\n${id}`;
}

/**
 * A relay's TURN service with credentials minted by the signaling server for the node it is
 * handed to: TURN REST username "<expiry>:<that node's id>", valid for ttlSeconds from minting.
 */
export interface RelayOffer {
  /** The relay's peer id. */
  id: PeerId;
  urls: string[];
  username: string;
  credential: string;
  ttlSeconds: number;
}

export type RegisterResult =
  /** `roles`: what the server granted (vouched roles dropped unless proven); absent from older servers. */
  | { ok: true; iceServers: IceServer[]; serverTime: number; relays: RelayOffer[]; roles?: Role[] }
  | { ok: false; code: ErrorCode; message: string };

/** Asks for fresh relay offers (new relays, new credentials); takes no fields. */
export type RelaysRequest = Record<string, never>;

export type RelaysResult = { ok: true; relays: RelayOffer[] } | { ok: false; code: ErrorCode; message: string };

export interface BootstrapRequest {
  k: number;
}

export type { PeerSummary };

export type BootstrapResult = { ok: true; peers: PeerSummary[] } | { ok: false; code: ErrorCode; message: string };

export const SIGNAL_KINDS = ['offer', 'answer', 'reject'] as const;
export type SignalKind = (typeof SIGNAL_KINDS)[number];

export interface SignalEnvelope {
  from: PeerId;
  to: PeerId;
  kind: SignalKind;
  /** 16 random bytes in hex naming one connection attempt; also the replay key. */
  session: string;
  /** Sender's clock, ms since the epoch. */
  ts: number;
  /** Complete SDP (offer/answer, including the DTLS fingerprint) or a reject reason code. */
  sdp: string;
  /** Signature under SIGNING_NAMESPACE.signal over signalPayload(envelope). */
  signature: string;
}

export type AckResult = { ok: true } | { ok: false; code: ErrorCode; message: string };

export interface ServerErrorEvent {
  code: ErrorCode;
  message: string;
}

export interface ClientToServerEvents {
  register: (request: RegisterRequest, ack: (result: RegisterResult) => void) => void;
  bootstrap: (request: BootstrapRequest, ack: (result: BootstrapResult) => void) => void;
  signal: (envelope: SignalEnvelope, ack: (result: AckResult) => void) => void;
  roles: (roles: Role[], ack: (result: AckResult) => void) => void;
  relays: (request: RelaysRequest, ack: (result: RelaysResult) => void) => void;
}

export interface ServerToClientEvents {
  challenge: (challenge: Challenge) => void;
  signal: (envelope: SignalEnvelope) => void;
  'server-error': (event: ServerErrorEvent) => void;
}

/** The signed fields; `turn` only when present, so registrations without it sign what they always did. */
export function registerPayload(nonce: string, request: Omit<RegisterRequest, 'signature'>): Uint8Array {
  const fields = [nonce, request.id, request.roles.join(','), request.capabilities.join(',')];
  if (request.turn !== undefined) fields.push(request.turn.join(','));
  return canonicalPayload(fields);
}

export function signalPayload(envelope: Omit<SignalEnvelope, 'signature'>): Uint8Array {
  const { from, to, kind, session, ts, sdp } = envelope;
  return canonicalPayload([from, to, kind, session, ts, sdp]);
}

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

function parseRoles(x: unknown): Result<Role[]> {
  if (!Array.isArray(x) || x.length > SIGNALING_LIMITS.maxRoles) return err('malformed', 'roles must be a short array');
  if (!x.every(isRole)) return err('malformed', 'unknown role');
  return ok([...new Set(x)]);
}

export function parseRoleList(x: unknown): Result<Role[]> {
  return parseRoles(x);
}

function parseCapabilities(x: unknown): Result<string[]> {
  if (!Array.isArray(x) || x.length > SIGNALING_LIMITS.maxCapabilities) {
    return err('malformed', 'capabilities must be a short array');
  }
  for (const c of x) {
    if (typeof c !== 'string' || c.length === 0 || c.length > SIGNALING_LIMITS.maxCapabilityChars || !/^[a-z0-9-]+$/.test(c)) {
      return err('malformed', 'capability must be a short lowercase token');
    }
  }
  return ok([...new Set(x as string[])]);
}

export function parseRegisterRequest(x: unknown): Result<RegisterRequest> {
  if (!isRecord(x)) return err('malformed', 'register request must be an object');
  if (!isPeerId(x['id'])) return err('bad-id', 'id must be 64 lowercase hex characters');
  const roles = parseRoles(x['roles']);
  if (!roles.ok) return roles;
  const capabilities = parseCapabilities(x['capabilities']);
  if (!capabilities.ok) return capabilities;
  const request: RegisterRequest = { id: x['id'], roles: roles.value, capabilities: capabilities.value, signature: '' };
  if (x['turn'] !== undefined) {
    const turn = parseTurnUrls(x['turn']);
    if (!turn.ok) return turn;
    if (!roles.value.includes('relay')) return err('malformed', "only a node with role 'relay' announces TURN URLs");
    request.turn = turn.value;
  }
  if (x['roleProof'] !== undefined) {
    if (typeof x['roleProof'] !== 'string' || !ROLE_PROOF_PATTERN.test(x['roleProof'])) {
      return err('malformed', 'roleProof must be 64 lowercase hex characters');
    }
    request.roleProof = x['roleProof'];
  }
  if (!isSignature(x['signature'])) return err('bad-signature', 'signature must be 65 bytes of 0x-hex');
  request.signature = x['signature'];
  return ok(request);
}

/** 1..maxTurnUrls TURN URLs, kept as sent (the signature covers them in order). */
export function parseTurnUrls(x: unknown): Result<string[]> {
  if (!Array.isArray(x) || x.length === 0 || x.length > SIGNALING_LIMITS.maxTurnUrls) {
    return err('malformed', `turn must be an array of 1..${SIGNALING_LIMITS.maxTurnUrls} URLs`);
  }
  if (!x.every(isTurnUrl)) return err('malformed', `turn URLs must match turn(s):<up to ${SIGNALING_LIMITS.maxTurnUrlChars} chars>`);
  return ok([...x]);
}

export function parseRelaysRequest(x: unknown): Result<RelaysRequest> {
  if (!isRecord(x) || Object.keys(x).length > 0) return err('malformed', 'relays request must be an empty object');
  return ok({});
}

function parseRelayOffer(x: unknown): Result<RelayOffer> {
  if (!isRecord(x)) return err('malformed', 'relay offer must be an object');
  const { id, urls, username, credential, ttlSeconds } = x;
  if (!isPeerId(id)) return err('bad-id', 'relay offer id must be a peer id');
  const parsedUrls = parseTurnUrls(urls);
  if (!parsedUrls.ok) return parsedUrls;
  if (typeof username !== 'string' || username.length === 0 || username.length > SIGNALING_LIMITS.maxTurnUsernameChars) {
    return err('malformed', 'relay offer username must be a short string');
  }
  if (typeof credential !== 'string' || credential.length === 0 || credential.length > SIGNALING_LIMITS.maxTurnCredentialChars) {
    return err('malformed', 'relay offer credential must be a short string');
  }
  if (typeof ttlSeconds !== 'number' || !Number.isInteger(ttlSeconds) || ttlSeconds < 1 || ttlSeconds > SIGNALING_LIMITS.maxTurnTtlSeconds) {
    return err('malformed', `relay offer ttlSeconds must be an integer in 1..${SIGNALING_LIMITS.maxTurnTtlSeconds}`);
  }
  return ok({ id, urls: parsedUrls.value, username, credential, ttlSeconds });
}

/** Offers as received from the server: at most maxRelayOffers, each checked, ids unique. */
export function parseRelayOffers(x: unknown): Result<RelayOffer[]> {
  if (!Array.isArray(x)) return err('malformed', 'relays must be an array');
  if (x.length > SIGNALING_LIMITS.maxRelayOffers) return err('oversized', `at most ${SIGNALING_LIMITS.maxRelayOffers} relay offers`);
  const offers: RelayOffer[] = [];
  const seen = new Set<string>();
  for (const entry of x) {
    const offer = parseRelayOffer(entry);
    if (!offer.ok) return offer;
    if (seen.has(offer.value.id)) return err('malformed', 'a relay is offered twice');
    seen.add(offer.value.id);
    offers.push(offer.value);
  }
  return ok(offers);
}

export function parseBootstrapRequest(x: unknown): Result<BootstrapRequest> {
  if (!isRecord(x)) return err('malformed', 'bootstrap request must be an object');
  const k = x['k'];
  if (typeof k !== 'number' || !Number.isInteger(k) || k < 1 || k > SIGNALING_LIMITS.maxBootstrapPeers) {
    return err('malformed', `k must be an integer in 1..${SIGNALING_LIMITS.maxBootstrapPeers}`);
  }
  return ok({ k });
}

/** Shape check only; signature and freshness are checked by verifySignal. */
export function parseSignalEnvelope(x: unknown): Result<SignalEnvelope> {
  if (!isRecord(x)) return err('malformed', 'signal must be an object');
  const { from, to, kind, session, ts, sdp, signature } = x;
  if (!isPeerId(from) || !isPeerId(to)) return err('bad-id', 'from and to must be peer ids');
  if (typeof kind !== 'string' || !(SIGNAL_KINDS as readonly string[]).includes(kind)) {
    return err('malformed', 'unknown signal kind');
  }
  if (typeof session !== 'string' || !/^[0-9a-f]{32}$/.test(session)) return err('malformed', 'session must be 16 bytes of hex');
  if (typeof ts !== 'number' || !Number.isSafeInteger(ts) || ts < 0) return err('malformed', 'ts must be an integer');
  if (typeof sdp !== 'string') return err('malformed', 'sdp must be a string');
  if (sdp.length > SIGNALING_LIMITS.maxSdpChars) return err('oversized', 'sdp too long');
  if (!isSignature(signature)) return err('bad-signature', 'signature must be 65 bytes of 0x-hex');
  return ok({ from, to, kind: kind as SignalKind, session, ts, sdp, signature });
}
