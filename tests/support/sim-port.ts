/**
 * A light ServicePort for simulators and unit tests: the same services a TabmeshNode runs, on
 * in-process links the simulator owns. Registries are routed by type number exactly as the peers
 * layer routes them (a type claimed twice throws), and a delivered frame is decoded by the
 * registry that claimed it.
 */
import type { Clock, Random } from '../../web/src/node/base/clock.ts';
import { TabmeshError } from '../../web/src/node/base/errors.ts';
import type { PeerId } from '../../web/src/node/base/peer-id.ts';
import type { PeerView, ServiceChannel, ServiceLink, ServicePort } from '../../web/src/node/service.ts';
import { readFrameHeader } from '../../web/src/node/wire/frame.ts';
import type { Declarations, HandlersOf, MessageUnion, Registry } from '../../web/src/node/wire/registry.ts';

/** Any message of any registry, as a simulator carries it. */
export interface AnyServiceMessage {
  readonly kind: string;
}

export interface SimPortHost {
  id: PeerId;
  clock: Clock;
  random: Random;
  links(): PeerId[];
  /** Carries a message a service sent; throws TabmeshError('closed') when there is no open link. */
  send(to: PeerId, msg: AnyServiceMessage, registry: Registry): void;
  connect?(to: PeerId, signal?: AbortSignal): Promise<void>;
  release?(to: PeerId): void;
  peer?(id: PeerId): PeerView | undefined;
}

interface Route {
  registry: Registry;
  handlers: HandlersOf<Declarations, ServiceLink>;
}

/** Sees a message before its service does; `pass` hands it (or another) on. */
export type Interceptor = (msg: AnyServiceMessage, link: ServiceLink, pass: (msg: AnyServiceMessage) => void) => void;

export class SimPort implements ServicePort {
  readonly id: PeerId;
  readonly clock: Clock;
  readonly random: Random;
  /** Messages no registry here claims (a frame of an unknown type). */
  unclaimed = 0;
  readonly #host: SimPortHost;
  readonly #byType = new Map<number, Route>();
  readonly #byKind = new Map<string, Route>();
  readonly #candidateSources = new Set<() => PeerId[]>();
  readonly #interceptors = new Map<string, Interceptor>();
  readonly #linkListeners = new Set<(id: PeerId, open: boolean) => void>();

  constructor(host: SimPortHost) {
    this.#host = host;
    this.id = host.id;
    this.clock = host.clock;
    this.random = host.random;
  }

  links(): PeerId[] {
    return this.#host.links();
  }

  peer(id: PeerId): PeerView | undefined {
    return this.#host.peer?.(id);
  }

  peers(): PeerView[] {
    return this.links()
      .map((id) => this.peer(id))
      .filter((p): p is PeerView => p !== undefined);
  }

  register<D extends Declarations>(registry: Registry<D>, handlers: HandlersOf<D, ServiceLink>): ServiceChannel<MessageUnion<D>> {
    for (const type of registry.types) {
      const holder = this.#byType.get(type);
      if (holder) throw new TabmeshError('bad-field', `${registry.name}: type ${type} is held by ${holder.registry.name}`);
    }
    const route = { registry, handlers } as unknown as Route;
    for (const decl of Object.values(registry.declarations)) {
      this.#byType.set(decl.type, route);
      this.#byKind.set(decl.name, route);
    }
    return { send: (to, msg) => this.#host.send(to, msg as AnyServiceMessage, registry as unknown as Registry) };
  }

  connect(id: PeerId, signal?: AbortSignal): Promise<void> {
    if (!this.#host.connect) return Promise.reject(new TabmeshError('unknown-peer', 'this simulator opens no links'));
    return this.#host.connect(id, signal);
  }

  release(id: PeerId): void {
    this.#host.release?.(id);
  }

  reserveInbound(): void {}

  changed(): void {}

  offerCandidates(source: () => PeerId[]): () => void {
    this.#candidateSources.add(source);
    return () => this.#candidateSources.delete(source);
  }

  onLinkChange(listener: (id: PeerId, open: boolean) => void): () => void {
    this.#linkListeners.add(listener);
    return () => this.#linkListeners.delete(listener);
  }

  /** The simulator tells the services a link opened or closed. */
  linkChanged(id: PeerId, open: boolean): void {
    for (const listener of this.#linkListeners) listener(id, open);
  }

  /** What services offered the connection manager to dial. */
  candidates(): PeerId[] {
    return [...this.#candidateSources].flatMap((source) => source());
  }

  /**
   * Hands a message (or its encoded frame) from `link` to the service that registered its kind.
   * A frame that does not decode throws: what a simulator carries, a service encoded.
   */
  deliver(link: ServiceLink, payload: AnyServiceMessage | Uint8Array): void {
    let route: Route | undefined;
    let msg: AnyServiceMessage;
    if (payload instanceof Uint8Array) {
      const header = readFrameHeader(payload);
      route = header.ok ? this.#byType.get(header.value.type) : undefined;
      if (!route) {
        this.unclaimed++;
        return;
      }
      const decoded = route.registry.decode(payload);
      if (!decoded.ok) throw decoded.error;
      msg = decoded.value as AnyServiceMessage;
    } else {
      route = this.#byKind.get(payload.kind);
      msg = payload;
      if (!route) {
        this.unclaimed++;
        return;
      }
    }
    const handlers = route.handlers;
    const dispatch = (m: AnyServiceMessage): void => route.registry.dispatch(handlers, m as never, link);
    const interceptor = this.#interceptors.get(msg.kind);
    if (interceptor) interceptor(msg, link, dispatch);
    else dispatch(msg);
  }

  /** Puts `interceptor` in front of the service for messages of `kind` (a tampering hop, a probe); returns undo. */
  intercept(kind: string, interceptor: Interceptor): () => void {
    this.#interceptors.set(kind, interceptor);
    return () => {
      if (this.#interceptors.get(kind) === interceptor) this.#interceptors.delete(kind);
    };
  }
}
