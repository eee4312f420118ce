/**
 * The relay's outbound mail service. Peers with an allowed role (translation tabs, which send the
 * finished job's result) ask it to mail one plain-text message to one address; it checks the
 * request, applies a per-sender token bucket on the injected clock and hands the message to the
 * injected transport. Host-agnostic: the transport (`smtpTransport` in Node) is passed in.
 */
import { isMailAddress } from './address.ts';
import { MAIL_ERROR_CODES, mailErr, mailOk, type MailErrorCode, type MailResult } from './errors.ts';

/** A one-line subject; a job title plus a language fits easily. */
export const MAX_SUBJECT_CHARS = 200;
/** A translated page of text is a few KiB; anything beyond this is not a job result. */
export const MAX_TEXT_BYTES = 32 * 1024;
/** Sends waiting on the transport at once, over all senders; more is refused, not queued. */
export const MAX_IN_FLIGHT = 32;
/** Buckets kept; beyond this, full (idle) buckets are forgotten, then the oldest. */
const MAX_TRACKED_SENDERS = 10_000;
const HOUR_MS = 60 * 60 * 1000;
/** Error text from a transport is cut to this for the result (it ends up in logs). */
const MAX_DETAIL_CHARS = 200;

export const DEFAULT_FROM = 'Tabmesh <noreply@tabmesh.local>';
export const DEFAULT_ALLOWED_ROLES: readonly string[] = ['translation'];
export const DEFAULT_PER_SENDER_PER_HOUR = 20;
export const DEFAULT_PER_SENDER_BURST = 5;

/** Control characters, DEL and the Unicode line separators: none belong in a header. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const HEADER_UNSAFE = /[\u0000-\u001f\u007f\u0085\u2028\u2029]/;

export interface OutgoingMail {
  from: string;
  to: string;
  subject: string;
  text: string;
}

/** The transport: resolves once the server accepted the message, rejects on any failure. */
export type MailSend = (message: OutgoingMail) => Promise<{ messageId: string }>;

export interface MailSender {
  id: string;
  roles: readonly string[];
}

export interface MailRequest {
  to: string;
  subject: string;
  text: string;
}

export interface MailGatewayOptions {
  send: MailSend;
  clock: { now(): number };
  allowedRoles?: readonly string[];
  /** Sustained rate per sender id. */
  perSenderPerHour?: number;
  /** Largest burst per sender id. */
  perSenderBurst?: number;
  /** The From header (and, through it, the envelope sender). */
  from?: string;
}

export interface MailCounters {
  sent: number;
  /** Transport failures ('mail-failed'). */
  failed: number;
  /** Requests refused before reaching the transport, by code. */
  refused: Record<Exclude<MailErrorCode, 'mail-failed'>, number>;
}

interface Bucket {
  tokens: number;
  updatedAt: number;
}

function utf8Bytes(s: string): number {
  return new TextEncoder().encode(s).length;
}

function describe(error: unknown): string {
  const text = error instanceof Error ? error.message || error.name : String(error);
  return text.slice(0, MAX_DETAIL_CHARS);
}

export class MailGateway {
  readonly #send: MailSend;
  readonly #clock: { now(): number };
  readonly #allowedRoles: ReadonlySet<string>;
  readonly #capacity: number;
  readonly #refillPerMs: number;
  readonly #from: string;
  readonly #buckets = new Map<string, Bucket>();
  #inFlight = 0;
  #sent = 0;
  #failed = 0;
  readonly #refused: MailCounters['refused'];

  constructor(options: MailGatewayOptions) {
    this.#send = options.send;
    this.#clock = options.clock;
    this.#allowedRoles = new Set(options.allowedRoles ?? DEFAULT_ALLOWED_ROLES);
    this.#capacity = Math.max(1, options.perSenderBurst ?? DEFAULT_PER_SENDER_BURST);
    this.#refillPerMs = Math.max(0, options.perSenderPerHour ?? DEFAULT_PER_SENDER_PER_HOUR) / HOUR_MS;
    this.#from = options.from ?? DEFAULT_FROM;
    const refused: Partial<MailCounters['refused']> = {};
    for (const code of MAIL_ERROR_CODES) if (code !== 'mail-failed') refused[code] = 0;
    this.#refused = refused as MailCounters['refused'];
  }

