/**
 * A minimal TURN client for the server tests, over node:dgram or node:net, built on the codec
 * under test only for framing: it speaks the long-term credential dance (401 → REALM/NONCE →
 * retry with MESSAGE-INTEGRITY) and waits for answers by transaction id with a bounded timeout.
 */
import { createSocket, type Socket as UdpSocket } from 'node:dgram';
import { connect, type Socket as TcpSocket } from 'node:net';
import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import {
  ATTR,
  attribute,
  decodeChannelData,
  decodeErrorCode,
  decodeStunMessage,
  decodeText,
  decodeXorAddress,
  encodeChannelData,
  encodeStunMessage,
  encodeText,
  encodeXorAddress,
  findAttribute,
  longTermKey,
  METHOD,
  TurnStreamSplitter,
  type DecodedStunMessage,
  type StunAttribute,
  type TransportAddress,
} from '../../../../relay/src/turn/index.ts';

/** Long enough for a loaded CI machine, short enough that a lost answer fails the test quickly. */
export const WAIT_MS = 3000;

export interface Credentials {
  readonly username: string;
  readonly password: string;
}

export type Incoming =
  | { readonly kind: 'stun'; readonly message: DecodedStunMessage }
  | { readonly kind: 'channel'; readonly channel: number; readonly data: Uint8Array };

export class TestTurnClient {
  readonly transport: 'udp' | 'tcp';
  readonly #send: (bytes: Uint8Array) => void;
  readonly #close: () => void;
  readonly #queue: Incoming[] = [];
  #waiters: (() => void)[] = [];
  realm = '';
  nonce = '';
  credentials: Credentials | null = null;

  private constructor(transport: 'udp' | 'tcp', send: (b: Uint8Array) => void, close: () => void) {
    this.transport = transport;
    this.#send = send;
    this.#close = close;
  }

