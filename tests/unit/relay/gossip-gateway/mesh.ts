/** The fake gossip hub of the gateway tests: a relay node, a remote one, and clients subscribed through the gateway. */
import type { TestContext } from 'node:test';
import { FakeGossipHub, type FakeEvent, type FakeGossipNode } from './fake-gossip.ts';
import { TestClient } from './helpers.ts';
import { notify } from './messages.ts';

/** A matcher of the hub's events of one kind (and, optionally, more). */
export const is =
  <K extends FakeEvent['kind']>(kind: K, extra: (e: Extract<FakeEvent, { kind: K }>) => boolean = () => true) =>
  (e: FakeEvent): boolean =>
    e.kind === kind && extra(e as Extract<FakeEvent, { kind: K }>);

/** The rumour ids of a node's own announces, in order. */
export function announcedIds(node: FakeGossipNode): string[] {
  return node.events.flatMap((e) => (e.kind === 'announce' ? [e.messageId] : []));
}

/** Node 0 is the relay (the gateway's GossipApi), node 1 stands for the rest of the mesh. */
export function mesh(): { relay: FakeGossipNode; remote: FakeGossipNode } {
  const hub = new FakeGossipHub(2);
  return { relay: hub.node(0), remote: hub.node(1) };
}

/** A client of the gateway that has sent NOTIFY for `dataTypes`, once the relay has subscribed them all. */
export async function subscribed(t: TestContext, port: number, relay: FakeGossipNode, ...dataTypes: number[]): Promise<TestClient> {
  const before = relay.events.filter(is('subscribe')).length;
  const client = await TestClient.connect(t, port);
  client.send(...dataTypes.map(notify));
  await relay.waitForCount(is('subscribe'), before + dataTypes.length);
  return client;
}
