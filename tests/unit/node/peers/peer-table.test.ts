import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  HEARSAY_TTL_MS,
  MAX_PROBE_FAILURES,
  MAX_TABLE_ENTRIES,
  MAX_TABLE_ENTRIES_SENT,
  RTT_SAMPLES_KEPT,
  SRTT_ALPHA,
} from '../../../../web/src/node/peers/constants.ts';
import { latencyMs, PeerTable, UNKNOWN_LATENCY_US, type PeerTableSnapshot, type WireTableEntry } from '../../../../web/src/node/peers/peer-table.ts';
import { rolesToMask, type Role } from '../../../../web/src/node/peers/roles.ts';
import { decodeMeshMessage, encodeMeshMessage } from '../../../support/mesh-registries.ts';

const T0 = 1_700_000_000_000;
/** A valid peer id from a number, ordered like the number. */
const pid = (n: number): string => n.toString(16).padStart(64, '0');
const SELF = pid(0xffff);
const V = pid(1);
const W = pid(2);

function wire(id: string, over: Partial<WireTableEntry> = {}): WireTableEntry {
  return { id, roles: rolesToMask(['interface']), linked: 0, latencyUs: UNKNOWN_LATENCY_US, downBps: 0, upBps: 0, ageMs: 0, ...over };
}

/** A table with neighbours V and W linked (measured). */
function tableWithNeighbours(): PeerTable {
  const table = new PeerTable(SELF);
  table.upsertLinked(V, ['interface'], T0);
  table.upsertLinked(W, ['interface'], T0);
  return table;
}

test('entries are deduplicated by id whichever way they arrive', () => {
  const table = new PeerTable(SELF);
  table.addCandidate(pid(10), ['seed'], T0);
  table.addCandidate(pid(10), ['interface'], T0 + 1);
  assert.deepEqual(table.get(pid(10))?.roles, ['seed'], 'a second candidate does not replace the first');
  table.addCandidate(SELF, ['interface'], T0);
  table.upsertLinked(V, ['interface'], T0);
  table.upsertLinked(V, ['broker'], T0 + 5);
  table.mergeFrom(V, [wire(pid(10)), wire(pid(10)), wire(pid(11))], T0 + 10);
  assert.deepEqual(table.ids().sort(), [V, pid(10), pid(11)].sort());
  assert.equal(table.size, 3);
  assert.deepEqual(table.get(V)?.roles, ['broker']);
});

test(`RTT keeps ${RTT_SAMPLES_KEPT} samples, latency is min/2, SRTT smooths with alpha ${SRTT_ALPHA}`, () => {
  const table = new PeerTable(SELF);
  table.recordRtt(V, 10, T0);
  assert.equal(table.get(V), undefined, 'no entry is created for an unknown peer');
  table.addCandidate(V, [], T0);
  const rtts = [30, 10, 20, 40, 50];
  let srtt: number | undefined;
  for (const [i, rtt] of rtts.entries()) {
    table.recordRtt(V, rtt, T0 + i);
    srtt = srtt === undefined ? rtt : (1 - SRTT_ALPHA) * srtt + SRTT_ALPHA * rtt;
  }
  const entry = table.get(V)!;
  assert.deepEqual(entry.rttSamples, [20, 40, 50]);
  assert.equal(latencyMs(entry), 10, 'min of the last three, halved');
  assert.ok(srtt !== undefined && Math.abs(entry.srttMs! - srtt) < 1e-9, `srtt ${entry.srttMs} vs ${srtt}`);
  // 30 → 27.5 → 26.5625 → …: check the first step by hand, independent of the loop above.
  const fresh = new PeerTable(SELF);
  fresh.addCandidate(W, [], T0);
  fresh.recordRtt(W, 30, T0);
  fresh.recordRtt(W, 10, T0);
  assert.equal(fresh.get(W)?.srttMs, 27.5);
  assert.equal(entry.source, 'measured', 'a measured RTT makes the entry measured');
  assert.equal(entry.lastSeen, T0 + 4);
});

test(`${MAX_PROBE_FAILURES} failed probes in a row signal a prune; a success resets the count`, () => {
  const table = new PeerTable(SELF);
  assert.equal(table.recordProbeFailure(V), false, 'unknown peer');
  table.upsertLinked(V, [], T0);
  const results = Array.from({ length: MAX_PROBE_FAILURES - 1 }, () => table.recordProbeFailure(V));
  assert.ok(results.every((r) => r === false));
  table.recordRtt(V, 12, T0 + 1);
  for (let i = 0; i < MAX_PROBE_FAILURES - 1; i++) assert.equal(table.recordProbeFailure(V), false);
  assert.equal(table.recordProbeFailure(V), true);
  assert.equal(table.remove(V), true);
  assert.equal(table.remove(V), false);
});

