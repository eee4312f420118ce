/**
 * Columns of the peers table and how they sort. Pure: no DOM, so it is unit-tested directly.
 * Numbers sort numerically, text alphabetically; unknown values go last in both directions.
 */
import type { LinkState, PeerRow } from '../node/api.ts';

export type SortKey = 'id' | 'roles' | 'link' | 'source' | 'latency' | 'srtt' | 'down' | 'up' | 'lastSeen';
export type SortDirection = 'asc' | 'desc';

export interface PeerColumn {
  key: SortKey;
  label: string;
  /** Right-aligned in the table. */
  numeric: boolean;
  /** The value sorted on; undefined when not known. */
  sortValue(row: PeerRow): number | string | undefined;
}

/** Open links first, as those are what the row actions work on. */
const LINK_RANK: Readonly<Record<LinkState, number>> = { open: 0, connecting: 1, none: 2 };

export const PEER_COLUMNS: readonly PeerColumn[] = [
  { key: 'id', label: 'Peer', numeric: false, sortValue: (r) => r.id },
  { key: 'roles', label: 'Roles', numeric: false, sortValue: (r) => (r.roles.length ? r.roles.join(',') : undefined) },
  { key: 'link', label: 'Link', numeric: false, sortValue: (r) => LINK_RANK[r.link] },
  { key: 'source', label: 'Source', numeric: false, sortValue: (r) => r.source },
  { key: 'latency', label: 'Latency', numeric: true, sortValue: (r) => r.latencyMs },
  { key: 'srtt', label: 'SRTT', numeric: true, sortValue: (r) => r.srttMs },
  { key: 'down', label: 'Down', numeric: true, sortValue: (r) => r.downBps },
  { key: 'up', label: 'Up', numeric: true, sortValue: (r) => r.upBps },
  // Negated so that ascending reads like the column: "just now" before "5 min ago".
  { key: 'lastSeen', label: 'Last seen', numeric: true, sortValue: (r) => (r.lastSeen > 0 ? -r.lastSeen : undefined) },
];

function isUnknown(v: number | string | undefined): v is undefined {
  return v === undefined || (typeof v === 'number' && Number.isNaN(v));
}

function compareKnown(a: number | string, b: number | string): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return String(a).localeCompare(String(b));
}

/** A sorted copy of `rows`; ties broken by peer id so rows don't swap places between renders. */
export function sortPeers(rows: readonly PeerRow[], key: SortKey, direction: SortDirection): PeerRow[] {
  const column = PEER_COLUMNS.find((c) => c.key === key) ?? PEER_COLUMNS[0];
  if (column === undefined) return [...rows];
  const sign = direction === 'asc' ? 1 : -1;
  return [...rows].sort((x, y) => {
    const a = column.sortValue(x);
    const b = column.sortValue(y);
    const aUnknown = isUnknown(a);
    const bUnknown = isUnknown(b);
    if (aUnknown !== bUnknown) return aUnknown ? 1 : -1;
    const byValue = aUnknown || bUnknown ? 0 : sign * compareKnown(a, b);
    return byValue !== 0 ? byValue : x.id.localeCompare(y.id);
  });
}
