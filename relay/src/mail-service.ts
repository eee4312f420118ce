/**
 * The relay's side of mail on the mesh, as a service: a neighbour's mailSend goes to the
 * MailGateway with the roles that neighbour announced in its hello (taken from the relay's own
 * peer table, never from the request), and the outcome goes back as mailResult under the same
 * request id — MAIL_OK, or the index of an error code in ERROR_CODES.
 */
import { ERROR_CODES, type ErrorCode } from '../../web/src/node/base/errors.ts';
import { ExpiringMap } from '../../web/src/node/base/expiring-map.ts';
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

/**
 * A client sends a request again, with the same id, when its link to us was replaced or re-opened
 * (what was in flight may be lost): it is answered from here, so the mail goes out once. Longer
 * than the client waits for an answer.
 */
const REPEAT_WINDOW_MS = 60_000;
const REPEAT_ENTRIES = 4096;

export class MailService implements Service {
  readonly name = 'mail-gateway';
  readonly #o: MailServiceOptions;
  readonly #life = new Lifecycle<true>();
  #port: ServicePort | undefined;
  #channel: ServiceChannel<MailMessage> | undefined;
  #inFlight = 0;
  readonly #answered = new ExpiringMap<string, Promise<number>>(REPEAT_WINDOW_MS, REPEAT_ENTRIES);

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
        const key = `${link.remoteId}/${msg.requestId}`;
        const now = port.clock.now();
        const earlier = this.#answered.get(key, now);
        if (earlier !== undefined) {
          void earlier.then((code) => this.#reply(link.remoteId, msg.requestId, code));
          return;
        }
        this.#inFlight++;
        const code = this.#serve(link.remoteId, msg).finally(() => {
          this.#inFlight--;
        });
        this.#answered.set(key, code, now);
        void code.then((c) => this.#reply(link.remoteId, msg.requestId, c));
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

  /** The gateway's answer as a wire code; never rejects. */
  async #serve(senderId: PeerId, msg: MailSendMessage): Promise<number> {
    const roles = [...(this.#port?.peer(senderId)?.roles ?? [])];
    try {
      const result = await this.#o.gateway.submit({ id: senderId, roles }, { to: msg.to, subject: msg.subject, text: msg.text });
      if (!result.ok && result.error.code === 'mail-failed') this.#o.onFailure?.(senderId, result.error.message);
      return result.ok ? MAIL_OK : mailResultCode(result.error.code);
    } catch {
      return mailResultCode('mail-failed'); // a logger threw
    }
  }

  #reply(senderId: PeerId, requestId: number, code: number): void {
    if (!this.#life.running) return;
    try {
      this.#channel?.send(senderId, { kind: 'mailResult', requestId, code });
    } catch {
      // the sender left meanwhile: its client sends again when it links, or times out
    }
  }
}