test('mergeFrom adds hearsay with via, never overwrites measurements, and excludes self and the sender', () => {
  const table = tableWithNeighbours();
  table.recordRtt(V, 8, T0);
  table.recordThroughput(V, { downBps: 1000, upBps: 2000 }, T0);
  const x = pid(20);
  table.mergeFrom(
    W,
    [
      wire(x, { roles: rolesToMask(['broker', 'seed']), latencyUs: 7_000, downBps: 5e6, upBps: 6e6, ageMs: 3_000 }),
      wire(V, { roles: rolesToMask(['miner']), latencyUs: 1, downBps: 1, upBps: 1 }),
      wire(SELF, { linked: 1 }),
      wire(W, { roles: rolesToMask(['relay']) }),
    ],
    T0 + 10_000,
  );
  const heard = table.get(x)!;
  assert.equal(heard.source, 'hearsay');
  assert.equal(heard.via, W);
  assert.deepEqual([...heard.roles].sort(), ['broker', 'seed']);
  assert.equal(latencyMs(heard), 7);
  assert.equal(heard.downBps, 5e6);
  assert.equal(heard.upBps, 6e6);
  assert.equal(heard.lastSeen, T0 + 7_000, 'lastSeen is now minus the reported age');

  const measured = table.get(V)!;
  assert.equal(measured.source, 'measured');
  assert.deepEqual(measured.roles, ['interface']);
  assert.equal(latencyMs(measured), 4);
  assert.equal(measured.downBps, 1000);
  assert.equal(measured.via, undefined);
  assert.equal(table.get(SELF), undefined, 'self is never an entry');
  assert.deepEqual(table.get(W)?.roles, ['interface'], 'a neighbour cannot rewrite its own entry through its table');
  assert.equal(table.size, 3);
});

test('mergeFrom drops hearsay the sender stopped listing, and only that', () => {
  const table = tableWithNeighbours();
  const [a, b, c, d] = [pid(30), pid(31), pid(32), pid(33)];
  table.addCandidate(d, [], T0);
  table.mergeFrom(V, [wire(a), wire(b)], T0 + 1);
  table.mergeFrom(W, [wire(c)], T0 + 2);
  table.mergeFrom(V, [wire(b)], T0 + 3);
  assert.equal(table.get(a), undefined, 'V stopped listing a');
  assert.equal(table.get(b)?.via, V);
  assert.equal(table.get(c)?.via, W, "W's hearsay is untouched by V's table");
  assert.equal(table.get(d)?.source, 'hearsay', 'a bootstrap candidate is not V hearsay');
  table.mergeFrom(V, [], T0 + 4);
  assert.equal(table.get(b), undefined);
  assert.deepEqual(table.ids().sort(), [V, W, c, d].sort());
});

test('duplicate entries in one message count once, first one wins', () => {
  const table = tableWithNeighbours();
  const x = pid(40);
  table.mergeFrom(V, [wire(x, { roles: rolesToMask(['seed']), latencyUs: 2_000 }), wire(x, { roles: rolesToMask(['miner']), latencyUs: 9_000 })], T0);
  assert.deepEqual(table.get(x)?.roles, ['seed']);
  assert.equal(latencyMs(table.get(x)!), 2);
  assert.equal(table.size, 3);
});

test('neighbour edges from tables show up as reportedLinks, once per pair, and follow updates', () => {
  const table = tableWithNeighbours();
  const [x, y] = [pid(50), pid(51)];
  table.mergeFrom(V, [wire(x, { linked: 1 }), wire(y, { linked: 0 }), wire(SELF, { linked: 1 }), wire(W, { linked: 1 })], T0);
  table.mergeFrom(W, [wire(V, { linked: 1 })], T0);
  const key = (l: { a: string; b: string }): string => [l.a, l.b].sort().join('-');
  const links = table.reportedLinks().map(key).sort();
  assert.deepEqual(links, [key({ a: V, b: x }), key({ a: V, b: SELF }), key({ a: V, b: W })].sort(), 'V–W reported by both counts once; y is not linked');
  table.mergeFrom(V, [wire(x, { linked: 0 })], T0 + 1);
  assert.deepEqual(table.reportedLinks().map(key), [key({ a: W, b: V })], 'edges follow the latest table');
});

