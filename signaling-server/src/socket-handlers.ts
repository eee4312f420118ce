/**
 * The socket.io side: one challenge per connection, then register / bootstrap / signal / roles / relays,
 * dispatched through a table keyed by event name. Every payload is `unknown` until parsed, every
 * handler is wrapped, every rejection is counted and costs the socket a strike. A socket that
 * does not register within the deadline is dropped.
 */
import type { Server, Socket } from 'socket.io';
import type { ErrorCode, Result } from '../../web/src/node/base/errors.ts';
import { ok } from '../../web/src/node/base/errors.ts';
import {
  parseBootstrapRequest,
  parseRegisterRequest,
  parseRelaysRequest,
  parseRoleList,
  parseSignalEnvelope,
  type ClientToServerEvents,
  type IceServer,
  type ServerToClientEvents,
} from '../../web/src/node/signaling/protocol.ts';
import type { ExpiringMap } from '../../web/src/node/base/expiring-map.ts';
import type { Counters } from './metrics.ts';
import { EVENT_LIMITS, RateLimiter, STRIKE_LIMIT, TokenBucket } from './rate-limit.ts';
import type { Registry } from './registry.ts';
import { relayOffersFor, type TurnCredentialPolicy } from './relay-offers.ts';
import { checkSignal } from './signal-check.ts';

export type TabmeshServer = Server<ClientToServerEvents, ServerToClientEvents>;
export type TabmeshSocket = Socket<ClientToServerEvents, ServerToClientEvents>;

export interface SocketContext {
  registry: Registry<TabmeshSocket>;
  replays: ExpiringMap<string>;
  counters: Counters;
  iceServers: readonly IceServer[];
  /** Mints TURN credentials for relay offers; undefined = no offers. */
  turn: TurnCredentialPolicy | undefined;
  /** A socket that has not registered this long after connecting is dropped. */
  registerDeadlineMs: number;
  /** The address key of a socket (client-address.ts), kept with its registration. */
  addressOf(socket: TabmeshSocket): string;
  now: () => number;
  onError(error: unknown): void;
}

type EventName = keyof ClientToServerEvents;
type AckOf<E extends EventName> = Parameters<Parameters<ClientToServerEvents[E]>[1]>[0];
type Success<E extends EventName> = Extract<AckOf<E>, { ok: true }>;
type Ack = (result: unknown) => void;

interface Connection {
  socket: TabmeshSocket;
  limiter: RateLimiter<EventName>;
  strikes: TokenBucket;
  /** Drops the socket unless it registers first; cleared on registration or disconnect. */
  registerDeadline: ReturnType<typeof setTimeout>;
}

type Handler<E extends EventName> = (ctx: SocketContext, conn: Connection, payload: unknown) => Result<Success<E>>;

/** Shown in messages about unknown events; the name itself may be huge. */
const MAX_EVENT_NAME_ECHO_CHARS = 40;

const HANDLERS: { readonly [E in EventName]: Handler<E> } = {
  register: (ctx, conn, payload) => {
    const request = parseRegisterRequest(payload);
    if (!request.ok) return request;
    const outcome = ctx.registry.register(conn.socket, request.value);
    // The fresh challenge goes out before the ack, so a client that re-registers has it in hand.
    if (outcome.challenge !== undefined) conn.socket.emit('challenge', outcome.challenge);
    if (!outcome.result.ok) return outcome.result;
    const { replaced } = outcome.result.value;
    if (replaced !== undefined) {
      replaced.emit('server-error', { code: 'closed', message: 'this id was registered again by a connection holding its key' });
      replaced.disconnect(true);
    }
    ctx.counters.registrations += 1;
    clearTimeout(conn.registerDeadline);
    const { registration, refusedClaim } = outcome.result.value;
    if (refusedClaim !== undefined) ctx.counters.roleClaimsRefused[refusedClaim] += 1;
    const relays = relayOffersFor(ctx.registry, conn.socket, ctx.turn, ctx.now());
    if (!relays.ok) return relays;
    const iceServers = ctx.iceServers.map((s) => ({ ...s }));
    return ok({ ok: true, iceServers, serverTime: ctx.now(), relays: relays.value, roles: [...registration.roles] });
  },

  bootstrap: (ctx, conn, payload) => {
    const request = parseBootstrapRequest(payload);
    if (!request.ok) return request;
    const peers = ctx.registry.bootstrap(conn.socket, request.value.k);
    if (!peers.ok) return peers;
    return ok({ ok: true, peers: peers.value });
  },

  signal: (ctx, conn, payload) => {
    const envelope = parseSignalEnvelope(payload);
    if (!envelope.ok) return envelope;
    const target = checkSignal(ctx.registry, conn.socket, envelope.value, ctx.now(), ctx.replays);
    if (!target.ok) return target;
    target.value.emit('signal', envelope.value);
    ctx.counters.signalsForwarded += 1;
    return ok({ ok: true });
  },

  roles: (ctx, conn, payload) => {
    const roles = parseRoleList(payload);
    if (!roles.ok) return roles;
    const updated = ctx.registry.setRoles(conn.socket, roles.value);
    if (!updated.ok && updated.error.code === 'not-allowed') ctx.counters.roleClaimsRefused.unvouched += 1;
    if (!updated.ok) return updated;
    return ok({ ok: true });
  },

  relays: (ctx, conn, payload) => {
    const request = parseRelaysRequest(payload);
    if (!request.ok) return request;
    const relays = relayOffersFor(ctx.registry, conn.socket, ctx.turn, ctx.now());
    if (!relays.ok) return relays;
    return ok({ ok: true, relays: relays.value });
  },
};

