/**
 * The relay's outbound mail service. Peers ask it to mail one plain-text message to one address;
 * it sends only for senders the operator authorised (MAIL_ALLOWED_SENDERS: peer ids, or `*` for
 * any node announcing an allowed role — only sensible when mail goes to a local sink), checks
 * the request, applies token buckets per sender, per recipient and overall on the injected
 * clock, and hands the message to the injected transport. Roles are self-declared and peer ids
 * cost nothing, so a role alone never lets a node send under the operator's name.
 */
import { TokenBuckets } from '../../../web/src/node/base/token-buckets.ts';
import { isMailAddress } from '../../../web/src/node/mail/address.ts';
import { MAIL_ERROR_CODES, mailErr, mailOk, type MailErrorCode, type MailResult } from './errors.ts';

/** A one-line subject; a job title plus a language fits easily. */
export const MAX_SUBJECT_CHARS = 200;
/** A translated page of text is a few KiB; anything beyond this is not a job result. */
export const MAX_TEXT_BYTES = 32 * 1024;
/** Sends waiting on the transport at once, over all senders; more is refused, not queued. */
export const MAX_IN_FLIGHT = 32;
/** Buckets kept per kind (senders, recipients); beyond this, full (idle) ones are forgotten, then the oldest. */
const MAX_TRACKED_KEYS = 10_000;
const HOUR_S = 60 * 60;
/** Error text from a transport is cut to this for the result (it ends up in logs). */
const MAX_DETAIL_CHARS = 200;

export const DEFAULT_FROM = 'Tabmesh <noreply@tabmesh.local>';
export const DEFAULT_ALLOWED_ROLES: readonly string[] = ['translation'];
export const DEFAULT_PER_SENDER_PER_HOUR = 20;
export const DEFAULT_PER_SENDER_BURST = 5;
/** One recipient gets at most this many a hour, whoever sends: nobody is mail-bombed through us. */
export const DEFAULT_PER_RECIPIENT_PER_HOUR = 10;
/** All senders together: what one relay sends under the operator's From in an hour. */
export const DEFAULT_TOTAL_PER_HOUR = 500;

/** Who may have the relay send mail: listed peer ids, or (`anyWithRole`) any node announcing an allowed role. */
export interface MailSenderPolicy {
  ids: ReadonlySet<string>;
  anyWithRole: boolean;
}

/** Nobody: the default until the operator authorises senders. */
export const NO_MAIL_SENDERS: MailSenderPolicy = { ids: new Set(), anyWithRole: false };

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
  /**
   * The relay itself vouches for this mail: the result of a job whose payment it checked, to the
   * address the job id commits to. Sender authorisation is skipped; the limits still apply.
   */
  vouched?: boolean;
}

export interface MailRequest {
  to: string;
  subject: string;
  text: string;
}

export interface MailGatewayOptions {
  send: MailSend;
  clock: { now(): number };
  /** Who may send (NO_MAIL_SENDERS by default). */
  senders?: MailSenderPolicy;
  /** The roles `senders.anyWithRole` admits. */
  allowedRoles?: readonly string[];
  /** Sustained rate per sender id. */
  perSenderPerHour?: number;
  /** Largest burst per sender id. */
  perSenderBurst?: number;
  /** Per recipient address, whoever sends (also its burst). */
  perRecipientPerHour?: number;
  /** Over all senders (also its burst). */
  totalPerHour?: number;
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
  readonly #senders: MailSenderPolicy;
  readonly #allowedRoles: ReadonlySet<string>;
  readonly #perSender: TokenBuckets<string>;
  readonly #perRecipient: TokenBuckets<string>;
  readonly #total: TokenBuckets<'all'>;
  readonly #from: string;
  #inFlight = 0;
  #sent = 0;
  #failed = 0;
  readonly #refused: MailCounters['refused'];

  constructor(options: MailGatewayOptions) {
    this.#send = options.send;
    this.#clock = options.clock;
    this.#senders = options.senders ?? NO_MAIL_SENDERS;
    this.#allowedRoles = new Set(options.allowedRoles ?? DEFAULT_ALLOWED_ROLES);
    const perHour = (n: number | undefined, fallback: number): number => Math.max(0, n ?? fallback) / HOUR_S;
    this.#perSender = new TokenBuckets(Math.max(1, options.perSenderBurst ?? DEFAULT_PER_SENDER_BURST), perHour(options.perSenderPerHour, DEFAULT_PER_SENDER_PER_HOUR), MAX_TRACKED_KEYS);
    const perRecipient = Math.max(1, options.perRecipientPerHour ?? DEFAULT_PER_RECIPIENT_PER_HOUR);
    this.#perRecipient = new TokenBuckets(perRecipient, perRecipient / HOUR_S, MAX_TRACKED_KEYS);
    const total = Math.max(1, options.totalPerHour ?? DEFAULT_TOTAL_PER_HOUR);
    this.#total = new TokenBuckets(total, total / HOUR_S, 1);
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
    const now = this.#clock.now();
    // The sender's own budget first, so one sender's flood never uses up the shared ones.
    // A vouched mail (a paid job's result) has no sender to budget: each job is mailed once.
    if (sender.vouched !== true && !this.#perSender.take(sender.id, now)) return this.#refuse('rate-limited', 'mail budget used up, try later');
    if (!this.#perRecipient.take(request.to.toLowerCase(), now)) return this.#refuse('rate-limited', 'this recipient got enough mail for now');
    if (!this.#total.take('all', now)) return this.#refuse('rate-limited', 'the relay sent enough mail for now');
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

  #authorised(sender: MailSender): boolean {
    if (sender.vouched === true || this.#senders.ids.has(sender.id)) return true;
    return this.#senders.anyWithRole && sender.roles.some((role) => this.#allowedRoles.has(role));
  }

  #check(sender: MailSender, request: MailRequest): [Exclude<MailErrorCode, 'mail-failed'>, string] | undefined {
    // Requests come off the mesh: check the shape even though the types promise it.
    const s: unknown = sender;
    const r: unknown = request;
    if (typeof s !== 'object' || s === null || typeof r !== 'object' || r === null) return ['malformed', 'not an object'];
    if (typeof sender.id !== 'string' || !Array.isArray(sender.roles)) return ['malformed', 'bad sender'];
    if (!this.#authorised(sender)) return ['not-allowed', 'the operator has not authorised this node to send mail'];
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
}
