/**
 * The relay's side of mail on the mesh: a neighbour's mailSend goes to the MailGateway with the
 * roles that neighbour announced in its hello (taken from the relay's own peer table, never from
 * the request), and the outcome goes back as mailResult under the same request id — MAIL_OK, or
 * the index of an error code in ERROR_CODES.
 */
import { MAIL_OK } from '../../web/src/node/apps/mail-client.ts';
import { ERROR_CODES, type ErrorCode } from '../../web/src/node/base/errors.ts';
import type { TabmeshNode } from '../../web/src/node/node.ts';
import type { MessageOf } from '../../web/src/node/wire/messages.ts';
import type { MailGateway } from './mail/index.ts';

/** The gateway's codes are core error codes, so the wire code is the code's index. */
export function mailResultCode(code: ErrorCode): number {
  return ERROR_CODES.indexOf(code);
}

export interface MailServiceOptions {
  node: TabmeshNode;
  gateway: Pick<MailGateway, 'submit'>;
  /** Told about transport failures (the SMTP server's reason), for the operator's log. */
  onFailure?: (senderId: string, message: string) => void;
}

export interface MailService {
  /** Submissions still waiting on the gateway. */
  readonly inFlight: number;
  /** Stops taking requests; answers to requests already submitted are dropped. */
  close(): void;
}

export function startMailService(options: MailServiceOptions): MailService {
  const { node, gateway } = options;
  let inFlight = 0;
  let closed = false;
  const serve = async (senderId: string, msg: MessageOf<'mailSend'>): Promise<void> => {
    const roles = node.table.get(senderId)?.roles ?? [];
    const result = await gateway.submit({ id: senderId, roles }, { to: msg.to, subject: msg.subject, text: msg.text });
    if (!result.ok && result.error.code === 'mail-failed') options.onFailure?.(senderId, result.error.message);
    if (closed) return;
    const code = result.ok ? MAIL_OK : mailResultCode(result.error.code);
    node.send(senderId, { kind: 'mailResult', requestId: msg.requestId, code });
  };
  const unhandle = node.handle('mailSend', (msg, link) => {
    if (closed) return;
    inFlight++;
    serve(link.remoteId, msg)
      .catch(() => undefined) // the sender left meanwhile (its client times out), or a logger threw
      .finally(() => {
        inFlight--;
      });
  });
  return {
    get inFlight() {
      return inFlight;
    },
    close() {
      closed = true;
      unhandle();
    },
  };
}
