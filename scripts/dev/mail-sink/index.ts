/** The dev mail sink `npm start` runs: an SMTP server that keeps what it gets, and its outbox over HTTP. Never in production. */
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
