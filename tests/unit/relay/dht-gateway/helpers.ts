/** A DHT gateway on 127.0.0.1 port 0, TCP clients of it, and course DHT messages for the tests. */
import type { TestContext } from 'node:test';
import {
  COURSE_DHT_MESSAGES,
  type CourseDhtMessage,
  type CourseDhtMessageOf,
} from '../../../../relay/src/dht-gateway/messages.ts';
import { startDhtGateway, type DhtGateway, type DhtGatewayOptions } from '../../../../relay/src/dht-gateway/index.ts';
import { hex } from '../../../support/bytes.ts';
import { connectSocket, FramedTestClient, type ConnectOptions } from '../../../support/framed-test-client.ts';

export { eventually } from '../../../support/framed-test-client.ts';
import type { FakeDht } from './fake-dht.ts';

export { fromHex, hex, text } from '../../../support/bytes.ts';

/** A 32-byte key: `n` in its first byte, the rest 0x11. */
export const keyBytes = (n: number): Uint8Array => Uint8Array.from({ length: 32 }, (_, i) => (i === 0 ? n : 0x11));
export const keyOf = (n: number): string => hex(keyBytes(n));

export const put = (key: number, value: Uint8Array, ttl = 0, replication = 0): CourseDhtMessageOf<'dhtPut'> => ({
  kind: 'dhtPut',
  ttl,
  replication,
  reserved: 0,
  key: keyBytes(key),
  value,
});
export const get = (key: number): CourseDhtMessageOf<'dhtGet'> => ({ kind: 'dhtGet', key: keyBytes(key) });
export const success = (key: number, value: Uint8Array): CourseDhtMessageOf<'dhtSuccess'> => ({ kind: 'dhtSuccess', key: keyBytes(key), value });
export const failure = (key: number): CourseDhtMessageOf<'dhtFailure'> => ({ kind: 'dhtFailure', key: keyBytes(key) });

export async function startTestGateway(t: TestContext, dht: FakeDht, options: Partial<DhtGatewayOptions> = {}): Promise<DhtGateway> {
  const gateway = await startDhtGateway({ host: '127.0.0.1', port: 0, dht, ...options });
  t.after(() => gateway.close());
  return gateway;
}

/** A course DHT client over TCP; keeps every message it reads. */
export class DhtTestClient extends FramedTestClient<CourseDhtMessage> {
  static async connect(t: TestContext, port: number, options: ConnectOptions = {}): Promise<DhtTestClient> {
    return new DhtTestClient(await connectSocket(t, port, options), { decode: COURSE_DHT_MESSAGES.decode, encode: COURSE_DHT_MESSAGES.encode });
  }
}

export function concat(messages: (CourseDhtMessage | Uint8Array)[]): Buffer {
  return Buffer.concat(messages.map((m) => (m instanceof Uint8Array ? m : COURSE_DHT_MESSAGES.encode(m))));
}

/** A key the tests never store: a GET of it is answered FAILURE, a marker in the answer stream. */
export const MARKER_KEY = 0xee;

/** Sends a marker GET and returns every message read before its FAILURE. */
export async function roundTrip(client: DhtTestClient): Promise<CourseDhtMessage[]> {
  client.send(get(MARKER_KEY));
  const before: CourseDhtMessage[] = [];
  for (;;) {
    const msg = await client.next();
    if (msg.kind === 'dhtFailure' && msg.key[0] === MARKER_KEY) return before;
    before.push(msg);
  }
}

