/**
 * INIT, seed 000's job submission, in two steps because Tabmesh's jobs are paid first:
 *
 * 1. The seed's JSON `{sender, email, encodedImage, type:"INIT", id, region}` (region ES IT FR GR,
 *    or `to` with a language code; `from` the sign's OCR language, English by default) prepares
 *    the job: its image goes into the mesh and the answer is `REPL {"jobId", "payment", "expiresInSeconds"}`,
 *    the transfer to make (its data is the job id).
 * 2. `{"jobId", "tx"}` once paid hands the job to a broker and follows it: one `REPL {"jobId",
 *    "stage", "progress"}` per change, then `REPL {"jobId", "stage":"done", "tx", "text",
 *    "translation", "engine", "quality"}`. Sent again for a job under way, it follows it again.
 *
 * Every refusal is `ERRO {"code", "message"}` with the mesh's codes.
 */
import type { Clock } from '../../../web/src/node/base/clock.ts';
import { TabmeshError } from '../../../web/src/node/base/errors.ts';
import type { TokenBuckets } from '../../../web/src/node/base/token-buckets.ts';
import type { JobsApi } from '../../../web/src/node/jobs/api.ts';
import type { ClientJob } from '../../../web/src/node/jobs/client.ts';
import { REGION_LANGUAGE } from '../../../web/src/node/jobs/engines.ts';
import { JOB_POLL_MS } from './constants.ts';
import type { BtpeerCounters } from './counters.ts';
import type { DraftBook } from './draft-book.ts';

export type BtpeerJobs = Pick<JobsApi, 'terms' | 'prepare' | 'submit' | 'get' | 'cancel'>;

export interface InitSession {
  readonly address: string;
  readonly closed: boolean;
  reply(json: object): void;
  /** ERRO, then the connection ends. */
  refuse(code: string, message: string): void;
  /** The last reply was written: the connection ends. */
  finish(): void;
}

export interface InitContext {
  readonly jobs: BtpeerJobs;
  readonly clock: Clock;
  readonly drafts: DraftBook;
  /** New jobs per address (each stores an image in the mesh). */
  readonly quotes: TokenBuckets<string>;
  readonly counters: BtpeerCounters;
  readonly draftTtlMs: number;
  readonly jobWaitMs: number;
  readonly onError: (message: string, error: unknown) => void;
}

const HEX64 = /^[0-9a-f]{64}$/;
const TX = /^0x[0-9a-fA-F]{64}$/;
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

export async function handleInit(data: Uint8Array, session: InitSession, ctx: InitContext): Promise<void> {
  let body: unknown;
  try {
    body = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(data));
  } catch {
    return refuse(session, ctx, 'malformed', 'INIT carries a JSON object');
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return refuse(session, ctx, 'malformed', 'INIT carries a JSON object');
  const fields = body as Record<string, unknown>;
  if (fields['tx'] !== undefined) return paid(fields, session, ctx);
  return quote(fields, session, ctx);
}

async function quote(fields: Record<string, unknown>, session: InitSession, ctx: InitContext): Promise<void> {
  const terms = ctx.jobs.terms();
  if (!terms) return refuse(session, ctx, 'not-allowed', 'this network names no chain, so it takes no paid jobs');
  const { email, encodedImage, region, to, from } = fields;
  if (typeof email !== 'string') return refuse(session, ctx, 'bad-field', 'email: the address the result is mailed to');
  if (typeof encodedImage !== 'string') return refuse(session, ctx, 'bad-field', 'encodedImage: the image as base64');
  const target = to ?? (typeof region === 'string' ? (REGION_LANGUAGE as Record<string, string>)[region.toUpperCase()] : undefined);
  if (typeof target !== 'string') return refuse(session, ctx, 'bad-field', 'region (ES IT FR GR) or to (a language code) says what to translate into');
  if (from !== undefined && typeof from !== 'string') return refuse(session, ctx, 'bad-field', 'from: the sign\u2019s OCR language (eng, spa, fra, ita, deu)');
  const base64 = encodedImage.replace(/^data:[^,]*,/, '').replace(/\s+/g, '');
  if (!BASE64.test(base64)) return refuse(session, ctx, 'bad-field', 'encodedImage is not base64');
  const busy = ctx.drafts.refusal(session.address);
  if (busy !== undefined) return refuse(session, ctx, 'at-capacity', busy);
  if (!ctx.quotes.take(session.address, ctx.clock.now())) return refuse(session, ctx, 'rate-limited', 'too many new jobs from your address; try again in a minute');
  try {
    const image = new Uint8Array(Buffer.from(base64, 'base64'));
    const draft = await ctx.jobs.prepare({ image, email, to: target as never, ...(from !== undefined && { from: from as never }) });
    ctx.drafts.add(draft.id, session.address);
    ctx.counters.jobs.quoted++;
    session.reply({ jobId: draft.id, payment: draft.payment, expiresInSeconds: Math.round(ctx.draftTtlMs / 1000) });
    session.finish();
  } catch (error) {
    refuseFor(error, session, ctx);
  }
}

