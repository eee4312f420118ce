/**
 * Minimal stand-ins for the peers-layer tests: a Link pair that only knows open/closed (each
 * pair carries a tag, so a test can tell which connection each side kept), and a tiny network
 * of ConnectionManagers where an offer is checked against the callee's policy when it arrives,
 * as a WebRTC offer is.
 */
import { delay, type Random } from '../../../../web/src/node/base/clock.ts';
import { err, ok, TabmeshError, type ErrorCode, type Result } from '../../../../web/src/node/base/errors.ts';
import { ConnectionManager, type ConnectionManagerOptions } from '../../../../web/src/node/peers/connection-manager.ts';
import type { PeerId } from '../../../../web/src/node/base/peer-id.ts';
import type { Link, LinkDirection, LinkHandlers } from '../../../../web/src/node/transport/types.ts';
import type { VirtualClock } from '../../../support/virtual-clock.ts';

export class FakeLink implements Link {
  readonly remoteId: PeerId;
  readonly direction: LinkDirection;
  readonly openedAt: number;
  /** Same on both ends of one connection. */
  readonly tag: string;
  readonly queuedBytes = 0;
  closedWith: ErrorCode | 'remote' | undefined;
  other: FakeLink | undefined;
  #handlers: LinkHandlers | undefined;
  readonly #later: (fn: () => void) => void;

  constructor(remoteId: PeerId, direction: LinkDirection, tag: string, openedAt: number, later: (fn: () => void) => void) {
    this.remoteId = remoteId;
    this.direction = direction;
    this.tag = tag;
    this.openedAt = openedAt;
    this.#later = later;
  }

  get closed(): boolean {
    return this.closedWith !== undefined;
  }

  attach(handlers: LinkHandlers): void {
    this.#handlers = handlers;
  }

  send(): Result<void> {
    return this.closed ? err('closed') : ok(undefined);
  }

  drained(): Promise<void> {
    return Promise.resolve();
  }

  reportMalformed(): void {}

  close(reason: ErrorCode = 'closed'): void {
    if (this.closed) return;
    this.closedWith = reason;
    this.#handlers?.onClose(reason);
    const other = this.other;
    if (other) this.#later(() => other.remoteClosed());
  }

  remoteClosed(): void {
    if (this.closed) return;
    this.closedWith = 'remote';
    this.#handlers?.onClose('remote');
  }
}

let pairs = 0;

/** [caller's end (outbound), callee's end (inbound)]; a close reaches the other end one timer turn later. */
export function linkPair(clock: VirtualClock, caller: PeerId, callee: PeerId): [FakeLink, FakeLink] {
  const tag = `${caller.slice(0, 4)}->${callee.slice(0, 4)}#${++pairs}`;
  const later = (fn: () => void): void => void clock.setTimeout(fn, 0);
  const out = new FakeLink(callee, 'outbound', tag, clock.now(), later);
  const inb = new FakeLink(caller, 'inbound', tag, clock.now(), later);
  out.other = inb;
  inb.other = out;
  return [out, inb];
}

export interface ManagedNode {
  id: PeerId;
  manager: ConnectionManager;
  opened: FakeLink[];
  closed: { link: FakeLink; reason: ErrorCode | 'remote' }[];
  dials: { to: PeerId; at: number }[];
}

/** Managers that dial each other; an offer takes `latencyMs` each way and meets the callee's policy on arrival. */
export class FakeMesh {
  readonly clock: VirtualClock;
  readonly random: Random;
  readonly nodes = new Map<PeerId, ManagedNode>();
  latencyMs = 20;
  /** Peers whose dials fail (unreachable), with the code they fail with. */
  readonly unreachable = new Map<PeerId, ErrorCode>();
  /** Peers whose dials never complete (until aborted). */
  readonly hanging = new Set<PeerId>();

  constructor(clock: VirtualClock, random: Random) {
    this.clock = clock;
    this.random = random;
  }

  add(id: PeerId, options: Partial<ConnectionManagerOptions> & { candidates?: () => PeerId[] } = {}): ManagedNode {
    const node: ManagedNode = { id, manager: undefined as unknown as ConnectionManager, opened: [], closed: [], dials: [] };
    node.manager = new ConnectionManager({
      selfId: id,
      clock: this.clock,
      random: this.random,
      dial: (to, signal) => {
        node.dials.push({ to, at: this.clock.now() });
        return this.dial(id, to, signal);
      },
      candidates: () => [...this.nodes.keys()],
      onLinkOpen: (link) => {
        node.opened.push(link as FakeLink);
        link.attach({ onFrame: () => undefined, onClose: (reason) => node.manager.linkClosed(link, reason) });
      },
      onLinkClosed: (link, reason) => node.closed.push({ link: link as FakeLink, reason }),
      ...options,
    });
    this.nodes.set(id, node);
    return node;
  }

  async dial(from: PeerId, to: PeerId, signal: AbortSignal): Promise<Link> {
    if (this.hanging.has(to)) await new Promise((_, reject) => signal.addEventListener('abort', () => reject(signal.reason), { once: true }));
    await delay(this.clock, this.latencyMs, signal);
    const failure = this.unreachable.get(to);
    if (failure) throw new TabmeshError(failure, 'unreachable');
    const callee = this.nodes.get(to);
    if (!callee) throw new TabmeshError('unknown-peer');
    const decision = callee.manager.shouldAccept(from);
    if (!decision.ok) {
      await delay(this.clock, this.latencyMs, signal);
      throw new TabmeshError(decision.code, 'refused');
    }
    await delay(this.clock, this.latencyMs, signal);
    const [out, inb] = linkPair(this.clock, from, to);
    callee.manager.adopt(inb);
    return out;
  }

  /** Open links as [node id, link tag] for every node: what each side kept. */
  kept(): Map<PeerId, string[]> {
    return new Map([...this.nodes].map(([id, n]) => [id, n.manager.links().map((l) => (l as FakeLink).tag)]));
  }
}

export const constantRandom = (x: number): Random => () => x;