  /** Checks and sends one message; every outcome is a result, never a throw. */
  async submit(sender: MailSender, request: MailRequest): Promise<MailResult<{ messageId: string }>> {
    const refusal = this.#check(sender, request);
    if (refusal !== undefined) return this.#refuse(refusal[0], refusal[1]);
    if (this.#inFlight >= MAX_IN_FLIGHT) return this.#refuse('at-capacity', 'too many mails in flight');
    if (!this.#take(sender.id)) return this.#refuse('rate-limited', 'mail budget used up, try later');
    this.#inFlight += 1;
    try {
      const { messageId } = await this.#send({ from: this.#from, to: request.to, subject: request.subject, text: request.text });
      this.#sent += 1;
      return mailOk({ messageId: String(messageId) });
    } catch (error) {
      this.#failed += 1;
      return mailErr('mail-failed', describe(error));
    } finally {
      this.#inFlight -= 1;
    }
  }

  counters(): MailCounters {
    return { sent: this.#sent, failed: this.#failed, refused: { ...this.#refused } };
  }

  #refuse(code: Exclude<MailErrorCode, 'mail-failed'>, message: string): MailResult<never> {
    this.#refused[code] += 1;
    return mailErr(code, message);
  }

  #check(sender: MailSender, request: MailRequest): [Exclude<MailErrorCode, 'mail-failed'>, string] | undefined {
    // Requests come off the mesh: check the shape even though the types promise it.
    const s: unknown = sender;
    const r: unknown = request;
    if (typeof s !== 'object' || s === null || typeof r !== 'object' || r === null) return ['malformed', 'not an object'];
    if (typeof sender.id !== 'string' || !Array.isArray(sender.roles)) return ['malformed', 'bad sender'];
    if (!sender.roles.some((role) => this.#allowedRoles.has(role))) return ['not-allowed', 'sender has no mail role'];
    const { to, subject, text } = request as Partial<Record<keyof MailRequest, unknown>>;
    if (typeof to !== 'string' || typeof subject !== 'string' || typeof text !== 'string') return ['malformed', 'missing field'];
    if (!isMailAddress(to)) return ['bad-address', 'recipient is not one plain address'];
    // Length in UTF-16 units first: it is cheap and at least the count of code points.
    if (subject.length > 2 * MAX_SUBJECT_CHARS || [...subject].length > MAX_SUBJECT_CHARS) return ['oversized', `subject over ${MAX_SUBJECT_CHARS} characters`];
    if (HEADER_UNSAFE.test(subject)) return ['bad-field', 'control characters in subject'];
    if (text.includes('\u0000')) return ['bad-field', 'NUL in text'];
    // Every UTF-16 unit is at least one UTF-8 byte, so a long string needs no encoding to refuse.
    if (text.length > MAX_TEXT_BYTES || utf8Bytes(text) > MAX_TEXT_BYTES) return ['oversized', `text over ${MAX_TEXT_BYTES} bytes`];
    return undefined;
  }

  /** Token bucket per sender id on the injected clock; takes one token when there is one. */
  #take(senderId: string): boolean {
    const now = this.#clock.now();
    let bucket = this.#buckets.get(senderId);
    if (bucket === undefined) {
      this.#evict(now);
      bucket = { tokens: this.#capacity, updatedAt: now };
      this.#buckets.set(senderId, bucket);
    } else {
      this.#refill(bucket, now);
    }
    if (bucket.tokens < 1) return false;
    bucket.tokens -= 1;
    return true;
  }

  #refill(bucket: Bucket, now: number): void {
    const elapsed = Math.max(0, now - bucket.updatedAt);
    bucket.tokens = Math.min(this.#capacity, bucket.tokens + elapsed * this.#refillPerMs);
    bucket.updatedAt = now;
  }

  #evict(now: number): void {
    if (this.#buckets.size < MAX_TRACKED_SENDERS) return;
    for (const [id, bucket] of this.#buckets) {
      this.#refill(bucket, now);
      if (bucket.tokens >= this.#capacity) this.#buckets.delete(id);
    }
    // Still full of busy senders: forget the oldest (it gets a fresh budget, a bounded leak).
    while (this.#buckets.size >= MAX_TRACKED_SENDERS) {
      const oldest = this.#buckets.keys().next();
      if (oldest.done === true) break;
      this.#buckets.delete(oldest.value);
    }
  }
}
