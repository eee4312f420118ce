/**
 * The transfers this tab sent, kept in sessionStorage (per tab, gone with it) so the Trade page
 * still lists them after a reload or a trip to another page. Read back as `unknown` and checked
 * field by field; a bounded list, newest first.
 */

export interface SentTransfer {
  hash: string;
  to: string;
  /** Units, decimal. */
  units: string;
  /** When it was sent, epoch ms. */
  at: number;
}

const STORAGE_KEY = 'tabmesh.chain.sent';
/** Older entries fall off: the page lists what a person follows, not an archive. */
export const MAX_SENT = 100;

const HASH = /^[0-9a-f]{64}$/;
const UNITS = /^\d{1,30}$/;

function isSent(x: unknown): x is SentTransfer {
  if (typeof x !== 'object' || x === null) return false;
  const t = x as Record<string, unknown>;
  return typeof t['hash'] === 'string' && HASH.test(t['hash']) && typeof t['to'] === 'string' && typeof t['units'] === 'string' && UNITS.test(t['units']) && typeof t['at'] === 'number' && Number.isFinite(t['at']);
}

export function loadSent(storage: Storage = sessionStorage): SentTransfer[] {
  try {
    const parsed: unknown = JSON.parse(storage.getItem(STORAGE_KEY) ?? '[]');
    return Array.isArray(parsed) ? parsed.filter(isSent).slice(0, MAX_SENT) : [];
  } catch {
    return [];
  }
}

/** Adds a transfer in front and stores the list; returns the new list. */
export function rememberSent(list: readonly SentTransfer[], sent: SentTransfer, storage: Storage = sessionStorage): SentTransfer[] {
  const next = [sent, ...list.filter((t) => t.hash !== sent.hash)].slice(0, MAX_SENT);
  try {
    storage.setItem(STORAGE_KEY, JSON.stringify(next));
  } catch {
    // storage full or denied: the page still has the list until it is closed
  }
  return next;
}
