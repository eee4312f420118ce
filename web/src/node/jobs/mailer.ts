/**
 * The relay's side of result mail: a broker asks a relay to mail a finished job's result; the
 * relay checks the payment itself (its own JSON-RPC connection: the job's id must be paid for),
 * takes the address from the spec the id commits to, and mails each job once — whatever role
 * the asking node claims, and however often it asks.
 */
import { ERROR_CODES, type ErrorCode } from '../base/errors.ts';
import type { PeerId } from '../base/peer-id.ts';
import type { PaymentVerifier } from './engines.ts';
import { shortJobId, type JobId } from './job.ts';
import { JOB_OK, type JobMessage, type JobMessageOf } from './messages.ts';
import { decodeJobRecord, type JobRecord } from './records.ts';

export interface ResultMail {
  to: string;
  subject: string;
  text: string;
}

export interface MailerDeps {
  payments: PaymentVerifier;
  /** Sends through the relay's mail gateway (its limits apply); 'ok' or the refusal. */
  sendMail(mail: ResultMail): Promise<ErrorCode | 'ok'>;
  /** Jobs mailed already, kept across restarts. */
  mailed: { has(id: JobId): Promise<boolean>; add(id: JobId): Promise<void> };
  send(to: PeerId, msg: JobMessage): boolean;
}

export function resultMail(record: JobRecord): ResultMail {
  return {
    to: record.spec.email,
    subject: `Your Tabmesh translation ${shortJobId(record.id)} is ready`,
    text: [
      `Job ${record.id}`,
      '',
      'Text on the image:',
      record.text ?? '',
      '',
      `Translation (${record.spec.to}, ${record.engine ?? 'unknown engine'}${record.quality === 'word' ? ', word by word' : ''}):`,
      record.translation ?? '',
      '',
      `Paid with transaction ${record.tx}.`,
    ].join('\n'),
  };
}

export class JobMailer {
  readonly #d: MailerDeps;
  readonly #inFlight = new Map<JobId, Promise<ErrorCode | 'ok'>>();
  readonly counters = { sent: 0, refused: {} as Record<string, number> };

  constructor(deps: MailerDeps) {
    this.#d = deps;
  }

  onJobMail(msg: JobMessageOf<'jobMail'>, from: PeerId): void {
    const decoded = decodeJobRecord(msg.record);
    if (!decoded.ok) return this.#answer(from, msg.rid, '', decoded.error.code);
    const record = decoded.value;
    let work = this.#inFlight.get(record.id);
    if (!work) {
      work = this.#mail(record).finally(() => this.#inFlight.delete(record.id));
      this.#inFlight.set(record.id, work);
    }
    void work.then((code) => this.#answer(from, msg.rid, record.id, code));
  }

  async #mail(record: JobRecord): Promise<ErrorCode | 'ok'> {
    if (record.stage !== 'done' || record.translation === undefined) return this.#refuse('bad-field');
    if (await this.#d.mailed.has(record.id)) return 'ok';
    let check;
    try {
      check = await this.#d.payments.verify(record.tx, record.id);
    } catch {
      return this.#refuse('unknown-tx');
    }
    if (!check.ok) return this.#refuse(check.code);
    const sent = await this.#d.sendMail(resultMail(record));
    if (sent !== 'ok') return this.#refuse(sent);
    await this.#d.mailed.add(record.id);
    this.counters.sent++;
    return 'ok';
  }

  #refuse(code: ErrorCode): ErrorCode {
    this.counters.refused[code] = (this.counters.refused[code] ?? 0) + 1;
    return code;
  }

  #answer(to: PeerId, rid: number, id: string, code: ErrorCode | 'ok'): void {
    if (id === '') return;
    this.#d.send(to, { kind: 'jobMailed', rid, id, code: code === 'ok' ? JOB_OK : ERROR_CODES.indexOf(code) });
  }
}
