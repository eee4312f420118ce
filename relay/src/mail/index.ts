/** Outbound mail: the gateway peers submit to and its SMTP transport. The dev sink lives in scripts/dev/mail-sink. */
export { isMailAddress, MAX_ADDRESS_CHARS, MAX_LOCAL_PART_CHARS } from '../../../web/src/node/mail/address.ts';
export { MAIL_ERROR_CODES, MailError, type MailErrorCode, type MailResult } from './errors.ts';
export {
  DEFAULT_ALLOWED_ROLES,
  DEFAULT_FROM,
  DEFAULT_PER_RECIPIENT_PER_HOUR,
  DEFAULT_PER_SENDER_BURST,
  DEFAULT_PER_SENDER_PER_HOUR,
  DEFAULT_TOTAL_PER_HOUR,
  NO_MAIL_SENDERS,
  MAX_IN_FLIGHT,
  MAX_SUBJECT_CHARS,
  MAX_TEXT_BYTES,
  MailGateway,
  type MailCounters,
  type MailGatewayOptions,
  type MailRequest,
  type MailSend,
  type MailSender,
  type MailSenderPolicy,
  type OutgoingMail,
} from './mail-gateway.ts';
export { smtpTransport } from './smtp-transport.ts';
