/** createSwarm(n): n full nodes in one process on the in-memory transport and a virtual clock. */
import { Identity } from '../../web/src/node/peers/identity.ts';
import { MemoryDirectory } from '../../web/src/node/peers/memory-discovery.ts';
import type { Role } from '../../web/src/node/peers/roles.ts';
import type { Service } from '../../web/src/node/service.ts';
import { TabmeshNode, type TabmeshNodeOptions } from '../../web/src/node/node.ts';
import type { ChannelModel } from '../../web/src/node/transport/memory-channel.ts';
import { MemoryNetwork } from '../../web/src/node/transport/memory-network.ts';
import { VirtualClock } from './virtual-clock.ts';
import { seededRandom } from './random.ts';

export { seededRandom };

export interface SwarmOptions {
  seed?: number;
  model?: ChannelModel;
  node?: Partial<Omit<TabmeshNodeOptions, 'identity' | 'connector' | 'clock' | 'random'>>;
  roles?: (i: number) => Role[];
  /** The services node i runs (none by default), made with its identity. */
  services?: (i: number, identity: Identity) => Service[];
}

export interface Swarm {
  clock: VirtualClock;
  network: MemoryNetwork;
  directory: MemoryDirectory;
  nodes: TabmeshNode[];
  /** services[i]: what nodes[i] runs. */
  services: Service[][];
  /** A node with these roles and services (the swarm's defaults for its index when absent), started. */
  add(roles?: Role[], services?: Service[] | ((identity: Identity) => Service[])): Promise<TabmeshNode>;
  stopAll(): Promise<void>;
}

export async function createSwarm(n: number, options: SwarmOptions = {}): Promise<Swarm> {
  const clock = new VirtualClock();
  const random = seededRandom(options.seed ?? 1);
  const network = new MemoryNetwork(clock, options.model ?? { latencyMs: 5, bytesPerMs: 10_000 });
  const directory = new MemoryDirectory(random);
  const nodes: TabmeshNode[] = [];
  const services: Service[][] = [];
  const add = async (
    roles: Role[] = options.roles?.(nodes.length) ?? ['interface'],
    make: Service[] | ((identity: Identity) => Service[]) = (identity) => options.services?.(nodes.length, identity) ?? [],
  ): Promise<TabmeshNode> => {
    const identity = Identity.generate();
    const own = typeof make === 'function' ? make(identity) : make;
    const node = new TabmeshNode({
      identity,
      clock,
      random,
      roles,
      connector: network.connector(identity.id),
      discovery: directory.discovery(identity.id, roles),
      periodicThroughput: false,
      ...options.node,
    });
    for (const service of own) node.use(service);
    nodes.push(node);
    services.push(own);
    await node.start();
    return node;
  };
  for (let i = 0; i < n; i++) await add();
  const stopAll = async (): Promise<void> => {
    const stopped = Promise.all(nodes.map((node) => node.stop()));
    let done = false;
    void stopped.then(() => (done = true));
    await Promise.resolve();
    // Services still saying goodbye (a DHT's handoff) finish on the virtual clock, which nobody else runs now.
    if (!done) await clock.runUntil(() => done, 60_000, 10);
  };
  return { clock, network, directory, nodes, services, add, stopAll };
}
