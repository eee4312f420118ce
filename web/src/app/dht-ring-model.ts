/**
 * What tm-dht-ring draws, derived from `dht.ring()` and `dht.records()`: one mark per distinct
 * node with every part it plays for this node (self, predecessor, successor n, finger i), and one
 * tick per locally held key. Pure: no DOM, no Lit.
 */
import type { PeerId } from '../node/base/peer-id.ts';
import type { DhtKey, LocalRecord, RingView } from '../node/dht/api.ts';
import { shortId } from './format.ts';
import { idAngle } from './ring-geometry.ts';

export interface RingMark {
  id: PeerId;
  /** Degrees clockwise from twelve o'clock. */
  angle: number;
  self: boolean;
  predecessor: boolean;
  /** 1 for the immediate successor, 2 for the next…; undefined when not in the successor list. */
  successorRank: number | undefined;
  /** Finger indices (i of "first node at or after self + 2^i") pointing at this node, ascending. */
  fingers: number[];
}

export interface RecordTick {
  key: DhtKey;
  angle: number;
  primary: boolean;
}

/** The drawn marks, ordered by angle; ids that have no place on the ring (not hex) are left out. */
export function ringMarks(view: RingView): RingMark[] {
  const marks = new Map<PeerId, RingMark>();
  const mark = (id: PeerId): RingMark => {
    let m = marks.get(id);
    if (m === undefined) {
      m = { id, angle: idAngle(id), self: false, predecessor: false, successorRank: undefined, fingers: [] };
      marks.set(id, m);
    }
    return m;
  };
  mark(view.self).self = true;
  if (view.predecessor !== undefined) mark(view.predecessor).predecessor = true;
  view.successors.forEach((id, i) => {
    const m = mark(id);
    m.successorRank ??= i + 1;
  });
  for (const finger of view.fingers) {
    const m = mark(finger.node);
    if (!m.fingers.includes(finger.index)) m.fingers.push(finger.index);
  }
  return [...marks.values()]
    .filter((m) => Number.isFinite(m.angle))
    .map((m) => ({ ...m, fingers: [...m.fingers].sort((a, b) => a - b) }))
    .sort((a, b) => a.angle - b.angle || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** Distinct nodes this node has a finger to, other than itself: where its chords go. */
export function fingerTargets(marks: readonly RingMark[]): RingMark[] {
  return marks.filter((m) => !m.self && m.fingers.length > 0);
}

export function recordTicks(records: readonly LocalRecord[]): RecordTick[] {
  return records
    .map((r) => ({ key: r.key, angle: idAngle(r.key), primary: r.primary }))
    .filter((t) => Number.isFinite(t.angle));
}

/** Finger indices as short ranges: [0, 1, 2, 5, 7, 8] → "0–2, 5, 7–8". */
export function indexRanges(indices: readonly number[]): string {
  const parts: string[] = [];
  let start: number | undefined;
  let prev: number | undefined;
  const flush = (): void => {
    if (start === undefined || prev === undefined) return;
    parts.push(start === prev ? String(start) : `${start}–${prev}`);
  };
  for (const i of [...indices].sort((a, b) => a - b)) {
    if (prev !== undefined && i === prev + 1) {
      prev = i;
      continue;
    }
    flush();
    start = i;
    prev = i;
  }
  flush();
  return parts.join(', ');
}

/** The parts a node plays, for a tooltip: "successor 1 · finger 0–3, 9". */
export function markRoles(mark: RingMark): string {
  const roles: string[] = [];
  if (mark.self) roles.push('this node');
  if (mark.predecessor) roles.push('predecessor');
  if (mark.successorRank !== undefined) roles.push(`successor ${mark.successorRank}`);
  if (mark.fingers.length > 0) roles.push(`finger ${indexRanges(mark.fingers)}`);
  return roles.join(' · ');
}

/** The label drawn next to a mark. */
export function markLabel(mark: RingMark, length = 6): string {
  return mark.self ? `you ${shortId(mark.id, length)}` : shortId(mark.id, length);
}
