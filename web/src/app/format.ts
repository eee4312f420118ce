/**
 * Pure formatting helpers for the UI. No DOM, no clock: callers pass `now` so these are
 * deterministic and unit-testable.
 */

/** Shown wherever a value is not known (yet). */
export const UNKNOWN = '—';

/** Characters of a peer id shown in tables and headers; the full id goes in a title attribute. */
export const SHORT_ID_LENGTH = 8;

const SECOND_MS = 1000;
const MINUTE_MS = 60 * SECOND_MS;
const HOUR_MS = 60 * MINUTE_MS;
const DAY_MS = 24 * HOUR_MS;

export function shortId(id: string, length = SHORT_ID_LENGTH): string {
  return id.slice(0, length);
}

function isKnown(x: number | undefined): x is number {
  return x !== undefined && Number.isFinite(x);
}

/** One decimal below 10, none above: "2.5", "25", "250". */
function compact(x: number): string {
  return x < 10 ? x.toFixed(1).replace(/\.0$/, '') : Math.round(x).toString();
}

const RATE_UNITS = ['B/s', 'kB/s', 'MB/s', 'GB/s'] as const;
const BYTE_UNITS = ['B', 'kB', 'MB', 'GB'] as const;

function scaled(x: number, units: readonly string[]): string {
  let value = Math.max(0, x);
  let unit = 0;
  // SI (1000) steps, matching the lowercase "kB". Round first so 999.96 kB/s reads "1 MB/s".
  while (unit < units.length - 1 && Math.round(value * 10) / 10 >= 1000) {
    value /= 1000;
    unit += 1;
  }
  const text = unit === 0 ? Math.round(value).toString() : compact(value);
  return `${text} ${units[unit] ?? ''}`;
}

/** Bytes per second in human units: "512 B/s", "1.5 kB/s", "12 MB/s". */
export function formatBps(bps: number | undefined): string {
  return isKnown(bps) ? scaled(bps, RATE_UNITS) : UNKNOWN;
}

/** A byte count in human units: "512 B", "64 kB", "1.5 MB". */
export function formatBytes(bytes: number | undefined): string {
  return isKnown(bytes) ? scaled(bytes, BYTE_UNITS) : UNKNOWN;
}

/** Milliseconds: "0.4 ms", "42 ms", "1.3 s" (from a second up). */
export function formatMs(ms: number | undefined): string {
  if (!isKnown(ms)) return UNKNOWN;
  if (ms < 0) return UNKNOWN;
  if (ms >= SECOND_MS) return `${compact(ms / SECOND_MS)} s`;
  return `${compact(ms)} ms`;
}

/** How long ago `then` was, seen from `now` (both epoch ms): "just now", "3 s ago", "5 min ago". */
export function formatAgo(then: number, now: number): string {
  if (!Number.isFinite(then) || then <= 0) return 'never';
  const diff = now - then;
  if (diff < SECOND_MS) return 'just now';
  if (diff < MINUTE_MS) return `${Math.floor(diff / SECOND_MS)} s ago`;
  if (diff < HOUR_MS) return `${Math.floor(diff / MINUTE_MS)} min ago`;
  if (diff < DAY_MS) return `${Math.floor(diff / HOUR_MS)} h ago`;
  return `${Math.floor(diff / DAY_MS)} d ago`;
}

/** A duration as a ticking clock: "42 s", "3 min 07 s", "2 h 03 min 07 s", "1 d 02 h 03 min". */
export function formatDuration(ms: number): string {
  if (!Number.isFinite(ms) || ms < 0) return UNKNOWN;
  const total = Math.floor(ms / SECOND_MS);
  const days = Math.floor(total / 86_400);
  const hours = Math.floor((total % 86_400) / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = total % 60;
  const two = (n: number): string => n.toString().padStart(2, '0');
  if (days > 0) return `${days} d ${two(hours)} h ${two(minutes)} min`;
  if (hours > 0) return `${hours} h ${two(minutes)} min ${two(seconds)} s`;
  if (minutes > 0) return `${minutes} min ${two(seconds)} s`;
  return `${seconds} s`;
}
