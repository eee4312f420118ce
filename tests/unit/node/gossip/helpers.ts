/** Small gossip networks for unit tests, on the simulator harness with the wire codec in the loop. */
import type { Notification } from '../../../../web/src/node/gossip/api.ts';
import type { GossipOptions } from '../../../../web/src/node/gossip/types.ts';
import { GossipSim, type SimNode } from '../../../sim/gossip-sim.ts';

export const DATA_TYPE = 7;

export interface TestNet {
  sim: GossipSim;
  nodes: SimNode[];
  /** Every notification each node's subscriber received, in order. */
  inbox: Notification[][];
  stop(): void;
}

/** n nodes with the given links, started; `subscribe` nodes get a recording subscriber that does not validate. */
export function testNet(n: number, links: readonly (readonly [number, number])[], options: { gossip?: GossipOptions; subscribe?: number[]; seed?: number } = {}): TestNet {
  const sim = new GossipSim({ seed: options.seed ?? 11, encode: true, latencyMs: () => 10, ...(options.gossip && { gossip: options.gossip }) });
  const nodes = sim.addNodes(n);
  for (const [a, b] of links) sim.link(a, b);
  sim.startAll();
  const inbox: Notification[][] = nodes.map(() => []);
  for (const i of options.subscribe ?? []) nodes[i]?.gossip.subscribe(DATA_TYPE, (note) => inbox[i]?.push(note));
  return { sim, nodes, inbox, stop: () => nodes.forEach((node) => node.gossip.stop()) };
}

export function line(n: number): [number, number][] {
  return Array.from({ length: n - 1 }, (_, i) => [i, i + 1] as [number, number]);
}

export function node(net: TestNet, i: number): SimNode {
  const found = net.nodes[i];
  if (!found) throw new Error(`no node ${i}`);
  return found;
}

/** Validates every notification node i has received so far. */
export function validateAll(net: TestNet, i: number, valid = true): void {
  for (const note of net.inbox[i] ?? []) node(net, i).gossip.validate(note.id, valid);
}

export const bytes = (...values: number[]): Uint8Array => new Uint8Array(values);
