/**
 * Limits on sockets before anything is registered: per-address caps, the deadline to register,
 * the origin check on WebSocket and long-polling handshakes, and the counting of sockets the
 * server drops (strikes, oversized packets).
 */
import assert from 'node:assert/strict';
import { request } from 'node:http';
import { describe, test, type TestContext } from 'node:test';
import { io } from 'socket.io-client';
import type { ServerErrorEvent } from '../../../web/src/node/signaling/protocol.ts';
import type { SignalingServer } from '../../../signaling-server/src/server.ts';
import { connect, connectRegistered, reasonCount, scrape, startServer, waitForEvent, WAIT_MS, type ClientSocket } from './harness.ts';

const REFUSED = 'tabmesh_sockets_refused_total';
const DROPPED = 'tabmesh_sockets_dropped_total';

/** Opens a WebSocket client; resolves 'connected' on its first challenge, 'refused' on a connect error or close before it. */
function attempt(t: TestContext, server: SignalingServer, headers: Record<string, string> = {}): Promise<{ outcome: string; socket: ClientSocket }> {
  const socket: ClientSocket = io(server.url, { transports: ['websocket'], reconnection: false, forceNew: true, extraHeaders: headers });
  t.after(() => {
    socket.disconnect();
  });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('neither a challenge nor a refusal')), WAIT_MS);
    const done = (outcome: string) => (): void => {
      clearTimeout(timer);
      resolve({ outcome, socket });
    };
    socket.once('challenge', done('connected'));
    socket.once('connect_error', done('refused'));
    socket.once('disconnect', done('refused'));
  });
}

/** One raw engine.io long-polling request; resolves with the status and body. */
function polling(server: SignalingServer, query: string, options: { origin?: string; body?: string } = {}): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string | number> = options.origin === undefined ? {} : { origin: options.origin };
    if (options.body !== undefined) Object.assign(headers, { 'content-type': 'text/plain;charset=UTF-8', 'content-length': Buffer.byteLength(options.body) });
    const req = request(
      { host: '127.0.0.1', port: server.port, path: `/socket.io/?EIO=4&transport=polling${query}`, method: options.body === undefined ? 'GET' : 'POST', agent: false, timeout: WAIT_MS, headers },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
      },
    );
    req.on('timeout', () => req.destroy(new Error('request timed out')));
    req.on('error', reject);
    req.end(options.body);
  });
}

async function pollingHandshake(server: SignalingServer, origin: string | undefined): Promise<number> {
  return (await polling(server, '', origin === undefined ? {} : { origin })).status;
}

