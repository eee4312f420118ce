/**
 * The node's side of the signaling server: answers the challenge with a signed registration
 * (again after every reconnect, so a returning server needs no reload), asks for bootstrap
 * samples, carries signed WebRTC signals both ways, and keeps the relay offers (TURN services
 * with credentials minted for this node) up to date. Signals and offers from the server are
 * untrusted and parsed here; signal signatures are checked by the connector.
 */
import type { Socket } from 'socket.io-client';
import type { SignalingState } from '../peers/types.ts';
import { TabmeshError, isErrorCode } from '../base/errors.ts';
import { SIGNING_NAMESPACE, type Identity } from '../peers/identity.ts';
import type { Discovery } from '../peers/ports.ts';
import type { Role } from '../peers/roles.ts';
import type { PeerId } from '../base/peer-id.ts';
import {
  parseRelayOffers,
  parseSignalEnvelope,
  registerPayload,
  type AckResult,
  type ClientToServerEvents,
  type IceServer,
  type PeerSummary,
  type RegisterRequest,
  type RelayOffer,
  type ServerToClientEvents,
  type SignalEnvelope,
} from './protocol.ts';

export type SignalingSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

/** How long a request to the signaling server may take before it counts as failed. */
const REQUEST_TIMEOUT_MS = 10_000;
/** A refused registration is tried again (with the latest challenge) after this. */
const REGISTER_RETRY_MS = 5_000;

export interface SignalingClientOptions {
  socket: SignalingSocket;
  identity: Identity;
  roles: () => Role[];
  capabilities: string[];
  /** TURN URLs this node serves (a relay; needs role 'relay'), announced in every registration. */
  turn?: string[];
  /**
   * Proves the operator vouches for this node (roles relay and seed): the host computes
   * operatorRoleProof(TURN secret, nonce, id) (web/src/host-node/role-proof.ts); the core has no HMAC.
   */
  roleProof?: (nonce: string, id: PeerId) => string;
}