test('expireHearsay forgets unrefreshed hearsay after the TTL, never measured entries', () => {
  const table = tableWithNeighbours();
  const [fresh, stale] = [pid(60), pid(61)];
  table.mergeFrom(V, [wire(fresh, { ageMs: 0 }), wire(stale, { ageMs: 60_000 })], T0);
  assert.deepEqual(table.expireHearsay(T0 + HEARSAY_TTL_MS - 60_000), []);
  assert.deepEqual(table.expireHearsay(T0 + HEARSAY_TTL_MS - 60_000 + 1), [stale]);
  table.mergeFrom(V, [wire(fresh, { ageMs: 0 })], T0 + 60_000);
  assert.deepEqual(table.expireHearsay(T0 + HEARSAY_TTL_MS + 1), [], 'refreshed by the neighbour');
  assert.deepEqual(table.expireHearsay(T0 + 60_000 + HEARSAY_TTL_MS + 1), [fresh]);
  assert.deepEqual(table.expireHearsay(T0 + 365 * 86_400_000), []);
  assert.deepEqual(table.ids().sort(), [V, W].sort());
});

test(`toWire sends measured entries first, then the freshest hearsay, at most ${MAX_TABLE_ENTRIES_SENT}`, () => {
  const table = tableWithNeighbours();
  const now = T0 + 1_000_000;
  const hearsay = Array.from({ length: MAX_TABLE_ENTRIES_SENT + 50 }, (_, i) => wire(pid(1000 + i), { ageMs: i * 10 }));
  table.mergeFrom(V, hearsay, now);
  table.upsertLinked(pid(3), ['seed'], T0); // measured but older than every hearsay entry
  table.recordRtt(pid(3), 6, T0);
  const sent = table.toWire((id) => id === V, now, W);
  assert.equal(sent.length, MAX_TABLE_ENTRIES_SENT);
  assert.deepEqual(sent.slice(0, 2).map((e) => e.id).sort(), [V, pid(3)].sort(), 'measured first');
  assert.ok(!sent.some((e) => e.id === W), 'the recipient is left out');
  const ages = sent.slice(2).map((e) => e.ageMs);
  assert.deepEqual(ages, [...ages].sort((a, b) => a - b), 'hearsay freshest first');
  assert.equal(sent.find((e) => e.id === V)?.linked, 1);
  assert.equal(sent.find((e) => e.id === pid(3))?.linked, 0);
  assert.equal(sent.find((e) => e.id === pid(3))?.latencyUs, 3_000);
  assert.equal(sent.find((e) => e.id === V)?.latencyUs, UNKNOWN_LATENCY_US);
  assert.equal(sent.find((e) => e.id === pid(3))?.ageMs, now - T0);
  const decoded = decodeMeshMessage(encodeMeshMessage({ kind: 'peerTable', entries: sent }));
  assert.ok(decoded.ok && decoded.value.kind === 'peerTable' && decoded.value.entries.length === MAX_TABLE_ENTRIES_SENT);
});

test('toWire clamps huge, negative and NaN values into what the wire carries', () => {
  const table = new PeerTable(SELF);
  const values: [number, number, number][] = [
    [1e15, 1e12, Number.NaN],
    [-5, Number.NaN, Number.POSITIVE_INFINITY],
    [Number.NaN, -1, 1e12],
  ];
  for (const [i, [rtt, down, up]] of values.entries()) {
    table.upsertLinked(pid(70 + i), [], T0 + 10 * i);
    table.recordRtt(pid(70 + i), rtt, T0 + 10 * i);
    table.recordThroughput(pid(70 + i), { downBps: down, upBps: up }, T0 + 10 * i);
  }
  table.upsertLinked(pid(79), [], T0 + 5_000); // last seen in the future
  const sent = table.toWire(() => true, T0 + 1_000);
  let encoded: Uint8Array | undefined;
  assert.doesNotThrow(() => {
    encoded = encodeMeshMessage({ kind: 'peerTable', entries: sent });
  });
  assert.ok(encoded && decodeMeshMessage(encoded).ok);
  const byId = new Map(sent.map((e) => [e.id, e]));
  assert.equal(byId.get(pid(70))?.latencyUs, UNKNOWN_LATENCY_US - 1, 'huge latency saturates below "unknown"');
  assert.equal(byId.get(pid(70))?.downBps, 0xffffffff);
  assert.equal(byId.get(pid(70))?.upBps, 0);
  assert.equal(byId.get(pid(71))?.latencyUs, UNKNOWN_LATENCY_US, 'a negative latency is unknown');
  assert.equal(byId.get(pid(71))?.downBps, 0);
  assert.equal(byId.get(pid(72))?.latencyUs, UNKNOWN_LATENCY_US, 'NaN latency is unknown');
  assert.equal(byId.get(pid(72))?.upBps, 0xffffffff);
  assert.equal(byId.get(pid(79))?.ageMs, 0);
});

