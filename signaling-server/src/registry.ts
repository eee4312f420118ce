/**
 * The registration state of the signaling server, free of any transport: per-connection
 * challenges, which connection holds which peer id, roles, and bootstrap sampling. Connections
 * are opaque handles (a socket.io socket here, anything in the in-process simulator); the clock
 * and randomness are injected.
 */
import { hexlify, randomBytes } from 'ethers';
import { err, ok, type Result } from '../../web/src/node/base/errors.ts';
import { SIGNING_NAMESPACE, verifySignedBy } from '../../web/src/node/peers/identity.ts';
import { type PeerId } from '../../web/src/node/base/peer-id.ts';
import { ROLES, type Role } from '../../web/src/node/peers/roles.ts';
import { registerPayload, type Challenge, type PeerSummary, type RegisterRequest } from '../../web/src/node/signaling/protocol.ts';
import { grantableRoles, isVouchedRole, VOUCH_NOBODY, type Vouch, type VouchCheck } from './role-authority.ts';

/** 32 random bytes: unguessable, so a signature cannot be prepared before the challenge exists. */
export const CHALLENGE_NONCE_BYTES = 32;
/** Long enough for a busy tab to sign, short enough that a leaked nonce goes stale quickly. */
export const CHALLENGE_TTL_MS = 60_000;

export interface RegistryOptions {
  /** Milliseconds since the epoch. */
  now: () => number;
  /** Uniform in [0, 1); used for bootstrap sampling. */
  random?: () => number;
  /** A fresh challenge nonce (hex); defaults to CHALLENGE_NONCE_BYTES random bytes. */
  newNonce?: () => string;
  challengeTtlMs?: number;
  /** Whether a registration is vouched for (may hold relay and seed); default: nobody is. */
  vouch?: VouchCheck;
}

export interface Registration {
  readonly id: PeerId;
  roles: Role[];
  readonly capabilities: string[];
  /** TURN URLs a relay announced; offered to others only while it holds role 'relay'. */
  readonly turn: readonly string[] | undefined;
  readonly registeredAt: number;
  /** The operator vouches for it: it may hold relay and seed, now or after a role change. */
  readonly vouched: boolean;
}

/** A live relay's TURN service, before credentials are minted for a particular node. */
export interface TurnService {
  id: PeerId;
  urls: string[];
}

export interface RegisterOk<H> {
  registration: Registration;
  /** The connection that held this id before and has lost it; the caller should close it. */
  replaced: H | undefined;
  /** Set when the request claimed relay or seed and was not vouched for (those roles were dropped). */
  refusedClaim?: Exclude<Vouch, 'vouched'>;
}

export interface RegisterOutcome<H> {
  result: Result<RegisterOk<H>>;
  /** A fresh challenge replacing the one this attempt used up; to be sent to the connection. */
  challenge: Challenge | undefined;
}

interface ConnectionState {
  /** The client's address key (client-address.ts); '' when unknown. */
  address: string;
  challenge: Challenge | undefined;
  /** The nonce answered last, to tell a replayed registration from a forged one. */
  usedNonce: string | undefined;
  registration: Registration | undefined;
}

function defaultNonce(): string {
  return hexlify(randomBytes(CHALLENGE_NONCE_BYTES)).slice(2);
}

export class Registry<H> {
  readonly #connections = new Map<H, ConnectionState>();
  readonly #byId = new Map<PeerId, H>();
  readonly #now: () => number;
  readonly #random: () => number;
  readonly #newNonce: () => string;
  readonly #challengeTtlMs: number;
  readonly #vouch: VouchCheck;

  constructor(options: RegistryOptions) {
    this.#now = options.now;
    this.#random = options.random ?? Math.random;
    this.#newNonce = options.newNonce ?? defaultNonce;
    this.#challengeTtlMs = options.challengeTtlMs ?? CHALLENGE_TTL_MS;
    this.#vouch = options.vouch ?? VOUCH_NOBODY;
  }

