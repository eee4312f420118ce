/** A btpeer gateway on loopback with a fake job client, and a raw TCP client that reads to the close. */
import type { TestContext } from 'node:test';
import { connect } from 'node:net';
import { TabmeshError } from '../../../../web/src/node/base/errors.ts';
import type { ClientJob } from '../../../../web/src/node/jobs/client.ts';
import type { JobDraft, JobPayment, PrepareRequest } from '../../../../web/src/node/jobs/api.ts';
import { startBtpeerGateway, type BtpeerGateway, type BtpeerGatewayOptions } from '../../../../relay/src/btpeer-gateway/index.ts';
import type { BtpeerJobs } from '../../../../relay/src/btpeer-gateway/init-job.ts';

export const PAYMENT: JobPayment = { chainId: '31337', to: '0x' + '5'.repeat(40), valueWei: '1000', data: '0x', confirmations: 1 };
/** A 1×1 png's first bytes: enough for the fake to take it as an image. */
export const PNG = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);

/** Jobs as a test scripts them: prepare makes a draft, submit checks the tx, the test moves the stages. */
export class FakeJobs implements BtpeerJobs {
  readonly jobs = new Map<string, ClientJob>();
  readonly prepared: PrepareRequest[] = [];
  readonly cancelled: string[] = [];
  terms_: JobPayment | undefined = PAYMENT;
  /** What submit throws for a tx, by tx. */
  readonly refusals = new Map<string, string>();
  #serial = 0;

  terms(): JobPayment | undefined {
    return this.terms_;
  }

  async prepare(request: PrepareRequest): Promise<JobDraft> {
    if (request.image.length === 0 || request.image[0] !== 0x89) throw new TabmeshError('bad-field', 'the image must be a png, jpeg or webp file');
    this.prepared.push(request);
    const id = (++this.#serial).toString(16).padStart(64, '0');
    const spec = { imageKey: '0'.repeat(64), imageBytes: request.image.length, email: request.email, from: request.from ?? 'eng', to: request.to, nonce: '0'.repeat(32) } as ClientJob['spec'];
    this.jobs.set(id, { id, spec, stage: 'draft', progress: 0, attempt: 0, createdAt: 0, updatedAt: 0 });
    return { id, spec, payment: { ...PAYMENT, data: `0x${id}` } };
  }

  async submit(id: string, tx: string): Promise<ClientJob> {
    const job = this.jobs.get(id);
    if (!job) throw new TabmeshError('not-found', 'prepare the job first');
    const refusal = this.refusals.get(tx);
    if (refusal) throw new TabmeshError(refusal as never, `refused: ${refusal}`);
    Object.assign(job, { stage: 'queued', tx });
    return job;
  }

  get(id: string): ClientJob | undefined {
    return this.jobs.get(id);
  }

  cancel(id: string): boolean {
    this.cancelled.push(id);
    return this.jobs.delete(id);
  }

  move(id: string, change: Partial<ClientJob>): void {
    Object.assign(this.jobs.get(id)!, change);
  }
}

export async function startTestGateway(t: TestContext, jobs: BtpeerJobs, options: Partial<BtpeerGatewayOptions> = {}): Promise<BtpeerGateway> {
  const gateway = await startBtpeerGateway({ jobs, name: 'a'.repeat(64), host: '127.0.0.1', port: 0, ...options });
  t.after(() => gateway.close());
  return gateway;
}

export interface Exchange {
  /** Everything the gateway wrote until it closed. */
  bytes: Promise<Uint8Array>;
  /** Resolves when the connection closed, however. */
  closed: Promise<void>;
  write(bytes: Uint8Array | string): void;
  end(): void;
  destroy(): void;
}

/** Opens a connection; nothing is sent yet. */
export async function open(t: TestContext, port: number, options: { localAddress?: string } = {}): Promise<Exchange> {
  const socket = connect({ host: '127.0.0.1', port, allowHalfOpen: true, ...options });
  t.after(() => socket.destroy());
  await new Promise<void>((resolve, reject) => socket.once('connect', resolve).once('error', reject));
  socket.on('error', () => {});
  const chunks: Buffer[] = [];
  socket.on('data', (chunk: Buffer) => chunks.push(chunk));
  // As a btpeer client does: read to the gateway's end, then close.
  socket.on('end', () => socket.end());
  const closed = new Promise<void>((resolve) => socket.once('close', () => resolve()));
  return {
    bytes: closed.then(() => new Uint8Array(Buffer.concat(chunks))),
    closed,
    write: (bytes) => void socket.write(bytes),
    end: () => void socket.end(),
    destroy: () => socket.destroy(),
  };
}

/** One request sent whole (the EOF variant half-closes after it); the reply bytes. */
export async function exchange(t: TestContext, port: number, request: Uint8Array | string, options: { end?: boolean; localAddress?: string } = {}): Promise<Uint8Array> {
  const connection = await open(t, port, options.localAddress === undefined ? {} : { localAddress: options.localAddress });
  connection.write(request);
  if (options.end ?? true) connection.end();
  return connection.bytes;
}

export const ascii = (s: string): Uint8Array => new TextEncoder().encode(s);

/** `type · length · data`, the original framing. */
export function lengthFramed(type: string, data: string | Uint8Array = ''): Uint8Array {
  const body = typeof data === 'string' ? ascii(data) : data;
  const out = new Uint8Array(8 + body.length);
  out.set(ascii(type));
  new DataView(out.buffer).setUint32(4, body.length, false);
  out.set(body, 8);
  return out;
}
