/**
 * Pure geometry of the 256-bit identifier ring as drawn by tm-dht-ring: an id's place (its first
 * 32 bits), angles on a clock face (0° at twelve o'clock, increasing clockwise, as ids increase),
 * points, arcs, chords and label placement. No DOM, no Lit: every function is unit-tested.
 */

/** Hex digits of an id that set its angle: 32 bits are far finer than any screen. */
export const ANGLE_HEX_DIGITS = 8;
/** 2^32: the number of places the first ANGLE_HEX_DIGITS hex digits can take. */
const ANGLE_STEPS = 2 ** (4 * ANGLE_HEX_DIGITS);
const FULL_TURN_DEG = 360;
/** Sines below this put a label above or below its point (centred) rather than beside it. */
const SIDEWAYS_SINE = 0.3;

export interface Point {
  x: number;
  y: number;
}

export interface Circle {
  cx: number;
  cy: number;
  r: number;
}

export type TextAnchor = 'start' | 'middle' | 'end';

const HEX_PREFIX = new RegExp(`^[0-9a-fA-F]{${ANGLE_HEX_DIGITS}}`);

/** Where an id (or key) sits on the ring, in [0, 1); NaN when it does not start with 8 hex digits. */
export function idFraction(id: string): number {
  if (!HEX_PREFIX.test(id)) return Number.NaN;
  return Number.parseInt(id.slice(0, ANGLE_HEX_DIGITS), 16) / ANGLE_STEPS;
}

/** An id's angle in degrees, [0, 360): first 8 hex digits / 2^32 · 360°. */
export function idAngle(id: string): number {
  return idFraction(id) * FULL_TURN_DEG;
}

/** Any angle folded into [0, 360). */
export function normalizeDeg(deg: number): number {
  const folded = deg % FULL_TURN_DEG;
  return folded < 0 ? folded + FULL_TURN_DEG : folded + 0; // + 0 turns -0 into 0
}

/** Degrees clockwise from `from` to `to`, in [0, 360). */
export function clockwiseDeg(from: number, to: number): number {
  return normalizeDeg(to - from);
}

/** The smaller angle between two directions, in [0, 180]. */
export function angularDistance(a: number, b: number): number {
  const d = clockwiseDeg(a, b);
  return Math.min(d, FULL_TURN_DEG - d);
}

/**
 * The share of the ring from id `from` (exclusive) clockwise to id `to` (inclusive), in (0, 1]:
 * with a node's predecessor and itself, the share of keys the node is responsible for. Equal ids
 * (a ring of one) cover the whole ring.
 */
export function arcFraction(from: string, to: string): number {
  const share = normalizeDeg(idAngle(to) - idAngle(from)) / FULL_TURN_DEG;
  return share === 0 ? 1 : share;
}

/** The point at `deg` on a circle; 0° is straight up and angles grow clockwise on screen. */
export function pointAt(circle: Circle, deg: number, r = circle.r): Point {
  const rad = (deg * Math.PI) / 180;
  return { x: circle.cx + r * Math.sin(rad), y: circle.cy - r * Math.cos(rad) };
}

function fmt(n: number): string {
  return Number.isInteger(n) ? String(n) : n.toFixed(2).replace(/\.?0+$/, '');
}

/**
 * SVG path of the arc going clockwise from `fromDeg` to `toDeg`. Equal angles give the whole
 * circle (drawn as two half arcs: one SVG arc cannot start and end at the same point).
 */
export function arcPath(circle: Circle, fromDeg: number, toDeg: number): string {
  const sweep = clockwiseDeg(fromDeg, toDeg);
  const r = fmt(circle.r);
  const start = pointAt(circle, fromDeg);
  if (sweep === 0) {
    const half = pointAt(circle, fromDeg + FULL_TURN_DEG / 2);
    return `M ${fmt(start.x)} ${fmt(start.y)} A ${r} ${r} 0 0 1 ${fmt(half.x)} ${fmt(half.y)} A ${r} ${r} 0 0 1 ${fmt(start.x)} ${fmt(start.y)}`;
  }
  const end = pointAt(circle, toDeg);
  const large = sweep > FULL_TURN_DEG / 2 ? 1 : 0;
  return `M ${fmt(start.x)} ${fmt(start.y)} A ${r} ${r} 0 ${large} 1 ${fmt(end.x)} ${fmt(end.y)}`;
}

