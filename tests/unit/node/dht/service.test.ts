/**
 * The DHT service on a small in-process network (DhtSim, messages through the wire codec): owned
 * keys, what a reader does with answers it cannot trust, values too big for one record, content
 * of 1 MB, and requests no honest peer would send. The fakes (a tampering link, a raw sender)
 * are built here from the simulator's handler table.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { toUtf8Bytes } from 'ethers';
import type { DhtKey } from '../../../../web/src/node/dht/api.ts';
import { CONTENT_CHUNK_BYTES } from '../../../../web/src/node/dht/manifest.ts';
import { contentRecord, decodeRecord, encodeRecord, hashHex, type DhtRecord } from '../../../../web/src/node/dht/record.ts';
import { DHT_OP } from '../../../../web/src/node/dht/routing.ts';
import { ROUTE_BURST_PER_LINK } from '../../../../web/src/node/dht/constants.ts';
import { TabmeshError, isErrorCode, type ErrorCode } from '../../../../web/src/node/base/errors.ts';
import { MAX_DHT_INLINE_VALUE_BYTES } from '../../../../web/src/node/dht/messages.ts';
import { DHT_MESSAGES, type DhtMessageOf } from '../../../../web/src/node/dht/messages.ts';
import { errorCodeFromWire } from '../../../../web/src/node/wire/messages.ts';
import { DhtSim, type DhtSimNode } from '../../../sim/dht-sim.ts';
import { mulberry32, randomBytes } from '../wire/helpers.ts';

async function network(seed: number, nodes = 10): Promise<DhtSim> {
  const sim = new DhtSim({ seed, encode: true });
  await sim.form(nodes, 100);
  await sim.clock.advance(10_000);
  return sim;
}

/** A live node that is not the successor of `key`, so its requests for it cross the network. */
function remoteReader(sim: DhtSim, key: DhtKey): DhtSimNode {
  return sim.live().find((n) => n.id !== sim.successorOf(key)) as DhtSimNode;
}

function rejectsWith(code: ErrorCode): (e: unknown) => boolean {
  return (e) => {
    assert.ok(e instanceof TabmeshError, String(e));
    assert.equal(e.code, code);
    return true;
  };
}

/**
 * Rewrites the records in answers reaching `node`, as a malicious responder (or hop) would send
 * them; `tamper` returns the record to deliver instead, or undefined to pass it on. Returns undo.
 */
function tamperAnswers(node: DhtSimNode, tamper: (r: DhtRecord) => DhtRecord | undefined): () => void {
  return node.port.intercept('dhtResult', (m, _link, pass) => {
    const msg = m as DhtMessageOf<'dhtResult'>;
    const decoded = msg.body.length > 0 ? decodeRecord(msg.body) : undefined;
    const forged = decoded?.ok ? tamper(decoded.value) : undefined;
    pass(forged ? { ...msg, body: encodeRecord(forged) } : msg);
  });
}

function flipValueByte(r: DhtRecord): DhtRecord {
  const value = r.value.slice();
  value[Math.floor(value.length / 2)] = (value[Math.floor(value.length / 2)] ?? 0) ^ 0x40;
  return { ...r, value };
}

test('only the owner writes an owned key: another node\'s put is refused not-owner', async () => {
  const sim = await network(31);
  const [alice, bob] = sim.live() as [DhtSimNode, DhtSimNode];
  const key = alice.dht.keyOf('alice owns this');
  await sim.settle(alice.dht.put(key, toUtf8Bytes('first')));
  await assert.rejects(sim.settle(bob.dht.put(key, toUtf8Bytes('hijack'))), rejectsWith('not-owner'));
  await sim.settle(alice.dht.put(key, toUtf8Bytes('second')));
  const got = await sim.settle(bob.dht.get(key));
  assert.equal(new TextDecoder().decode(got.value), 'second', 'the owner overwrites');
  assert.equal(got.owner, alice.id);
});

test('a reader rejects a tampered content record, a forged owned value and an answer for another key', async () => {
  const sim = await network(32);
  const writer = sim.live()[1] as DhtSimNode;
  const small = toUtf8Bytes('content that must arrive intact');
  const contentKey = await sim.settle(writer.dht.putContent(small));
  assert.equal(contentKey, hashHex(small));
  const ownedKey = writer.dht.keyOf('signed');
  await sim.settle(writer.dht.put(ownedKey, toUtf8Bytes('signed value')));

  const reader = remoteReader(sim, contentKey);
  let undo = tamperAnswers(reader, flipValueByte);
  await assert.rejects(sim.settle(reader.dht.getContent(contentKey)), rejectsWith('hash-mismatch'));
  undo();
  const ownedReader = remoteReader(sim, ownedKey);
  undo = tamperAnswers(ownedReader, flipValueByte);
  await assert.rejects(sim.settle(ownedReader.dht.get(ownedKey)), rejectsWith('bad-signature'));
  undo();
  // A valid record, but not the one asked for.
  const other = toUtf8Bytes('some other content');
  undo = tamperAnswers(reader, (r) => contentRecord({ key: hashHex(other), value: other, replication: r.replication, expiresAt: r.expiresAt }));
  await assert.rejects(sim.settle(reader.dht.getContent(contentKey)), rejectsWith('hash-mismatch'));
  undo();
  // Nothing was poisoned: honest answers read back as written.
  assert.deepEqual(await sim.settle(reader.dht.getContent(contentKey)), small);
  assert.equal(new TextDecoder().decode((await sim.settle(ownedReader.dht.get(ownedKey))).value), 'signed value');
});

