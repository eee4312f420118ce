import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { PeerRow } from '../../../web/src/node/api.ts';
import { sortPeers } from '../../../web/src/app/peer-columns.ts';

function peer(id: string, extra: Partial<PeerRow> = {}): PeerRow {
  return { id, roles: ['interface'], link: 'open', source: 'measured', lastSeen: 1000, ...extra };
}

const rows = [
  peer('c', { latencyMs: 30, link: 'none' }),
  peer('a', { latencyMs: 5 }),
  peer('d'),
  peer('b', { latencyMs: 120, link: 'connecting' }),
];

test('numbers sort numerically and unknowns go last in both directions', () => {
  assert.deepEqual(sortPeers(rows, 'latency', 'asc').map((r) => r.id), ['a', 'c', 'b', 'd']);
  assert.deepEqual(sortPeers(rows, 'latency', 'desc').map((r) => r.id), ['b', 'c', 'a', 'd']);
});

test('link sorts open, connecting, none; ties by id', () => {
  assert.deepEqual(sortPeers(rows, 'link', 'asc').map((r) => r.id), ['a', 'd', 'b', 'c']);
});

test('last seen ascending is most recent first', () => {
  const seen = [peer('x', { lastSeen: 10 }), peer('y', { lastSeen: 30 }), peer('z', { lastSeen: 0 })];
  assert.deepEqual(sortPeers(seen, 'lastSeen', 'asc').map((r) => r.id), ['y', 'x', 'z']);
});

test('sorting does not modify its input', () => {
  const before = rows.map((r) => r.id);
  sortPeers(rows, 'id', 'desc');
  assert.deepEqual(rows.map((r) => r.id), before);
});
