/**
 * The mail gateway's refusals: a subset of the core's error codes (web/src/node/base/errors.ts), so a
 * gateway result travels to the requesting node as its ERROR_CODES index unchanged.
 */
import { err, ok, TabmeshError, type ErrorCode, type Result } from '../../../web/src/node/base/errors.ts';

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
] as const satisfies readonly ErrorCode[];

export type MailErrorCode = (typeof MAIL_ERROR_CODES)[number];

export { TabmeshError as MailError };
export type MailResult<T> = Result<T>;

export const mailOk = ok;

export function mailErr<T = never>(code: MailErrorCode, message?: string): MailResult<T> {
  return err<T>(code, message);
}
