/**
 * Mail error codes. 'not-allowed', 'bad-address' and 'mail-failed' are not (yet) in the core's
 * ErrorCode list (web/src/node/errors.ts), so the mail service carries its own small error type
 * with the same shape as the core's Result; once those codes are added there, MailError becomes
 * TabmeshError and MailResult becomes Result without touching callers.
 */
export const MAIL_ERROR_CODES = [
  /** The sender has none of the roles allowed to send mail. */
  'not-allowed',
  /** The recipient is not one plain address. */
  'bad-address',
  /** A field has the wrong content (control characters in the subject). */
  'bad-field',
  /** The request is not the expected shape. */
  'malformed',
  /** Subject or text too long. */
  'oversized',
  /** The sender used up its budget. */
  'rate-limited',
  /** Too many sends in flight at once. */
  'at-capacity',
  /** The transport (SMTP server) failed or refused. */
  'mail-failed',
] as const;

export type MailErrorCode = (typeof MAIL_ERROR_CODES)[number];

export class MailError extends Error {
  readonly code: MailErrorCode;
  constructor(code: MailErrorCode, message?: string) {
    super(message ?? code);
    this.name = 'MailError';
    this.code = code;
  }
}

export type MailResult<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: MailError };

export function mailOk<T>(value: T): MailResult<T> {
  return { ok: true, value };
}

export function mailErr<T = never>(code: MailErrorCode, message?: string): MailResult<T> {
  return { ok: false, error: new MailError(code, message) };
}