function isEventName(event: unknown): event is EventName {
  return typeof event === 'string' && Object.hasOwn(HANDLERS, event);
}

/** socket.io passes binary attachments through as Buffers, which would otherwise look like objects. */
function isBinary(x: unknown): boolean {
  return x instanceof ArrayBuffer || ArrayBuffer.isView(x);
}

export function attachSocketHandlers(io: TabmeshServer, ctx: SocketContext): void {
  io.on('connection', (socket) => {
    try {
      const conn: Connection = {
        socket,
        limiter: new RateLimiter(EVENT_LIMITS, ctx.now),
        strikes: new TokenBucket(STRIKE_LIMIT, ctx.now),
        registerDeadline: setTimeout(() => dropUnregistered(ctx, socket), ctx.registerDeadlineMs),
      };
      socket.on('disconnect', () => {
        clearTimeout(conn.registerDeadline);
        ctx.registry.disconnect(socket);
      });
      socket.onAny((event: unknown, ...args: unknown[]) => dispatch(ctx, conn, event, args));
      socket.emit('challenge', ctx.registry.connect(socket, ctx.addressOf(socket)));
    } catch (error) {
      ctx.onError(error);
      socket.disconnect(true);
    }
  });
}

/** An idle socket costs the server memory and an address slot; one that never registers has no business here. */
function dropUnregistered(ctx: SocketContext, socket: TabmeshSocket): void {
  if (!socket.connected || ctx.registry.registrationOf(socket) !== undefined) return;
  ctx.counters.socketsDropped['register-deadline'] += 1;
  socket.emit('server-error', { code: 'timeout', message: 'not registered in time; disconnecting' });
  socket.disconnect(true);
}

function dispatch(ctx: SocketContext, conn: Connection, event: unknown, args: unknown[]): void {
  const last = args.at(-1);
  const ack = typeof last === 'function' ? (last as Ack) : undefined;
  try {
    if (!isEventName(event)) {
      const name = String(event).slice(0, MAX_EVENT_NAME_ECHO_CHARS);
      return reject(ctx, conn, ack, 'malformed', `unknown event ${JSON.stringify(name)}`);
    }
    if (!conn.limiter.allow(event)) return reject(ctx, conn, ack, 'rate-limited', `too many ${event} requests`);
    if (ack === undefined) return reject(ctx, conn, ack, 'malformed', `${event} needs an acknowledgement callback`);
    if (args.length !== 2) return reject(ctx, conn, ack, 'malformed', `${event} takes exactly one payload`);
    const payload = args[0];
    if (isBinary(payload)) return reject(ctx, conn, ack, 'malformed', 'signaling payloads are JSON, not binary');
    const result: Result<{ ok: true }> = HANDLERS[event](ctx, conn, payload);
    if (result.ok) ack(result.value);
    else reject(ctx, conn, ack, result.error.code, result.error.message);
  } catch (error) {
    ctx.onError(error);
    try {
      reject(ctx, conn, ack, 'malformed', 'request could not be handled');
    } catch (inner) {
      ctx.onError(inner);
    }
  }
}

/** Answers with the error (ack if there is one, else a server-error event), counts it, and drops the socket after too many. */
function reject(ctx: SocketContext, conn: Connection, ack: Ack | undefined, code: ErrorCode, message: string): void {
  ctx.counters.reject(code);
  if (ack !== undefined) ack({ ok: false, code, message });
  else conn.socket.emit('server-error', { code, message });
  if (!conn.strikes.take() && conn.socket.connected) {
    ctx.counters.socketsDropped.strikes += 1;
    conn.socket.emit('server-error', { code: 'protocol-violation', message: 'too many rejected requests; disconnecting' });
    conn.socket.disconnect(true);
  }
}
