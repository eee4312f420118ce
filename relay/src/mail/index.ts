/** Outbound mail: the gateway peers submit to, its SMTP transport, and the dev sink + outbox. */
export { isMailAddress, MAX_ADDRESS_CHARS, MAX_LOCAL_PART_CHARS } from './address.ts';
export { MAIL_ERROR_CODES, MailError, type MailErrorCode, type MailResult } from './errors.ts';
export {
  DEFAULT_ALLOWED_ROLES,
  DEFAULT_FROM,
  DEFAULT_PER_SENDER_BURST,
  DEFAULT_PER_SENDER_PER_HOUR,
  MAX_IN_FLIGHT,
  MAX_SUBJECT_CHARS,
  MAX_TEXT_BYTES,
  MailGateway,
  type MailCounters,
  type MailGatewayOptions,
  type MailRequest,
  type MailSend,
  type MailSender,
  type OutgoingMail,
} from './mail-gateway.ts';
export { smtpTransport } from './smtp-transport.ts';
export {
  DEFAULT_MAX_MESSAGES,
  DEFAULT_MAX_MESSAGE_BYTES,
  DEFAULT_SINK_HOST,
  DEFAULT_SINK_PORT,
  startSmtpSink,
  type SmtpSink,
  type SmtpSinkOptions,
} from './smtp-sink.ts';
export { createOutboxHandler, type OutboxHandler, type OutboxSource } from './outbox-http.ts';
export * from './outbox-api.ts';
