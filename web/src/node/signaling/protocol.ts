/**
 * The signaling protocol between tabs (and relays) and the signaling server, declared once for
 * both sides: socket.io event maps, payload shapes, limits and the parsers that check untrusted
 * payloads field by field. Everything that arrives over a socket is `unknown` until parsed here.
 */
import { err, ok, type ErrorCode, type Result } from '../errors.ts';
import { canonicalPayload, isPeerId, isSignature, type PeerId } from '../peers/identity.ts';
import { isRole, type Role } from '../peers/roles.ts';

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
} as const;

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
  /** Signature under SIGNING_NAMESPACE.register over registerPayload(nonce, request). */
  signature: string;
}

export type RegisterResult =
  | { ok: true; iceServers: IceServer[]; serverTime: number }
  | { ok: false; code: ErrorCode; message: string };

export interface BootstrapRequest {
  k: number;
}

export interface PeerSummary {
  id: PeerId;
  roles: Role[];
}

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
}

export interface ServerToClientEvents {
  challenge: (challenge: Challenge) => void;
  signal: (envelope: SignalEnvelope) => void;
  'server-error': (event: ServerErrorEvent) => void;
}

export function registerPayload(nonce: string, request: Omit<RegisterRequest, 'signature'>): Uint8Array {
  return canonicalPayload([nonce, request.id, request.roles.join(','), request.capabilities.join(',')]);
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
  if (!isSignature(x['signature'])) return err('bad-signature', 'signature must be 65 bytes of 0x-hex');
  return ok({ id: x['id'], roles: roles.value, capabilities: capabilities.value, signature: x['signature'] });
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
  if (typeof sdp !== 'string' || sdp.length > SIGNALING_LIMITS.maxSdpChars) return err('oversized', 'sdp too long');
  if (!isSignature(signature)) return err('bad-signature', 'signature must be 65 bytes of 0x-hex');
  return ok({ from, to, kind: kind as SignalKind, session, ts, sdp, signature });
}