/**
 * SVG path of a chord between two places on the circle, bowed towards the centre: `bend` 0 is a
 * straight line, 1 puts the curve's control point on the centre.
 */
export function chordPath(circle: Circle, fromDeg: number, toDeg: number, bend = 0.35): string {
  const a = pointAt(circle, fromDeg);
  const b = pointAt(circle, toDeg);
  const mid = { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 };
  const control = { x: mid.x + (circle.cx - mid.x) * bend, y: mid.y + (circle.cy - mid.y) * bend };
  return `M ${fmt(a.x)} ${fmt(a.y)} Q ${fmt(control.x)} ${fmt(control.y)} ${fmt(b.x)} ${fmt(b.y)}`;
}

/** A radial tick at `deg` from radius `inner` to radius `outer`. */
export function tick(circle: Circle, deg: number, inner: number, outer: number): { a: Point; b: Point } {
  return { a: pointAt(circle, deg, inner), b: pointAt(circle, deg, outer) };
}

/** How a label placed outside the circle at `deg` is anchored so it reads away from the ring. */
export function labelAnchor(deg: number): TextAnchor {
  const sine = Math.sin((deg * Math.PI) / 180);
  if (sine > SIDEWAYS_SINE) return 'start';
  if (sine < -SIDEWAYS_SINE) return 'end';
  return 'middle';
}

interface LabelCluster {
  /** Original indices of the labels, in circular order. */
  members: number[];
  /** Sum of the members' wanted angles (unwrapped), so the cluster centres on their mean. */
  sum: number;
}

/**
 * Label angles pushed apart so that neighbours are at least `minGapDeg` apart (less when the
 * labels cannot all fit: then 360 / n), keeping their circular order. Crowded labels form a
 * cluster spaced evenly around their mean wanted angle, so lone labels stay exactly where they
 * are. Returns angles in [0, 360), in the order of the input.
 */
export function spreadAngles(angles: readonly number[], minGapDeg: number): number[] {
  const n = angles.length;
  if (n < 2) return angles.map(normalizeDeg);
  const gap = Math.min(minGapDeg, FULL_TURN_DEG / n);
  const order = angles.map((deg, index) => ({ deg: normalizeDeg(deg), index })).sort((p, q) => p.deg - q.deg || p.index - q.index);
  const wanted = (k: number): number => order[k]?.deg ?? 0;
  // Cut the circle open after its widest empty stretch and unwrap: clusters rarely cross the cut.
  let cut = 0;
  let widest = -1;
  for (let k = 0; k < n; k++) {
    const next = k === n - 1 ? wanted(0) + FULL_TURN_DEG : wanted(k + 1);
    if (next - wanted(k) > widest) {
      widest = next - wanted(k);
      cut = (k + 1) % n;
    }
  }
  const line: LabelCluster[] = [];
  const start = (c: LabelCluster): number => c.sum / c.members.length - ((c.members.length - 1) * gap) / 2;
  const end = (c: LabelCluster): number => start(c) + (c.members.length - 1) * gap;
  const clash = (a: LabelCluster, b: LabelCluster, shift = 0): boolean => end(a) + gap > start(b) + shift + 1e-9;
  const mergeDown = (): void => {
    for (;;) {
      const top = line.at(-1);
      const below = line.at(-2);
      if (top === undefined || below === undefined || !clash(below, top)) return;
      line.splice(-2, 2, { members: [...below.members, ...top.members], sum: below.sum + top.sum });
    }
  };
  for (let j = 0; j < n; j++) {
    const k = (cut + j) % n;
    const o = order[k];
    if (o === undefined) continue;
    const deg = k < cut ? o.deg + FULL_TURN_DEG : o.deg;
    line.push({ members: [o.index], sum: deg });
    mergeDown();
  }
  // Across the cut: while the last cluster runs into the first (one turn on), move the first to the end.
  for (;;) {
    const first = line[0];
    const last = line.at(-1);
    if (line.length < 2 || first === undefined || last === undefined || !clash(last, first, FULL_TURN_DEG)) break;
    line.shift();
    line.push({ members: first.members, sum: first.sum + first.members.length * FULL_TURN_DEG });
    mergeDown();
  }
  const out = new Array<number>(n);
  for (const cluster of line) {
    const from = start(cluster);
    cluster.members.forEach((index, k) => (out[index] = normalizeDeg(from + k * gap)));
  }
  return out;
}