async function paid(fields: Record<string, unknown>, session: InitSession, ctx: InitContext): Promise<void> {
  const { jobId, tx } = fields;
  if (typeof jobId !== 'string' || !HEX64.test(jobId)) return refuse(session, ctx, 'bad-field', 'jobId: the 64 hex digits the first INIT answered');
  if (typeof tx !== 'string' || !TX.test(tx)) return refuse(session, ctx, 'bad-field', 'tx: the payment\u2019s transaction hash (0x and 64 hex digits)');
  const known = ctx.jobs.get(jobId);
  if (!known) return refuse(session, ctx, 'not-found', 'no such job here: prepare it with an INIT first (unpaid jobs expire)');
  const underWay = known.stage !== 'draft' && known.stage !== 'refused';
  if (underWay && known.tx?.toLowerCase() !== tx.toLowerCase()) return refuse(session, ctx, 'tx-reused', 'this job was paid with another transaction');
  if (!underWay) {
    try {
      await ctx.jobs.submit(jobId, tx);
    } catch (error) {
      return refuseFor(error, session, ctx);
    }
    ctx.drafts.settle(jobId);
    ctx.counters.jobs.submitted++;
  }
  await follow(jobId, session, ctx);
}

/** Replies each stage the job reaches until it ends, the connection goes, or the wait is over. */
async function follow(id: string, session: InitSession, ctx: InitContext): Promise<void> {
  const deadline = ctx.clock.now() + ctx.jobWaitMs;
  let said = '';
  for (;;) {
    if (session.closed) return;
    const job = ctx.jobs.get(id);
    if (!job) return refuse(session, ctx, 'not-found', 'the job is no longer known here');
    if (job.stage === 'done') {
      ctx.counters.jobs.done++;
      session.reply(result(job));
      return session.finish();
    }
    if (job.stage === 'failed' || job.stage === 'refused') {
      ctx.counters.jobs.failed++;
      return refuse(session, ctx, job.error ?? 'failed', `the job ${job.stage === 'failed' ? 'failed' : 'was refused'}: ${job.error ?? 'no reason given'}`);
    }
    const stage = `${job.stage}:${Math.floor(job.progress / 100)}`;
    if (stage !== said) {
      said = stage;
      session.reply({ jobId: id, stage: job.stage, progress: job.progress / 1000 });
    }
    if (ctx.clock.now() >= deadline) return refuse(session, ctx, 'timeout', 'the job is still running; send the same INIT again to follow it');
    await new Promise<void>((resolve) => ctx.clock.setTimeout(resolve, JOB_POLL_MS));
  }
}

function result(job: ClientJob): object {
  return { jobId: job.id, stage: 'done', tx: job.tx, text: job.text ?? '', translation: job.translation ?? '', engine: job.engine ?? '', quality: job.quality ?? null };
}

function refuseFor(error: unknown, session: InitSession, ctx: InitContext): void {
  if (error instanceof TabmeshError) return refuse(session, ctx, error.code, error.message);
  ctx.counters.internalErrors++;
  ctx.onError('btpeer gateway: INIT failed', error);
  refuse(session, ctx, 'internal', 'the gateway failed on this request (logged)');
}

function refuse(session: InitSession, ctx: InitContext, code: string, message: string): void {
  ctx.counters.jobRefusals[code] = (ctx.counters.jobRefusals[code] ?? 0) + 1;
  session.refuse(code, message);
}
