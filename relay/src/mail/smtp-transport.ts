/**
 * The Node transport for the mail gateway: nodemailer over SMTP, configured by one URL.
 *
 * - `smtp://host:port` — plain SMTP, STARTTLS ignored (the dev sink, a local relay);
 *   `smtp://host:port?starttls=required` insists on STARTTLS instead (a remote submission port).
 * - `smtps://host:port` — implicit TLS.
 * Credentials go in the URL's user info, percent-encoded: `smtps://user:p%40ss@mail.example.org`.
 */
import { createTransport } from 'nodemailer';
import type SMTPTransport from 'nodemailer/lib/smtp-transport';
import type { MailSend } from './mail-gateway.ts';

/** Bounds on every stage, so a dead server yields 'mail-failed' instead of a hung send. */
const CONNECTION_TIMEOUT_MS = 10_000;
const GREETING_TIMEOUT_MS = 10_000;
const SOCKET_TIMEOUT_MS = 30_000;

/** Throws a TypeError for a URL that is not smtp:// or smtps:// (a configuration error). */
export function smtpTransport(smtpUrl: string): MailSend {
  const url = new URL(smtpUrl);
  if (url.protocol !== 'smtp:' && url.protocol !== 'smtps:') {
    throw new TypeError(`mail URL must be smtp:// or smtps://, got ${url.protocol}`);
  }
  const secure = url.protocol === 'smtps:';
  const requireStartTls = !secure && url.searchParams.get('starttls') === 'required';
  const options: SMTPTransport.Options = {
    host: url.hostname.replace(/^\[(.*)\]$/, '$1'),
    secure,
    ignoreTLS: !secure && !requireStartTls,
    requireTLS: requireStartTls,
    connectionTimeout: CONNECTION_TIMEOUT_MS,
    greetingTimeout: GREETING_TIMEOUT_MS,
    socketTimeout: SOCKET_TIMEOUT_MS,
    // The gateway sends plain text only; never let message fields reach files or URLs.
    disableFileAccess: true,
    disableUrlAccess: true,
  };
  if (url.port !== '') options.port = Number(url.port);
  if (url.username !== '') {
    options.auth = { user: decodeURIComponent(url.username), pass: decodeURIComponent(url.password) };
  }
  const transporter = createTransport(options);
  return async (message) => {
    const info = await transporter.sendMail({
      from: message.from,
      to: message.to,
      subject: message.subject,
      text: message.text,
    });
    return { messageId: info.messageId };
  };
}
