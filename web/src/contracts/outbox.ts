/**
 * The JSON contract of the dev mail sink's outbox (`GET /api/outbox`, `GET /api/outbox/<id>`),
 * shared by the sink, its HTTP handler and the web app's Outbox page. Pure TypeScript: no DOM and
 * no Node imports, so the browser bundle can use the same checks on what it fetches.
 */

export const OUTBOX_PATH = '/api/outbox';
/** At most this many messages in one list answer, newest first. */
export const OUTBOX_LIST_LIMIT = 200;

/**
 * Message ids: 13-digit milliseconds (monotonic per sink, so ids sort by arrival) and 8 random
 * hex digits. Nothing else is ever a file name, which rules out path traversal by construction.
 */
const OUTBOX_ID_PATTERN = /^\d{13}-[0-9a-f]{8}$/;

export interface OutboxEnvelope {
  /** SMTP MAIL FROM ('' for the null sender). */
  from: string;
  /** SMTP RCPT TO, in order. */
  to: string[];
}

export interface OutboxEntry {
  id: string;
  /** Milliseconds since the epoch. */
  receivedAt: number;
  envelope: OutboxEnvelope;
  /** Decoded Subject header ('' when absent). */
  subject: string;
  /** Size of the stored .eml in bytes. */
  size: number;
}

export interface OutboxMessage extends OutboxEntry {
  /** The text/plain body, or null when the message has none. */
  text: string | null;
}

export interface OutboxList {
  /** Newest first, at most OUTBOX_LIST_LIMIT. */
  messages: OutboxEntry[];
  /** Messages the sink holds in all. */
  total: number;
}

export function isOutboxId(x: unknown): x is string {
  return typeof x === 'string' && OUTBOX_ID_PATTERN.test(x);
}

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

function isCount(x: unknown): x is number {
  return typeof x === 'number' && Number.isSafeInteger(x) && x >= 0;
}

function parseEnvelope(x: unknown): OutboxEnvelope | undefined {
  if (!isRecord(x) || typeof x.from !== 'string' || !Array.isArray(x.to)) return undefined;
  const to = x.to as unknown[];
  if (!to.every((a): a is string => typeof a === 'string')) return undefined;
  return { from: x.from, to: [...to] };
}

/** Checks an entry from untrusted JSON (a sidecar file, an HTTP answer) field by field. */
export function parseOutboxEntry(x: unknown): OutboxEntry | undefined {
  if (!isRecord(x) || !isOutboxId(x.id) || !isCount(x.receivedAt) || typeof x.subject !== 'string' || !isCount(x.size)) {
    return undefined;
  }
  const envelope = parseEnvelope(x.envelope);
  if (envelope === undefined) return undefined;
  return { id: x.id, receivedAt: x.receivedAt, envelope, subject: x.subject, size: x.size };
}

export function parseOutboxMessage(x: unknown): OutboxMessage | undefined {
  const entry = parseOutboxEntry(x);
  if (entry === undefined || !isRecord(x) || (x.text !== null && typeof x.text !== 'string')) return undefined;
  return { ...entry, text: x.text };
}

export function parseOutboxList(x: unknown): OutboxList | undefined {
  if (!isRecord(x) || !Array.isArray(x.messages) || !isCount(x.total)) return undefined;
  const messages: OutboxEntry[] = [];
  for (const item of x.messages as unknown[]) {
    const entry = parseOutboxEntry(item);
    if (entry === undefined) return undefined;
    messages.push(entry);
  }
  return { messages, total: x.total };
}
