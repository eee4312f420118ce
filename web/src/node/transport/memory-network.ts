/**
 * An in-process network for tests and the simulator: each node gets a Connector whose dials
 * open in-memory channel pairs after a simulated handshake (one round trip of the model's
 * latency), subject to the callee's accept policy — the same policy WebRTC offers go through.
 */
import type { Clock } from '../base/clock.ts';
import { TabmeshError } from '../base/errors.ts';
import type { PeerId } from '../base/peer-id.ts';
import type { AcceptDecision, Connector } from './types.ts';
import { FramedLink } from './framed-link.ts';
import { createMemoryChannelPair, INSTANT_CHANNEL, type ChannelModel } from './memory-channel.ts';
import type { Link } from './types.ts';

interface Endpoint {
  policy: (from: PeerId) => AcceptDecision;
  onLink: (link: Link) => void;
  links: Set<Link>;
}

export class MemoryNetwork {
  readonly #clock: Clock;
  readonly #model: (a: PeerId, b: PeerId) => ChannelModel;
  readonly #endpoints = new Map<PeerId, Endpoint>();

  constructor(clock: Clock, model: ChannelModel | ((a: PeerId, b: PeerId) => ChannelModel) = INSTANT_CHANNEL) {
    this.#clock = clock;
    this.#model = typeof model === 'function' ? model : () => model;
  }

  get size(): number {
    return this.#endpoints.size;
  }

  connector(id: PeerId): Connector {
    const endpoint: Endpoint = { policy: () => ({ ok: false, code: 'closed' }), onLink: (l) => l.close(), links: new Set() };
    return {
      dial: (to, signal) => this.#dial(id, to, signal),
      listen: (policy, onLink) => {
        endpoint.policy = policy;
        endpoint.onLink = onLink;
        this.#endpoints.set(id, endpoint);
      },
      close: () => this.#endpoints.delete(id),
    };
  }

  /** Abrupt failure: the node vanishes and its channels close, as when a tab is killed. */
  crash(id: PeerId): void {
    const endpoint = this.#endpoints.get(id);
    this.#endpoints.delete(id);
    for (const link of endpoint?.links ?? []) link.close('closed');
  }

  #dial(from: PeerId, to: PeerId, signal: AbortSignal): Promise<Link> {
    const model = this.#model(from, to);
    return new Promise<Link>((resolve, reject) => {
      const onAbort = (): void => {
        this.#clock.clearTimeout(timer);
        reject(signal.reason instanceof TabmeshError ? signal.reason : new TabmeshError('aborted'));
      };
      if (signal.aborted) return onAbort();
      signal.addEventListener('abort', onAbort, { once: true });
      const timer = this.#clock.setTimeout(() => {
        signal.removeEventListener('abort', onAbort);
        const callee = this.#endpoints.get(to);
        const caller = this.#endpoints.get(from);
        if (!callee || !caller) return reject(new TabmeshError('unknown-peer', 'no such node'));
        const decision = callee.policy(from);
        if (!decision.ok) return reject(new TabmeshError(decision.code, 'refused'));
        const [a, b] = createMemoryChannelPair(this.#clock, model);
        const now = this.#clock.now();
        const outbound = new FramedLink(a, { remoteId: to, direction: 'outbound', openedAt: now });
        const inbound = new FramedLink(b, { remoteId: from, direction: 'inbound', openedAt: now });
        caller.links.add(outbound);
        callee.links.add(inbound);
        callee.onLink(inbound);
        resolve(outbound);
      }, 2 * model.latencyMs);
    });
  }
}