  static async udp(port: number, host = '127.0.0.1'): Promise<TestTurnClient> {
    const socket: UdpSocket = createSocket(host.includes(':') ? 'udp6' : 'udp4');
    socket.bind(0, host);
    await once(socket, 'listening');
    const client = new TestTurnClient('udp', (b) => socket.send(b, port, host), () => socket.close());
    socket.on('message', (msg) => client.#receive(msg));
    return client;
  }

  static async tcp(port: number): Promise<TestTurnClient> {
    const socket: TcpSocket = connect({ port, host: '127.0.0.1' });
    await once(socket, 'connect');
    const splitter = new TurnStreamSplitter();
    const client = new TestTurnClient('tcp', (b) => socket.write(b), () => socket.destroy());
    socket.on('data', (chunk: Buffer) => {
      const messages = splitter.push(chunk);
      if (messages.ok) for (const m of messages.value) client.#receive(m);
    });
    socket.on('error', () => {});
    return client;
  }

  close(): void {
    this.#close();
  }

  /** Forgets everything received and not yet taken (answers to junk a fuzz test sent). */
  clearReceived(): void {
    this.#queue.length = 0;
  }

  sendRaw(bytes: Uint8Array): void {
    this.#send(bytes);
  }

  /** Sends a request and waits for its answer (same transaction id); retries 401/438 once with credentials. */
  async request(method: number, attributes: readonly StunAttribute[] = [], authenticate = true): Promise<DecodedStunMessage> {
    let answer = await this.#exchange(method, attributes, authenticate && this.nonce !== '');
    const code = errorCode(answer);
    if (authenticate && this.credentials && (code === 401 || code === 438) && this.#learnNonce(answer)) {
      answer = await this.#exchange(method, attributes, true);
    }
    return answer;
  }

  /** One request with this transaction id, sent as is (for retransmission tests). */
  async requestWith(bytes: Uint8Array, transactionId: Uint8Array): Promise<DecodedStunMessage> {
    this.#send(bytes);
    return this.#next((m) => m.kind === 'stun' && m.message.cls !== 'indication' && same(m.message.transactionId, transactionId))
      .then((m) => (m as { message: DecodedStunMessage }).message);
  }

  /** Encodes a request signed with the current realm/nonce/credentials. */
  sign(method: number, attributes: readonly StunAttribute[], transactionId = randomBytes(12)): Uint8Array {
    const creds = this.credentials;
    if (!creds) return encodeStunMessage({ method, cls: 'request', transactionId, attributes }, { fingerprint: true });
    const all = [
      ...attributes,
      attribute(ATTR.username, encodeText(creds.username)),
      attribute(ATTR.realm, encodeText(this.realm)),
      attribute(ATTR.nonce, encodeText(this.nonce)),
    ];
    const integrityKey = longTermKey(creds.username, this.realm, creds.password);
    return encodeStunMessage({ method, cls: 'request', transactionId, attributes: all }, { integrityKey, fingerprint: true });
  }

  sendIndication(peer: TransportAddress, data: Uint8Array): void {
    const transactionId = randomBytes(12);
    const attributes = [attribute(ATTR.xorPeerAddress, encodeXorAddress(peer, transactionId)), attribute(ATTR.data, data)];
    this.#send(encodeStunMessage({ method: METHOD.send, cls: 'indication', transactionId, attributes }));
  }

  sendChannelData(channel: number, data: Uint8Array): void {
    this.#send(encodeChannelData(channel, data, this.transport === 'tcp'));
  }

  /** The next Data indication or ChannelData message. */
  async nextData(): Promise<{ peer?: TransportAddress; channel?: number; data: Uint8Array }> {
    const m = await this.#next((m) => m.kind === 'channel' || (m.message.cls === 'indication' && m.message.method === METHOD.data));
    if (m.kind === 'channel') return { channel: m.channel, data: m.data };
    const peer = decodeXorAddress(findAttribute(m.message, ATTR.xorPeerAddress)!, m.message.transactionId);
    if (!peer.ok) throw peer.error;
    return { peer: peer.value, data: findAttribute(m.message, ATTR.data)! };
  }

  async #exchange(method: number, attributes: readonly StunAttribute[], signed: boolean): Promise<DecodedStunMessage> {
    const transactionId = randomBytes(12);
    const bytes = signed
      ? this.sign(method, attributes, transactionId)
      : encodeStunMessage({ method, cls: 'request', transactionId, attributes }, { fingerprint: true });
    return this.requestWith(bytes, transactionId);
  }

  #learnNonce(answer: DecodedStunMessage): boolean {
    const realm = findAttribute(answer, ATTR.realm);
    const nonce = findAttribute(answer, ATTR.nonce);
    if (!realm || !nonce) return false;
    const r = decodeText(realm);
    const n = decodeText(nonce);
    if (!r.ok || !n.ok) return false;
    this.realm = r.value;
    this.nonce = n.value;
    return true;
  }

  #receive(bytes: Uint8Array): void {
    if ((bytes[0]! & 0xc0) === 0x40) {
      const decoded = decodeChannelData(bytes);
      if (decoded.ok) this.#push({ kind: 'channel', channel: decoded.value.channel, data: decoded.value.data.slice() });
      return;
    }
    const decoded = decodeStunMessage(Uint8Array.from(bytes));
    if (decoded.ok) this.#push({ kind: 'stun', message: decoded.value });
  }

  #push(incoming: Incoming): void {
    this.#queue.push(incoming);
    const waiters = this.#waiters;
    this.#waiters = [];
    for (const wake of waiters) wake();
  }

  /** Takes the first queued message matching `match`, waiting up to WAIT_MS for one. */
  async #next(match: (m: Incoming) => boolean): Promise<Incoming> {
    const deadline = Date.now() + WAIT_MS;
    for (;;) {
      const index = this.#queue.findIndex(match);
      if (index >= 0) return this.#queue.splice(index, 1)[0]!;
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`no matching message within ${WAIT_MS} ms`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.#waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }
}

export function errorCode(message: DecodedStunMessage): number | null {
  if (message.cls !== 'error') return null;
  const value = findAttribute(message, ATTR.errorCode);
  const decoded = value ? decodeErrorCode(value) : null;
  return decoded?.ok ? decoded.value.code : -1;
}

function same(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}
