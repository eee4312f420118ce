/** A gateway on 127.0.0.1 port 0, TCP clients of it, and a recorder of the gateway's writes. */
import type { TestContext } from 'node:test';
import { Socket } from 'node:net';
import type { GossipApi } from '../../../../web/src/node/gossip/api.ts';
import {
  COURSE_GOSSIP_MESSAGES,
  type CourseGossipMessage,
} from '../../../../relay/src/gossip-gateway/messages.ts';
import { startGossipGateway, type GossipGateway, type GossipGatewayOptions } from '../../../../relay/src/gossip-gateway/index.ts';
import { connectSocket, FramedTestClient, type ConnectOptions } from '../../../support/framed-test-client.ts';

export { fromHex, hex } from '../../../support/bytes.ts';

export async function startTestGateway(
  t: TestContext,
  gossip: GossipApi,
  options: Partial<GossipGatewayOptions> = {},
): Promise<GossipGateway> {
  const gateway = await startGossipGateway({ host: '127.0.0.1', port: 0, gossip, ...options });
  t.after(() => gateway.close());
  return gateway;
}

/** A course gossip client over TCP; keeps every message it reads. */
export class TestClient extends FramedTestClient<CourseGossipMessage> {
  static async connect(t: TestContext, port: number, options: ConnectOptions = {}): Promise<TestClient> {
    return new TestClient(await connectSocket(t, port, options), { decode: COURSE_GOSSIP_MESSAGES.decode, encode: COURSE_GOSSIP_MESSAGES.encode });
  }
}

export interface RecordedWrite {
  writev: boolean;
  chunks: Uint8Array[];
  /** The write did not complete within the call (the kernel buffer was full). */
  late: boolean;
}

/**
 * Records what sockets hand to libuv during a test: every call of net.Socket's _writeGeneric, by
 * the socket's local port (so a server's port selects the server side of its connections). A
 * `writev` entry means Node gathered several queued writes into one.
 */
export function recordSocketWrites(t: TestContext): (localPort: number) => RecordedWrite[] {
  const proto = Socket.prototype as unknown as {
    _writeGeneric(writev: boolean, data: unknown, encoding: string, cb: (error?: Error | null) => void): unknown;
  };
  const original = proto._writeGeneric;
  const byPort = new Map<number, RecordedWrite[]>();
  proto._writeGeneric = function (this: Socket, writev, data, encoding, cb) {
    const port = this.localPort;
    if (port === undefined) return original.call(this, writev, data, encoding, cb);
    const chunks = writev
      ? (data as { chunk: Uint8Array }[]).map((c) => Uint8Array.from(c.chunk))
      : [Uint8Array.from(data as Uint8Array)];
    const write: RecordedWrite = { writev, chunks, late: true };
    let writes = byPort.get(port);
    if (!writes) byPort.set(port, (writes = []));
    writes.push(write);
    let returned = false;
    const result = original.call(this, writev, data, encoding, (error) => {
      write.late = returned;
      cb(error);
    });
    returned = true;
    return result;
  };
  t.after(() => {
    proto._writeGeneric = original;
  });
  return (localPort) => byPort.get(localPort) ?? [];
}