test('snapshot and restore round-trip through JSON; restored entries are hearsay', () => {
  const table = tableWithNeighbours();
  table.recordRtt(V, 14, T0 + 1);
  table.recordThroughput(V, { downBps: 123, upBps: 456 }, T0 + 2);
  table.mergeFrom(V, [wire(pid(80), { roles: rolesToMask(['seed']), latencyUs: 5_000, downBps: 9, ageMs: 100 })], T0 + 1_000);
  const saved = JSON.parse(JSON.stringify(table.snapshot())) as PeerTableSnapshot;
  assert.equal(saved.version, 1);

  const restored = new PeerTable(SELF);
  restored.upsertLinked(W, ['relay'], T0);
  restored.restore(saved, T0 + 500);
  assert.deepEqual(restored.ids().sort(), [V, W, pid(80)].sort());
  assert.deepEqual(restored.get(W)?.roles, ['relay'], 'what the table already has is kept');
  assert.equal(restored.get(W)?.source, 'measured');
  const v = restored.get(V)!;
  assert.equal(v.source, 'hearsay', 'our own old measurement is only a candidate now');
  assert.equal(latencyMs(v), 7);
  assert.deepEqual([v.downBps, v.upBps], [123, 456]);
  assert.equal(v.lastSeen, T0 + 2);
  const x = restored.get(pid(80))!;
  assert.equal(x.source, 'hearsay');
  assert.equal(x.via, undefined);
  assert.deepEqual(x.roles, ['seed']);
  assert.equal(latencyMs(x), 5);
  assert.equal(x.lastSeen, T0 + 500, 'a lastSeen after now is capped at now');
  assert.deepEqual(new PeerTable(V).restore(saved, T0 + 500), undefined);
});

test('restore skips corrupt snapshot items instead of poisoning the table', () => {
  const snapshot = {
    version: 1,
    entries: [
      { id: 'not-a-peer-id', roles: ['interface'], lastSeen: T0 },
      { id: pid(90), roles: ['interface'], lastSeen: Number.NaN },
      { id: pid(91), roles: ['interface', 'wizard'], lastSeen: T0, latencyMs: -4, downBps: Number.NaN },
      { id: SELF, roles: [], lastSeen: T0 },
    ],
  } as unknown as PeerTableSnapshot;
  const table = new PeerTable(SELF);
  assert.doesNotThrow(() => table.restore(snapshot, T0 + 10));
  assert.deepEqual(table.ids(), [pid(91)]);
  const entry = table.get(pid(91))!;
  assert.deepEqual(entry.roles, ['interface']);
  assert.equal(latencyMs(entry), undefined);
  assert.equal(entry.downBps, undefined);
  assert.doesNotThrow(() => encodeMeshMessage({ kind: 'peerTable', entries: table.toWire(() => false, T0 + 10) }));
  assert.deepEqual(table.expireHearsay(T0 + 10 + HEARSAY_TTL_MS + 1), [pid(91)]);
});

test(`the table holds at most ${MAX_TABLE_ENTRIES} entries, dropping the oldest hearsay, never measured ones`, () => {
  const table = tableWithNeighbours();
  const now = T0 + 10_000_000;
  const per = 500;
  const neighbours = [V, W, pid(3)];
  table.upsertLinked(pid(3), ['interface'], T0);
  neighbours.forEach((via, n) => {
    const entries = Array.from({ length: per }, (_, i) => wire(pid(100_000 * (n + 1) + i), { ageMs: (n * per + i) * 10 }));
    table.mergeFrom(via, entries, now);
  });
  assert.equal(table.size, MAX_TABLE_ENTRIES);
  for (const id of neighbours) assert.equal(table.get(id)?.source, 'measured');
  const oldestKept = Math.min(...table.entries().filter((e) => e.source === 'hearsay').map((e) => e.lastSeen));
  const dropped = 3 * per + 3 - MAX_TABLE_ENTRIES;
  assert.equal(oldestKept, now - (3 * per - dropped - 1) * 10, 'the oldest hearsay went first');

  const candidates = new PeerTable(SELF);
  for (let i = 0; i < MAX_TABLE_ENTRIES + 100; i++) candidates.addCandidate(pid(200_000 + i), ['interface' as Role], T0 + i);
  assert.equal(candidates.size, MAX_TABLE_ENTRIES, 'bootstrap candidates are bounded too');
  assert.ok(candidates.get(pid(200_000 + MAX_TABLE_ENTRIES + 99)), 'the newest candidate is kept');
});