async function waitForSample(server: SignalingServer, family: string, reason: string, expected: number): Promise<void> {
  for (let i = 0; ; i++) {
    const value = reasonCount(await scrape(server), family, reason);
    if (value === expected) return;
    assert.ok(i < 100, `${family}{reason="${reason}"} stayed at ${value}, expected ${expected}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe('sockets per address', () => {
  test('an address holds at most maxSocketsPerAddress sockets; a freed slot can be used again', async (t) => {
    const server = await startServer(t, { maxSocketsPerAddress: 2 });
    const first = await connect(t, server);
    await connect(t, server);
    assert.equal((await attempt(t, server)).outcome, 'refused');
    await waitForSample(server, REFUSED, 'address-cap', 1);

    const gone = waitForEvent(first.socket, 'disconnect');
    first.socket.disconnect();
    await gone;
    for (let i = 0; ; i++) {
      const { outcome, socket } = await attempt(t, server);
      if (outcome === 'connected') break;
      socket.disconnect();
      assert.ok(i < 50, 'the server never freed the slot');
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    assert.equal((await scrape(server)).get('tabmesh_sockets'), 2);
  });
});

describe('the deadline to register', () => {
  test('a socket that has not registered in time is told and dropped; registered ones stay', async (t) => {
    const server = await startServer(t, { registerDeadlineMs: 300 });
    const member = await connectRegistered(t, server);
    const idle = await connect(t, server);
    const told = waitForEvent<ServerErrorEvent>(idle.socket, 'server-error');
    const dropped = waitForEvent(idle.socket, 'disconnect');
    assert.equal((await told).code, 'timeout');
    await dropped;
    assert.equal(member.socket.connected, true);
    assert.deepEqual(await member.socket.timeout(WAIT_MS).emitWithAck('bootstrap', { k: 1 }), { ok: true, peers: [] });
    await waitForSample(server, DROPPED, 'register-deadline', 1);
  });
});

describe('origins', () => {
  test('a WebSocket from a foreign page is refused; same origin, CORS_ORIGINS and non-browser clients are not', async (t) => {
    const server = await startServer(t, { corsOrigins: ['http://dev.tabmesh.test:5173'] });
    assert.equal((await attempt(t, server, { origin: 'http://evil.example' })).outcome, 'refused');
    assert.equal((await attempt(t, server, { origin: `http://127.0.0.1:${server.port}` })).outcome, 'connected');
    assert.equal((await attempt(t, server, { origin: 'http://dev.tabmesh.test:5173' })).outcome, 'connected');
    assert.equal((await attempt(t, server)).outcome, 'connected', 'no Origin header: the relay, curl');
    assert.equal((await attempt(t, server, { origin: 'null' })).outcome, 'refused');
    await waitForSample(server, REFUSED, 'origin', 2);
  });

  test('PUBLIC_URL is an allowed origin (a TLS proxy in front)', async (t) => {
    const server = await startServer(t, { publicUrl: 'https://mesh.tabmesh.test/' });
    assert.equal((await attempt(t, server, { origin: 'https://mesh.tabmesh.test' })).outcome, 'connected');
    assert.equal((await attempt(t, server, { origin: 'https://other.tabmesh.test' })).outcome, 'refused');
  });

  test('long-polling handshakes are checked the same way', async (t) => {
    const server = await startServer(t);
    assert.equal(await pollingHandshake(server, 'http://evil.example'), 403);
    assert.equal(await pollingHandshake(server, `http://127.0.0.1:${server.port}`), 200);
    assert.equal(await pollingHandshake(server, undefined), 200);
    await waitForSample(server, REFUSED, 'origin', 1);
  });
});

describe('sockets the server drops are counted', () => {
  test('strikes and oversized packets', async (t) => {
    const server = await startServer(t);
    const pest = await connect(t, server);
    const struck = waitForEvent(pest.socket, 'disconnect');
    for (let i = 0; i < 100 && pest.socket.connected; i++) pest.raw.emit('nonsense', i);
    await struck;
    await waitForSample(server, DROPPED, 'strikes', 1);

    const big = await connect(t, server);
    const cut = waitForEvent(big.socket, 'disconnect');
    big.raw.emit('register', 'x'.repeat(100 * 1024));
    await cut;
    await waitForSample(server, DROPPED, 'oversized-packet', 1);
    assert.equal(reasonCount(await scrape(server), DROPPED, 'register-deadline'), 0);
  });

  test('an oversized long-polling POST closes that session', async (t) => {
    const server = await startServer(t);
    const open = await polling(server, '');
    const sid = (JSON.parse(open.body.slice(1)) as { sid: string }).sid;
    assert.equal((await polling(server, `&sid=${sid}`, { body: '40' })).status, 200, 'socket.io CONNECT');
    assert.equal((await scrape(server)).get('tabmesh_sockets'), 1);
    const big = await polling(server, `&sid=${sid}`, { body: '4' + 'x'.repeat(100 * 1024) });
    assert.equal(big.status, 413);
    await waitForSample(server, DROPPED, 'oversized-packet', 1);
    for (let i = 0; (await scrape(server)).get('tabmesh_sockets') !== 0; i++) {
      assert.ok(i < 100, 'the session was not closed');
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  });
});
