import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  angularDistance,
  arcFraction,
  arcPath,
  chordPath,
  clockwiseDeg,
  idAngle,
  idFraction,
  labelAnchor,
  normalizeDeg,
  pointAt,
  spreadAngles,
  tick,
  type Circle,
} from '../../../web/src/app/ring-geometry.ts';

const id = (prefix: string): string => prefix.padEnd(64, '0');
const C: Circle = { cx: 100, cy: 100, r: 50 };

function near(actual: number, expected: number, epsilon = 1e-9): void {
  assert.ok(Math.abs(actual - expected) <= epsilon, `${actual} is not ≈ ${expected}`);
}

/** Smallest circular gap between neighbours of a set of angles. */
function minGap(angles: number[]): number {
  const sorted = [...angles].sort((a, b) => a - b);
  return Math.min(...sorted.map((a, i) => (i === sorted.length - 1 ? (sorted[0] ?? 0) + 360 - a : (sorted[i + 1] ?? 0) - a)));
}

/** Input indices in the circular order of `angles`, starting from index 0 (ties by index). */
function circularOrder(angles: number[]): number[] {
  const sorted = angles.map((deg, i) => ({ deg, i })).sort((a, b) => a.deg - b.deg || a.i - b.i).map((e) => e.i);
  const at = sorted.indexOf(0);
  return [...sorted.slice(at), ...sorted.slice(0, at)];
}

test('an id is placed by its first 8 hex digits over 2^32', () => {
  assert.equal(idFraction(id('00000000')), 0);
  assert.equal(idFraction(id('80000000')), 0.5);
  assert.equal(idFraction(id('40000000')), 0.25);
  assert.equal(idAngle(id('c0000000')), 270);
  near(idAngle('ffffffff'.padEnd(64, 'f')), 360 - 360 / 2 ** 32);
  // Only the first 32 bits count.
  assert.equal(idAngle(`80000000${'f'.repeat(56)}`), 180);
  assert.equal(idAngle('8000000AFF'), idAngle('8000000a00'));
});

test('ids that do not start with 8 hex digits have no place', () => {
  assert.ok(Number.isNaN(idFraction('')));
  assert.ok(Number.isNaN(idFraction('1234567')));
  assert.ok(Number.isNaN(idAngle('zz000000')));
});

test('angles fold into [0, 360) and clockwise distance wraps', () => {
  assert.equal(normalizeDeg(-90), 270);
  assert.equal(normalizeDeg(720), 0);
  assert.ok(Object.is(normalizeDeg(-360), 0));
  assert.equal(clockwiseDeg(350, 10), 20);
  assert.equal(clockwiseDeg(10, 350), 340);
  assert.equal(angularDistance(350, 10), 20);
  assert.equal(angularDistance(10, 350), 20);
  assert.equal(angularDistance(0, 180), 180);
});

test('the share of the ring from a predecessor to a node wraps through 0', () => {
  assert.equal(arcFraction(id('00000000'), id('40000000')), 0.25);
  assert.equal(arcFraction(id('c0000000'), id('40000000')), 0.5);
  assert.equal(arcFraction(id('40000000'), id('40000000')), 1);
});

test('0° is twelve o’clock and angles grow clockwise on screen (y down)', () => {
  const top = pointAt(C, 0);
  near(top.x, 100);
  near(top.y, 50);
  const right = pointAt(C, 90);
  near(right.x, 150);
  near(right.y, 100);
  const bottom = pointAt(C, 180);
  near(bottom.x, 100);
  near(bottom.y, 150);
  const left = pointAt(C, 270, 10);
  near(left.x, 90);
  near(left.y, 100);
});

test('arcs run clockwise, with the large-arc flag past half a turn', () => {
  assert.equal(arcPath(C, 0, 90), 'M 100 50 A 50 50 0 0 1 150 100');
  assert.equal(arcPath(C, 90, 0), 'M 150 100 A 50 50 0 1 1 100 50');
  // Across 0: from 270 (left) clockwise to 90 (right) through the top, half a turn: small arc.
  assert.equal(arcPath(C, 270, 90), 'M 50 100 A 50 50 0 0 1 150 100');
});

