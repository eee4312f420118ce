/**
 * The relay's side of mail on the mesh, as a service: a neighbour's mailSend goes to the
 * MailGateway with the roles that neighbour announced in its hello (taken from the relay's own
 * peer table, never from the request), and the outcome goes back as mailResult under the same
 * request id — MAIL_OK, or the index of an error code in ERROR_CODES.
 */
import { ERROR_CODES, type ErrorCode } from '../../web/src/node/base/errors.ts';
import type { PeerId } from '../../web/src/node/base/peer-id.ts';
import { MAIL_MESSAGES, MAIL_OK, type MailMessage } from '../../web/src/node/mail/messages.ts';
import { Lifecycle, type Service, type ServiceChannel, type ServicePort, type ServiceState } from '../../web/src/node/service.ts';
import type { MailGateway } from './mail/index.ts';

/** The gateway's codes are core error codes, so the wire code is the code's index. */
export function mailResultCode(code: ErrorCode): number {
  return ERROR_CODES.indexOf(code);
}

export interface MailServiceOptions {
  gateway: Pick<MailGateway, 'submit'>;
  /** Told about transport failures (the SMTP server's reason), for the operator's log. */
  onFailure?: (senderId: string, message: string) => void;
}

type MailSendMessage = Extract<MailMessage, { kind: 'mailSend' }>;

export class MailService implements Service {
  readonly name = 'mail-gateway';
  readonly #o: MailServiceOptions;
  readonly #life = new Lifecycle<true>();
  #port: ServicePort | undefined;
  #channel: ServiceChannel<MailMessage> | undefined;
  #inFlight = 0;

  constructor(options: MailServiceOptions) {
    this.#o = options;
  }

  get state(): ServiceState {
    return this.#life.state;
  }

  /** Submissions still waiting on the gateway. */
  get inFlight(): number {
    return this.#inFlight;
  }

  attach(port: ServicePort): void {
    this.#port = port;
    this.#channel = port.register(MAIL_MESSAGES, {
      mailSend: (msg, link) => {
        if (!this.#life.running) return;
        this.#inFlight++;
        this.#serve(link.remoteId, msg)
          .catch(() => undefined) // the sender left meanwhile (its client times out), or a logger threw
          .finally(() => {
            this.#inFlight--;
          });
      },
      // Answers go from relays to clients; one arriving here is nobody's.
      mailResult: () => undefined,
    });
  }

  start(): void {
    this.#life.start(() => true);
  }

  /** Stops taking requests; answers to requests already submitted are dropped. */
  stop(): void {
    this.#life.stop();
  }

  async #serve(senderId: PeerId, msg: MailSendMessage): Promise<void> {
    const roles = [...(this.#port?.peer(senderId)?.roles ?? [])];
    const result = await this.#o.gateway.submit({ id: senderId, roles }, { to: msg.to, subject: msg.subject, text: msg.text });
    if (!result.ok && result.error.code === 'mail-failed') this.#o.onFailure?.(senderId, result.error.message);
    if (!this.#life.running) return;
    const code = result.ok ? MAIL_OK : mailResultCode(result.error.code);
    this.#channel?.send(senderId, { kind: 'mailResult', requestId: msg.requestId, code });
  }
}
