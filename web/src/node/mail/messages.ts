/** Mail through a relay's mail gateway: the request and its answer, with their limits. */
import { MESSAGE_TYPE } from '../wire/constants.ts';
import { defineRegistry, type RegistryMessage } from '../wire/registry.ts';
import { defineMessage, str, u16, u32 } from '../wire/schema.ts';

/** RFC 5321 path limit. */
export const MAX_MAIL_ADDRESS_BYTES = 254;
export const MAX_MAIL_SUBJECT_BYTES = 998;
/** A translated text fits easily; anything bigger is not mail a relay should carry. */
export const MAX_MAIL_TEXT_BYTES = 32 * 1024;
/** mailResult code meaning success. */
export const MAIL_OK = 0xffff;

/** A node asks a relay to send an e-mail; the relay answers with mailResult under requestId. */
export const mailSend = defineMessage({
  type: MESSAGE_TYPE.mailSend,
  name: 'mailSend',
  fields: [
    ['requestId', u32],
    ['to', str(MAX_MAIL_ADDRESS_BYTES)],
    ['subject', str(MAX_MAIL_SUBJECT_BYTES)],
    ['text', str(MAX_MAIL_TEXT_BYTES)],
  ],
});

/** `code` is 0xFFFF on success, else an ERROR_CODES index. */
export const mailResult = defineMessage({
  type: MESSAGE_TYPE.mailResult,
  name: 'mailResult',
  fields: [['requestId', u32], ['code', u16]],
});

export const MAIL_MESSAGES = defineRegistry('mail', { mailSend, mailResult });
export type MailMessage = RegistryMessage<typeof MAIL_MESSAGES>;