  /** Number of registered peers. */
  get size(): number {
    return this.#byId.size;
  }

  /** Number of open connections, registered or not. */
  get connectionCount(): number {
    return this.#connections.size;
  }

  /** A new connection from `address` (an address key); returns the challenge to send it. */
  connect(handle: H, address = ''): Challenge {
    const challenge = this.#issueChallenge();
    this.#connections.set(handle, { address, challenge, usedNonce: undefined, registration: undefined });
    return challenge;
  }

  /** Forgets the connection; its id is released unless another connection took it over. */
  disconnect(handle: H): void {
    const state = this.#connections.get(handle);
    if (state === undefined) return;
    this.#connections.delete(handle);
    const id = state.registration?.id;
    if (id !== undefined && this.#byId.get(id) === handle) this.#byId.delete(id);
  }

  /**
   * Registers `request.id` for the connection if the signature over the connection's current
   * challenge proves the key. Every attempt uses the challenge up and issues a fresh one. A valid
   * registration for an id held by another connection moves the id (a reloaded tab keeps its id).
   */
  register(handle: H, request: RegisterRequest): RegisterOutcome<H> {
    const state = this.#connections.get(handle);
    if (state === undefined) return { result: err('no-challenge', 'unknown connection'), challenge: undefined };
    const challenge = state.challenge;
    if (challenge === undefined) return { result: err('no-challenge', 'no challenge outstanding'), challenge: undefined };
    const next = this.#issueChallenge();
    state.challenge = next;
    const previousNonce = state.usedNonce;
    state.usedNonce = challenge.nonce;
    if (this.#now() > challenge.expiresAt) return { result: err('expired', 'challenge expired; answer the new one'), challenge: next };

    const { signature, ...unsigned } = request;
    const verified = verifySignedBy(SIGNING_NAMESPACE.register, registerPayload(challenge.nonce, unsigned), signature, request.id);
    if (!verified.ok) {
      const replayed =
        previousNonce !== undefined &&
        verifySignedBy(SIGNING_NAMESPACE.register, registerPayload(previousNonce, unsigned), signature, request.id).ok;
      const result = replayed ? err<RegisterOk<H>>('replayed', 'signature answers a used challenge') : verified;
      return { result: result as Result<RegisterOk<H>>, challenge: next };
    }

    const holder = this.#byId.get(request.id);
    let replaced: H | undefined;
    if (holder !== undefined && holder !== handle) {
      replaced = holder;
      const holderState = this.#connections.get(holder);
      if (holderState !== undefined) holderState.registration = undefined;
    }
    const previousId = state.registration?.id;
    if (previousId !== undefined && previousId !== request.id) this.#byId.delete(previousId);
    const vouch = this.#vouch(request.id, challenge.nonce, request.roleProof);
    const vouched = vouch === 'vouched';
    const registration: Registration = {
      id: request.id,
      roles: grantableRoles(request.roles, vouched),
      capabilities: [...request.capabilities],
      turn: request.turn === undefined ? undefined : [...request.turn],
      registeredAt: this.#now(),
      vouched,
    };
    state.registration = registration;
    this.#byId.set(request.id, handle);
    const claimedVouchedRole = request.roles.some(isVouchedRole);
    const refusedClaim = claimedVouchedRole && vouch !== 'vouched' ? vouch : undefined;
    return { result: ok({ registration, replaced, ...(refusedClaim !== undefined && { refusedClaim }) }), challenge: next };
  }

  registrationOf(handle: H): Registration | undefined {
    return this.#connections.get(handle)?.registration;
  }

  /** The live connection registered under `id`. */
  handleOf(id: PeerId): H | undefined {
    return this.#byId.get(id);
  }

  /** Replaces the roles; relay and seed only for a vouched registration ('not-allowed' otherwise, nothing changed). */
  setRoles(handle: H, roles: readonly Role[]): Result<Registration> {
    const registration = this.registrationOf(handle);
    if (registration === undefined) return err('not-registered', 'register first');
    if (!registration.vouched && roles.some(isVouchedRole)) {
      return err('not-allowed', 'relay and seed are held only by nodes the operator vouches for');
    }
    registration.roles = [...roles];
    return ok(registration);
  }

  /**
   * Up to k registered peers other than the caller: seeds first (only vouched registrations hold
   * seed), then a uniform random sample of the rest.
   */
  bootstrap(handle: H, k: number): Result<PeerSummary[]> {
    const caller = this.registrationOf(handle);
    if (caller === undefined) return err('not-registered', 'register first');
    const seeds: Registration[] = [];
    const others: Registration[] = [];
    for (const h of this.#byId.values()) {
      const registration = this.registrationOf(h);
      if (registration === undefined || registration.id === caller.id) continue;
      (registration.roles.includes('seed') ? seeds : others).push(registration);
    }
    const chosen = sample(seeds, k, this.#random);
    chosen.push(...sample(others, k - chosen.length, this.#random));
    return ok(chosen.map(summary));
  }

  /**
   * The TURN services of live relays other than the caller, oldest registration first, at most
   * `max`: a stable list, so a node's refresh brings new credentials rather than a new choice.
   */
  turnServices(handle: H, max: number): Result<TurnService[]> {
    const caller = this.registrationOf(handle);
    if (caller === undefined) return err('not-registered', 'register first');
    const services: TurnService[] = [];
    for (const h of this.#byId.values()) {
      if (services.length >= max) break;
      const registration = this.registrationOf(h);
      if (registration === undefined || registration.id === caller.id || registration.turn === undefined) continue;
      if (!registration.roles.includes('relay')) continue;
      services.push({ id: registration.id, urls: [...registration.turn] });
    }
    return ok(services);
  }

  /**
   * A random registered peer that has `role`: a uniformly drawn address among those holding one,
   * then a uniformly drawn peer at that address, so a host with many keys counts once.
   */
  randomWithRole(role: Role): PeerSummary | undefined {
    const byAddress = new Map<string, Registration[]>();
    for (const [h, state] of this.#connections) {
      const registration = state.registration;
      if (registration === undefined || this.#byId.get(registration.id) !== h || !registration.roles.includes(role)) continue;
      const group = byAddress.get(state.address);
      if (group === undefined) byAddress.set(state.address, [registration]);
      else group.push(registration);
    }
    const [group] = sample([...byAddress.values()], 1, this.#random);
    const [pick] = group === undefined ? [] : sample(group, 1, this.#random);
    return pick === undefined ? undefined : summary(pick);
  }

  /** Registered peers per role, every role present (zero included). */
  countByRole(): Record<Role, number> {
    const counts = Object.fromEntries(ROLES.map((r) => [r, 0])) as Record<Role, number>;
    for (const h of this.#byId.values()) {
      for (const role of this.registrationOf(h)?.roles ?? []) counts[role] += 1;
    }
    return counts;
  }

  #issueChallenge(): Challenge {
    return { nonce: this.#newNonce(), expiresAt: this.#now() + this.#challengeTtlMs };
  }
}

function summary(registration: Registration): PeerSummary {
  return { id: registration.id, roles: [...registration.roles] };
}

/** Up to n items in random order (partial Fisher–Yates on a copy). */
export function sample<T>(items: readonly T[], n: number, random: () => number): T[] {
  const pool = [...items];
  const count = Math.max(0, Math.min(n, pool.length));
  for (let i = 0; i < count; i++) {
    const j = Math.min(pool.length - 1, i + Math.floor(random() * (pool.length - i)));
    const picked = pool[j] as T;
    pool[j] = pool[i] as T;
    pool[i] = picked;
  }
  return pool.slice(0, count);
}