test('chunked content: one tampered chunk fails the whole read with hash-mismatch', async () => {
  const sim = await network(33);
  const bytes = randomBytes(mulberry32(33), 3 * CONTENT_CHUNK_BYTES + 1000);
  const key = await sim.settle((sim.live()[0] as DhtSimNode).dht.putContent(bytes));
  const reader = remoteReader(sim, key);
  let tampered = 0;
  const undo = tamperAnswers(reader, (r) => (r.value.length === CONTENT_CHUNK_BYTES && tampered++ === 0 ? flipValueByte(r) : undefined));
  await assert.rejects(sim.settle(reader.dht.getContent(key)), rejectsWith('hash-mismatch'));
  assert.equal(tampered > 0, true);
  undo();
  assert.deepEqual(await sim.settle(reader.dht.getContent(key)), bytes);
});

test(`an owned value larger than one record (${MAX_DHT_INLINE_VALUE_BYTES} bytes) goes through a manifest and reads back bit-exact`, async () => {
  const sim = await network(34);
  const [writer, reader] = [sim.live()[2] as DhtSimNode, sim.live()[8] as DhtSimNode];
  const value = randomBytes(mulberry32(34), MAX_DHT_INLINE_VALUE_BYTES + 12_345);
  const key = writer.dht.keyOf('a large owned value');
  await sim.settle(writer.dht.put(key, value));
  const got = await sim.settle(reader.dht.get(key));
  assert.equal(got.value.length, value.length);
  assert.deepEqual(got.value, value);
  assert.equal(got.owner, writer.id);
  const chunks = sim.live().flatMap((n) => n.dht.records()).filter((r) => r.kind === 'content');
  assert.ok(chunks.length >= Math.ceil(value.length / CONTENT_CHUNK_BYTES), 'stored as content chunks');
});

test('putContent / getContent of 1 MB on the simulated network is bit-exact', async () => {
  const sim = await network(35);
  const bytes = randomBytes(mulberry32(35), 1024 * 1024);
  const progress: number[] = [];
  const key = await sim.settle(
    (sim.live()[4] as DhtSimNode).dht.putContent(bytes, { onProgress: (p) => progress.push(p.done) }),
  );
  assert.equal(key, hashHex(bytes));
  assert.equal(progress.at(-1), Math.ceil(bytes.length / CONTENT_CHUNK_BYTES));
  const back = await sim.settle((sim.live()[9] as DhtSimNode).dht.getContent(key));
  assert.equal(back.length, bytes.length);
  assert.ok(back.every((b, i) => b === bytes[i]));
});

