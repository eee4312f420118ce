import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { Identity } from '../../../web/src/node/peers/identity.ts';
import { SIGNALING_LIMITS, type AckResult, type ServerErrorEvent } from '../../../web/src/node/signaling/protocol.ts';
import { newSessionId, signSignal } from '../../../web/src/node/signaling/signal-auth.ts';
import { EVENT_LIMITS, STRIKE_LIMIT } from '../../../signaling-server/src/rate-limit.ts';
import { ManualClock, connect, connectRegistered, rejects, scrape, startServer, waitForEvent, WAIT_MS } from './harness.ts';

const EVENTS = ['register', 'bootstrap', 'signal', 'roles'] as const;

describe('malformed input', () => {
  test('non-object payloads are refused as malformed on every event', async (t) => {
    const server = await startServer(t);
    const client = await connectRegistered(t, server);
    for (const event of EVENTS) {
      for (const payload of [42, 'hello', null, [1, 2], true, Buffer.from('binary')]) {
        const result = (await client.raw.timeout(WAIT_MS).emitWithAck(event, payload)) as AckResult;
        assert.equal(result.ok ? 'ok' : result.code, 'malformed', `${event} ${JSON.stringify(payload)}`);
      }
    }
    assert.equal(rejects(await scrape(server), 'malformed'), EVENTS.length * 6);
  });

  test('a missing ack, extra arguments and unknown events get a server-error', async (t) => {
    const server = await startServer(t);
    const client = await connect(t, server);

    const noAck = waitForEvent<ServerErrorEvent>(client.socket, 'server-error');
    client.raw.emit('bootstrap', { k: 1 });
    assert.equal((await noAck).code, 'malformed');

    const extra = (await client.raw.timeout(WAIT_MS).emitWithAck('bootstrap', { k: 1 }, 'extra')) as AckResult;
    assert.equal(extra.ok ? 'ok' : extra.code, 'malformed');

    const unknown = waitForEvent<ServerErrorEvent>(client.socket, 'server-error');
    client.raw.emit('x'.repeat(10_000), 1);
    const event = await unknown;
    assert.equal(event.code, 'malformed');
    assert.ok(event.message.length < 200, 'the event name is not echoed in full');

    const unknownWithAck = (await client.raw.timeout(WAIT_MS).emitWithAck('steal-keys', {})) as AckResult;
    assert.equal(unknownWithAck.ok ? 'ok' : unknownWithAck.code, 'malformed');
    assert.equal(client.socket.connected, true);
  });

  test('a packet above maxHttpBufferSize drops that socket only', async (t) => {
    const server = await startServer(t);
    const bystander = await connectRegistered(t, server);
    const attacker = await connect(t, server);
    const dropped = waitForEvent(attacker.socket, 'disconnect');
    attacker.raw.emit('register', 'x'.repeat(100 * 1024));
    assert.ok(100 * 1024 > SIGNALING_LIMITS.maxPacketBytes);
    await dropped;

    const still = await bystander.socket.timeout(WAIT_MS).emitWithAck('bootstrap', { k: 1 });
    assert.deepEqual(still, { ok: true, peers: [] });
    const newcomer = await connectRegistered(t, server);
    assert.equal(newcomer.socket.connected, true);
  });

  test('a socket that keeps misbehaving is disconnected; others are served', async (t) => {
    const clock = new ManualClock();
    const server = await startServer(t, { clock: clock.now });
    const bystander = await connectRegistered(t, server);
    const pest = await connect(t, server);
    const violation = new Promise<ServerErrorEvent>((resolve) => {
      pest.socket.on('server-error', (e) => {
        if (e.code === 'protocol-violation') resolve(e);
      });
    });
    const gone = waitForEvent(pest.socket, 'disconnect');
    for (let i = 0; i <= STRIKE_LIMIT.capacity; i++) pest.raw.emit('nonsense', i);
    await Promise.race([violation, gone]);
    await gone;
    assert.equal(pest.socket.connected, false);
    assert.deepEqual(await bystander.socket.timeout(WAIT_MS).emitWithAck('bootstrap', { k: 1 }), { ok: true, peers: [] });
  });
});

describe('rate limits', () => {
  test('roles trips after its burst and recovers with time', async (t) => {
    const clock = new ManualClock();
    const server = await startServer(t, { clock: clock.now });
    const client = await connectRegistered(t, server);
    const send = (): Promise<AckResult> => client.socket.timeout(WAIT_MS).emitWithAck('roles', ['interface']);
    for (let i = 0; i < EVENT_LIMITS.roles.capacity; i++) assert.deepEqual(await send(), { ok: true });
    const limited = await send();
    assert.equal(limited.ok ? 'ok' : limited.code, 'rate-limited');
    clock.advance(1_000 / EVENT_LIMITS.roles.refillPerSecond);
    assert.deepEqual(await send(), { ok: true });
    assert.equal(rejects(await scrape(server), 'rate-limited'), 1);
  });

  test('register attempts are limited per socket', async (t) => {
    const clock = new ManualClock();
    const server = await startServer(t, { clock: clock.now });
    const client = await connect(t, server);
    const identity = Identity.generate();
    const codes: string[] = [];
    for (let i = 0; i <= EVENT_LIMITS.register.capacity; i++) {
      const forged = { id: identity.id, roles: [], capabilities: [], signature: '0x' + '11'.repeat(65) };
      const result = (await client.raw.timeout(WAIT_MS).emitWithAck('register', forged)) as AckResult;
      codes.push(result.ok ? 'ok' : result.code);
    }
    assert.equal(codes.at(-1), 'rate-limited');
    assert.ok(codes.slice(0, -1).every((c) => c !== 'rate-limited' && c !== 'ok'));
    // Another socket has its own budget.
    const other = await connectRegistered(t, server);
    assert.equal(other.socket.connected, true);
  });

  test('a signal flood beyond the burst is refused', async (t) => {
    const clock = new ManualClock();
    const server = await startServer(t, { clock: clock.now });
    const alice = await connectRegistered(t, server);
    const bob = await connectRegistered(t, server);
    const results = await Promise.all(
      Array.from({ length: EVENT_LIMITS.signal.capacity + 5 }, () => {
        const envelope = signSignal(alice.identity, { to: bob.id, kind: 'offer', session: newSessionId(), sdp: '', ts: clock.nowMs });
        return alice.socket.timeout(WAIT_MS).emitWithAck('signal', envelope);
      }),
    );
    const limited = results.filter((r) => !r.ok && r.code === 'rate-limited').length;
    assert.equal(results.filter((r) => r.ok).length, EVENT_LIMITS.signal.capacity);
    assert.equal(limited, 5);
  });
});
