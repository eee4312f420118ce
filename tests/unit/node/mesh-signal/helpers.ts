/**
 * In-memory meshes of TabmeshNodes with a chosen topology (no automatic dialing: target degree
 * 0, no discovery), each carrying a MeshSignalChannel, on a virtual clock.
 */
import { TabmeshNode } from '../../../../web/src/node/node.ts';
import { Identity } from '../../../../web/src/node/peers/identity.ts';
import { MeshSignalChannel } from '../../../../web/src/node/mesh-signal/channel.ts';
import type { SignalEnvelope, SignalKind } from '../../../../web/src/node/signaling/protocol.ts';
import { newSessionId, signSignal } from '../../../../web/src/node/signaling/signal-auth.ts';
import { MemoryNetwork } from '../../../../web/src/node/transport/memory-network.ts';
import { TABLE_EXCHANGE_INTERVAL_MS } from '../../../../web/src/node/peers/constants.ts';
import { seededRandom } from '../../../support/random.ts';
import { VirtualClock } from '../../../support/virtual-clock.ts';

export interface MeshMember {
  identity: Identity;
  node: TabmeshNode;
  mesh: MeshSignalChannel;
  /** Envelopes the channel handed to its listeners, with the neighbour they came from. */
  received: { envelope: SignalEnvelope; via: string }[];
}

export interface TestMesh {
  clock: VirtualClock;
  members: MeshMember[];
  stop(): void;
}

/** `n` nodes linked along `edges` (index pairs); neighbours' tables are exchanged before it returns. */
export async function buildMesh(n: number, edges: readonly (readonly [number, number])[], seed = 1): Promise<TestMesh> {
  const clock = new VirtualClock();
  const random = seededRandom(seed);
  const network = new MemoryNetwork(clock, { latencyMs: 5, bytesPerMs: 10_000 });
  const members: MeshMember[] = [];
  for (let i = 0; i < n; i++) {
    const identity = Identity.generate();
    const node = new TabmeshNode({ identity, clock, random, connector: network.connector(identity.id), targetDegree: 0, periodicThroughput: false });
    const mesh = node.use(new MeshSignalChannel());
    const member: MeshMember = { identity, node, mesh, received: [] };
    mesh.onSignal((envelope, via) => member.received.push({ envelope, via }));
    await node.start();
    members.push(member);
  }
  for (const [a, b] of edges) {
    const dialed = members[a]!.node.connect(members[b]!.node.id);
    await clock.advance(20);
    await dialed;
  }
  // Tables go out when a link opens and then periodically: one round tells every node its neighbours' links.
  await clock.advance(TABLE_EXCHANGE_INTERVAL_MS + 100);
  return { clock, members, stop: () => members.forEach((m) => m.node.stop()) };
}

export function signed(from: Identity, to: string, ts: number, kind: SignalKind = 'offer', sdp = 'v=0\r\n'): SignalEnvelope {
  return signSignal(from, { to, kind, session: newSessionId(), sdp, ts });
}

/** Everything a member's channel did with incoming signals: forwarded, delivered or dropped. */
export function handled(member: MeshMember): number {
  const { forwarded, delivered, dropped } = member.mesh.stats;
  return forwarded + delivered + Object.values(dropped).reduce((a, b) => a + b, 0);
}
