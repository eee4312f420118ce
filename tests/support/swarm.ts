/** createSwarm(n): n full nodes in one process on the in-memory transport and a virtual clock. */
import { Identity } from '../../web/src/node/peers/identity.ts';
import { MemoryDirectory } from '../../web/src/node/peers/memory-discovery.ts';
import type { Role } from '../../web/src/node/peers/roles.ts';
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
}

export interface Swarm {
  clock: VirtualClock;
  network: MemoryNetwork;
  directory: MemoryDirectory;
  nodes: TabmeshNode[];
  add(roles?: Role[]): Promise<TabmeshNode>;
  stopAll(): void;
}

export async function createSwarm(n: number, options: SwarmOptions = {}): Promise<Swarm> {
  const clock = new VirtualClock();
  const random = seededRandom(options.seed ?? 1);
  const network = new MemoryNetwork(clock, options.model ?? { latencyMs: 5, bytesPerMs: 10_000 });
  const directory = new MemoryDirectory(random);
  const nodes: TabmeshNode[] = [];
  const add = async (roles: Role[] = options.roles?.(nodes.length) ?? ['interface']): Promise<TabmeshNode> => {
    const identity = Identity.generate();
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
    nodes.push(node);
    await node.start();
    return node;
  };
  for (let i = 0; i < n; i++) await add();
  return { clock, network, directory, nodes, add, stopAll: () => nodes.forEach((node) => node.stop()) };
}