export class SignalingClient implements Discovery {
  readonly #o: SignalingClientOptions;
  readonly #stateListeners = new Set<() => void>();
  readonly #signalListeners = new Set<(envelope: SignalEnvelope) => void>();
  readonly #relayListeners = new Set<(offers: RelayOffer[]) => void>();
  #relays: RelayOffer[] = [];
  #state: SignalingState = 'connecting';
  #iceServers: IceServer[] = [];
  #lastError: string | undefined;
  #nonce: string | undefined;
  #registering = false;
  #retryTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(options: SignalingClientOptions) {
    this.#o = options;
    const socket = options.socket;
    // The server issues a fresh challenge after every attempt; only an unregistered client uses it.
    socket.on('challenge', (challenge) => {
      if (typeof challenge?.nonce !== 'string') return;
      this.#nonce = challenge.nonce;
      if (this.#state !== 'registered') void this.#register();
    });
    socket.on('signal', (raw: unknown) => {
      const parsed = parseSignalEnvelope(raw);
      if (!parsed.ok) return;
      for (const listener of this.#signalListeners) listener(parsed.value);
    });
    socket.on('server-error', (event) => {
      this.#lastError = typeof event?.message === 'string' ? event.message : 'server error';
    });
    socket.on('disconnect', () => {
      this.#nonce = undefined;
      this.#setState('connecting');
    });
    socket.io.on('reconnect_failed', () => this.#setState('disconnected'));
  }

  get state(): SignalingState {
    return this.#state;
  }

  get lastError(): string | undefined {
    return this.#lastError;
  }

  /** ICE servers handed out by the signaling server's configuration; never a public default. */
  iceServers(): IceServer[] {
    return this.#iceServers;
  }

  /** The latest relay offers (from the last registration or refresh); kept across reconnects. */
  relays(): RelayOffer[] {
    return this.#relays;
  }

  /** Called with the new offers whenever they change; returns an unsubscribe function. */
  onRelays(listener: (offers: RelayOffer[]) => void): () => void {
    this.#relayListeners.add(listener);
    return () => this.#relayListeners.delete(listener);
  }

  /** Asks the server for fresh offers (new relays, fresh credentials); rejects when not registered. */
  async refreshRelays(): Promise<RelayOffer[]> {
    if (this.#state !== 'registered') throw new TabmeshError('not-registered', 'not registered with the signaling server');
    const result: unknown = await this.#o.socket.timeout(REQUEST_TIMEOUT_MS).emitWithAck('relays', {});
    if (!isRecord(result) || result['ok'] !== true) {
      const code = isRecord(result) && isErrorCode(result['code']) ? result['code'] : 'malformed';
      const message = isRecord(result) && typeof result['message'] === 'string' ? result['message'] : 'relays refused';
      throw new TabmeshError(code, message);
    }
    const offers = parseRelayOffers(result['relays']);
    if (!offers.ok) throw offers.error;
    this.#setRelays(offers.value);
    return offers.value;
  }

  onStateChange(listener: () => void): void {
    this.#stateListeners.add(listener);
  }

  onSignal(listener: (envelope: SignalEnvelope) => void): void {
    this.#signalListeners.add(listener);
  }

  async sendSignal(envelope: SignalEnvelope): Promise<AckResult> {
    const result = (await this.#o.socket.timeout(REQUEST_TIMEOUT_MS).emitWithAck('signal', envelope)) as AckResult;
    return result;
  }

  async bootstrap(k: number): Promise<PeerSummary[]> {
    const result = await this.#o.socket.timeout(REQUEST_TIMEOUT_MS).emitWithAck('bootstrap', { k });
    if (!result.ok) throw new TabmeshError(result.code, result.message);
    return result.peers;
  }

  async setRoles(roles: Role[]): Promise<void> {
    if (this.#state !== 'registered') return;
    const result = await this.#o.socket.timeout(REQUEST_TIMEOUT_MS).emitWithAck('roles', roles);
    if (!result.ok) throw new TabmeshError(result.code, result.message);
  }

  close(): void {
    clearTimeout(this.#retryTimer);
    this.#o.socket.disconnect();
    this.#setState('disconnected');
  }

  async #register(): Promise<void> {
    const nonce = this.#nonce;
    if (this.#registering || nonce === undefined) return;
    this.#registering = true;
    this.#nonce = undefined;
    const { identity, capabilities, turn, roleProof } = this.#o;
    const request: Omit<RegisterRequest, 'signature'> = { id: identity.id, roles: this.#o.roles(), capabilities };
    if (turn !== undefined && turn.length > 0) request.turn = [...turn];
    const signature = identity.sign(SIGNING_NAMESPACE.register, registerPayload(nonce, request));
    const proof = roleProof === undefined ? {} : { roleProof: roleProof(nonce, identity.id) };
    try {
      const result = await this.#o.socket.timeout(REQUEST_TIMEOUT_MS).emitWithAck('register', { ...request, ...proof, signature });
      if (result.ok) {
        this.#iceServers = result.iceServers;
        // Older servers do not say; a missing role is the operator not vouching for this node.
        const granted: unknown = result.roles;
        const refused = Array.isArray(granted) ? request.roles.filter((role) => !granted.includes(role)) : [];
        this.#lastError = refused.length === 0 ? undefined : `roles not granted: ${refused.join(', ')}`;
        const offers = parseRelayOffers(result.relays);
        if (offers.ok) this.#setRelays(offers.value);
        else this.#lastError = `relay offers refused: ${offers.error.message}`;
        this.#setState('registered');
      } else {
        this.#lastError = `${isErrorCode(result.code) ? result.code : 'error'}: ${result.message}`;
        this.#retryLater();
      }
    } catch (error) {
      this.#lastError = String(error);
      this.#retryLater();
    } finally {
      this.#registering = false;
    }
  }

  #retryLater(): void {
    clearTimeout(this.#retryTimer);
    this.#retryTimer = setTimeout(() => {
      if (this.#state !== 'registered' && this.#o.socket.connected) void this.#register();
    }, REGISTER_RETRY_MS);
  }

  #setRelays(offers: RelayOffer[]): void {
    if (JSON.stringify(offers) === JSON.stringify(this.#relays)) return;
    this.#relays = offers;
    for (const listener of this.#relayListeners) listener(offers);
  }

  #setState(state: SignalingState): void {
    if (this.#state === state) return;
    this.#state = state;
    for (const listener of this.#stateListeners) listener();
  }
}