test('malformed dhtRoute requests are answered with a code, and the node keeps working', async () => {
  const sim = await network(36);
  const [target, sender] = sim.live() as [DhtSimNode, DhtSimNode];
  sim.link(target, sender);
  const answers = new Map<number, DhtMessageOf<'dhtResult'>>();
  const PROBE_RID = 0xffff_0000;
  sender.port.intercept('dhtResult', (m, _link, pass) => {
    const msg = m as DhtMessageOf<'dhtResult'>;
    if (msg.rid >= PROBE_RID) answers.set(msg.rid, msg);
    else pass(msg);
  });
  const fromSender = { remoteId: sender.id, reportMalformed: () => undefined };

  const expired = contentRecord({ key: hashHex(toUtf8Bytes('old')), value: toUtf8Bytes('old'), replication: 1, expiresAt: sim.clock.now() - 1 });
  const valid = contentRecord({ key: hashHex(toUtf8Bytes('ok')), value: toUtf8Bytes('ok'), replication: 1, expiresAt: sim.clock.now() + 60_000 });
  const mine = target.id; // the target is the successor of its own id
  const notMine = sender.id;
  const cases: { name: string; key: string; op: number; body: Uint8Array; hops?: number; deliver?: number; expect: ErrorCode | 'some code' }[] = [
    { name: 'unknown op', key: mine, op: 99, body: new Uint8Array(0), expect: 'bad-field' },
    { name: 'put, empty body', key: mine, op: DHT_OP.put, body: new Uint8Array(0), expect: 'truncated' },
    { name: 'put, garbage body', key: mine, op: DHT_OP.put, body: randomBytes(mulberry32(1), 500), expect: 'some code' },
    { name: 'storeLocal, truncated record', key: valid.key, op: DHT_OP.storeLocal, body: encodeRecord(valid).subarray(0, 60), expect: 'truncated' },
    { name: 'put, record for another key', key: mine, op: DHT_OP.put, body: encodeRecord(valid), expect: 'bad-field' },
    { name: 'storeLocal, expired record', key: expired.key, op: DHT_OP.storeLocal, body: encodeRecord(expired), expect: 'expired' },
    { name: 'storeLocal, value not matching its hash', key: valid.key, op: DHT_OP.storeLocal, body: encodeRecord(flipValueByte(valid)), expect: 'hash-mismatch' },
    { name: 'get of a key nobody holds', key: mine, op: DHT_OP.get, body: new Uint8Array(0), deliver: 1, expect: 'not-found' },
    { name: 'a route already at the hop limit', key: notMine, op: DHT_OP.findSuccessor, body: new Uint8Array(0), hops: 64, expect: 'no-route' },
  ];
  cases.forEach((c, i) => {
    const msg: DhtMessageOf<'dhtRoute'> = { kind: 'dhtRoute', rid: PROBE_RID + i, key: c.key, hops: c.hops ?? 1, deliver: c.deliver ?? 1, op: c.op, body: c.body };
    const wire = DHT_MESSAGES.decode(DHT_MESSAGES.encode(msg)); // what a peer can put on a link
    assert.ok(wire.ok, c.name);
    assert.doesNotThrow(() => target.port.deliver(fromSender, wire.value), c.name);
  });
  await sim.clock.advance(2_000);
  cases.forEach((c, i) => {
    const answer = answers.get(PROBE_RID + i);
    assert.ok(answer, `${c.name}: answered`);
    assert.notEqual(answer.code, 0, `${c.name}: refused`);
    const code = errorCodeFromWire(answer.code - 1);
    assert.ok(isErrorCode(code), `${c.name}: a known code`);
    if (c.expect !== 'some code') assert.equal(code, c.expect, c.name);
  });
  assert.equal(target.dht.stats().recordsRefused, 2, 'the expired and the forged record reached the store and were refused');
  // Still a working node.
  const key = target.dht.keyOf('after the garbage');
  await sim.settle(target.dht.put(key, toUtf8Bytes('fine')));
  assert.equal(new TextDecoder().decode((await sim.settle(sender.dht.get(key))).value), 'fine');
});

test('a neighbour flooding routed requests gets rate-limited after its burst; others are served', async () => {
  const sim = await network(37);
  const [target, flooder, other] = sim.live() as [DhtSimNode, DhtSimNode, DhtSimNode];
  sim.link(target, flooder);
  sim.link(target, other);
  const codes: number[] = [];
  const PROBE_RID = 0xffff_0000;
  flooder.port.intercept('dhtResult', (m, _link, pass) => {
    const msg = m as DhtMessageOf<'dhtResult'>;
    if (msg.rid >= PROBE_RID) codes.push(msg.code);
    else pass(msg);
  });
  const fromFlooder = { remoteId: flooder.id, reportMalformed: () => undefined };
  const FLOOD = ROUTE_BURST_PER_LINK + 100;
  for (let i = 0; i < FLOOD; i++) {
    const probe: DhtMessageOf<'dhtRoute'> = { kind: 'dhtRoute', rid: PROBE_RID + i, key: target.id, hops: 1, deliver: 1, op: DHT_OP.getLocal, body: new Uint8Array(0) };
    target.port.deliver(fromFlooder, probe);
  }
  await sim.clock.advance(1_000);
  const limited = codes.filter((c) => errorCodeFromWire(c - 1) === 'rate-limited').length;
  assert.equal(codes.length, FLOOD, 'every request answered');
  assert.ok(limited >= 90 && limited <= 100, `${limited} refused as rate-limited`);
  const key = other.dht.keyOf('still served');
  await sim.settle(other.dht.put(key, toUtf8Bytes('yes')));
  assert.equal(new TextDecoder().decode((await sim.settle(target.dht.get(key))).value), 'yes');
});

test('a crashed predecessor whose link still looks open does not make the keys before it unreachable', async () => {
  const sim = await network(41);
  const ids = sim.live().map((n) => n.id).sort();
  const [p, d, x] = [ids[3]!, ids[4]!, sim.nodes.get(ids[5]!)!];
  // Content whose key falls in (p, d]: d's keys, which x inherits when d dies.
  const rng = mulberry32(41);
  let bytes = randomBytes(rng, 64);
  while (!(hashHex(bytes) > p && hashHex(bytes) <= d)) bytes = randomBytes(rng, 64);
  sim.kill(sim.nodes.get(d)!);
  // x's channel to the crashed node still looks open: x keeps it as predecessor, and passes
  // d's keys back toward it, while everyone else routes them to x as their successor.
  x.links.add(d);
  await sim.clock.advance(10_000);
  assert.equal(x.dht.ring().predecessor, d, 'x still holds the dead predecessor');
  const writer = sim.live().find((n) => n.id !== x.id && n.id !== p)!;
  const key = await sim.settle(writer.dht.putContent(bytes));
  assert.equal(key, hashHex(bytes));
  const reader = sim.live().find((n) => n !== writer && n !== x)!;
  assert.deepEqual(await sim.settle(reader.dht.getContent(key)), bytes);
});
