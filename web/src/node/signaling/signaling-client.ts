/**
 * The node's side of the signaling server: answers the challenge with a signed registration
 * (again after every reconnect, so a returning server needs no reload), asks for bootstrap
 * samples, and carries signed WebRTC signals both ways. Signals from the server are untrusted
 * and parsed here; their signatures are checked by the connector.
 */
import type { Socket } from 'socket.io-client';
import type { SignalingState } from '../api.ts';
import { TabmeshError, isErrorCode } from '../errors.ts';
import { SIGNING_NAMESPACE, type Identity } from '../peers/identity.ts';
import type { Discovery } from '../peers/ports.ts';
import type { Role } from '../peers/roles.ts';
import {
  parseSignalEnvelope,
  registerPayload,
  type AckResult,
  type ClientToServerEvents,
  type IceServer,
  type PeerSummary,
  type ServerToClientEvents,
  type SignalEnvelope,
} from './protocol.ts';

export type SignalingSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

/** How long a request to the signaling server may take before it counts as failed. */
const REQUEST_TIMEOUT_MS = 10_000;
/** A refused registration is tried again (with the latest challenge) after this. */
const REGISTER_RETRY_MS = 5_000;

export interface SignalingClientOptions {
  socket: SignalingSocket;
  identity: Identity;
  roles: () => Role[];
  capabilities: string[];
}

export class SignalingClient implements Discovery {
  readonly #o: SignalingClientOptions;
  readonly #stateListeners = new Set<() => void>();
  readonly #signalListeners = new Set<(envelope: SignalEnvelope) => void>();
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
    const { identity, capabilities } = this.#o;
    const request = { id: identity.id, roles: this.#o.roles(), capabilities };
    const signature = identity.sign(SIGNING_NAMESPACE.register, registerPayload(nonce, request));
    try {
      const result = await this.#o.socket.timeout(REQUEST_TIMEOUT_MS).emitWithAck('register', { ...request, signature });
      if (result.ok) {
        this.#iceServers = result.iceServers;
        this.#lastError = undefined;
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

  #setState(state: SignalingState): void {
    if (this.#state === state) return;
    this.#state = state;
    for (const listener of this.#stateListeners) listener();
  }
}