test('an arc from a place to itself is the whole circle, in two halves', () => {
  assert.equal(arcPath(C, 0, 0), 'M 100 50 A 50 50 0 0 1 100 150 A 50 50 0 0 1 100 50');
});

test('chords bow towards the centre by the bend factor', () => {
  assert.equal(chordPath(C, 0, 90, 0), 'M 100 50 Q 125 75 150 100');
  assert.equal(chordPath(C, 0, 90, 1), 'M 100 50 Q 100 100 150 100');
  assert.equal(chordPath(C, 0, 90, 0.5), 'M 100 50 Q 112.5 87.5 150 100');
});

test('ticks run radially between two radii', () => {
  const { a, b } = tick(C, 90, 40, 48);
  near(a.x, 140);
  near(b.x, 148);
  near(a.y, 100);
  near(b.y, 100);
});

test('labels read away from the ring: right side start, left side end, top and bottom centred', () => {
  assert.equal(labelAnchor(0), 'middle');
  assert.equal(labelAnchor(10), 'middle');
  assert.equal(labelAnchor(90), 'start');
  assert.equal(labelAnchor(180), 'middle');
  assert.equal(labelAnchor(270), 'end');
  assert.equal(labelAnchor(-90), 'end');
});

test('well separated labels stay where they are', () => {
  assert.deepEqual(spreadAngles([10, 100, 200, 300], 8), [10, 100, 200, 300]);
  assert.deepEqual(spreadAngles([370], 8), [10]);
  assert.deepEqual(spreadAngles([], 8), []);
});

test('crowded labels are pushed apart symmetrically, keeping their order', () => {
  const out = spreadAngles([100, 101, 102], 8);
  near(out[0] ?? 0, 93, 1e-3);
  near(out[1] ?? 0, 101, 1e-3);
  near(out[2] ?? 0, 109, 1e-3);
});

test('labels crowded across 0° spread across it and come back in [0, 360)', () => {
  const out = spreadAngles([359, 0.5, 1], 10);
  assert.ok(minGap(out) >= 10 - 1e-3, `gaps ${out.join(', ')}`);
  for (const deg of out) assert.ok(deg >= 0 && deg < 360);
  // Order around the circle kept: 359 → 0.5 → 1 clockwise.
  assert.ok(clockwiseDeg(out[0] ?? 0, out[1] ?? 0) < 180);
  assert.ok(clockwiseDeg(out[1] ?? 0, out[2] ?? 0) < 180);
});

test('a large cluster is spread, and too many labels share the circle evenly', () => {
  const cluster = spreadAngles(Array.from({ length: 20 }, (_, i) => 45 + i * 0.1), 7);
  assert.ok(minGap(cluster) >= 7 - 1e-2, `min gap ${minGap(cluster)}`);
  const crowd = spreadAngles(Array.from({ length: 60 }, () => 0), 8);
  assert.ok(minGap(crowd) >= 6 - 1e-2, `min gap ${minGap(crowd)}`);
});

test('clusters that meet across the cut merge into one, order kept', () => {
  const wanted = [0, 0.1, 0.2, 0.3, 150, 220];
  const out = spreadAngles(wanted, 60);
  assert.ok(minGap(out) >= 60 - 1e-6, `gaps ${out.join(', ')}`);
  assert.deepEqual(circularOrder(out), circularOrder(wanted));
});

test('spreading keeps circular order for scattered crowds', () => {
  // A fixed pseudo-random set (no Math.random in tests): 25 labels bunched in three places.
  const wanted = Array.from({ length: 25 }, (_, i) => ([10, 130, 355][i % 3] ?? 0) + ((i * 37) % 11) * 0.3);
  const out = spreadAngles(wanted, 9);
  assert.ok(minGap(out) >= 9 - 1e-6, `min gap ${minGap(out)}`);
  assert.deepEqual(circularOrder(out), circularOrder(wanted));
});
