/**
 * The partial view's pure operations: merging descriptor lists and drawing samples. Kept free of
 * timers and links so the rules (youngest wins, no self, max age, bounded size) test directly.
 */
import { pickRandom, type Random } from '../base/clock.ts';
import type { PeerId } from '../base/peer-id.ts';
import type { ViewEntry } from './api.ts';

export interface MergeRules {
  selfId: PeerId;
  viewSize: number;
  maxAge: number;
  random: Random;
}

/**
 * Union of `current` and `incoming`: one descriptor per id (the youngest), none for self, none
 * older than maxAge, the youngest `viewSize` kept (ties broken at random), youngest first.
 */
export function mergeView(current: readonly ViewEntry[], incoming: readonly ViewEntry[], rules: MergeRules): ViewEntry[] {
  const youngest = new Map<PeerId, number>();
  for (const entry of [...current, ...incoming]) {
    if (entry.id === rules.selfId || entry.age > rules.maxAge) continue;
    const known = youngest.get(entry.id);
    if (known === undefined || entry.age < known) youngest.set(entry.id, entry.age);
  }
  const ranked = [...youngest].map(([id, age]) => ({ id, age, tie: rules.random() }));
  ranked.sort((a, b) => a.age - b.age || a.tie - b.tie);
  return ranked.slice(0, rules.viewSize).map(({ id, age }) => ({ id, age }));
}

/** Every descriptor one round older; those past maxAge are dropped. */
export function ageView(view: readonly ViewEntry[], maxAge: number): ViewEntry[] {
  return view.map((e) => ({ id: e.id, age: e.age + 1 })).filter((e) => e.age <= maxAge);
}

/**
 * Received descriptors as the receiver holds them: the sender's own is first-hand, every other
 * one is hearsay and one round older. So a copy never outlives the original: a node that stops
 * advertising itself leaves every view within maxAge rounds.
 */
export function asReceived(entries: readonly ViewEntry[], sender: PeerId): ViewEntry[] {
  return entries.map((e) => ({ id: e.id, age: e.id === sender ? e.age : e.age + 1 }));
}

/** What a node sends in a push or response: itself at age 0 and up to `size` random descriptors, never the receiver's own. */
export function viewSample(view: readonly ViewEntry[], selfId: PeerId, receiver: PeerId, size: number, random: Random): ViewEntry[] {
  const others = view.filter((e) => e.id !== receiver);
  return [{ id: selfId, age: 0 }, ...pickRandom(others, size, random).map((e) => ({ id: e.id, age: e.age }))];
}

/** A list naming one id twice was not made by an honest node: the whole list is discarded. */
export function isCorruptList(entries: readonly ViewEntry[]): boolean {
  return new Set(entries.map((e) => e.id)).size !== entries.length;
}
