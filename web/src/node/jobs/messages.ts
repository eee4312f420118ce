/**
 * The job pipeline's messages. Seed 000's names stay (BINT, TRSC, BTCR, TRAN) and so do its
 * field names (sender, requester, id, email, message); Tabmesh adds the job id as a hash, the
 * payment tx, the languages, the image as a content key in the DHT instead of inline base64,
 * the attempt number, the backup broker, and signed results. One registry, type numbers from the
 * one table.
 */
import { MESSAGE_TYPE } from '../wire/constants.ts';
import { defineRegistry, type RegistryMessage } from '../wire/registry.ts';
import { bytes, defineMessage, list, peerId, str, u16, u32, u8 } from '../wire/schema.ts';
import { MAX_ENGINE_NAME_BYTES, MAX_JOB_RECORD_BYTES, MAX_JOB_TEXT_BYTES } from './constants.ts';
import { MAX_ADDRESS_CHARS } from '../mail/address.ts';

/** A secp256k1 signature: r ‖ s ‖ v. */
const SIGNATURE_BYTES = 65;
/** Language codes: 'eng' (OCR) or 'es' (text). */
const LANGUAGE = str(3);
/** A transaction hash. */
const TX_HASH = bytes(32);
/** The job's nonce (16 random bytes). */
const NONCE = bytes(16);
/** Answers carry an error code's index, or this for success. */
export const JOB_OK = 0xffff;

/** BINT: a paid job, from the tab that uploaded it to a broker; answered by jobAck. */
export const jobSubmit = defineMessage({
  type: MESSAGE_TYPE.jobSubmit,
  name: 'jobSubmit',
  fields: [
    ['rid', u32],
    ['id', peerId],
    ['requester', peerId],
    ['tx', TX_HASH],
    ['imageKey', peerId],
    ['imageBytes', u32],
    ['email', str(MAX_ADDRESS_CHARS)],
    ['from', LANGUAGE],
    ['to', LANGUAGE],
    ['nonce', NONCE],
  ],
});

/** The broker's answer: queued (primary and backup named) or refused with a code. */
export const jobAck = defineMessage({
  type: MESSAGE_TYPE.jobAck,
  name: 'jobAck',
  fields: [['rid', u32], ['id', peerId], ['code', u16], ['primary', peerId], ['backup', list(peerId, 1)]],
});

/** TRSC: broker → transcription worker. The worker fetches the image from the DHT by its key. */
export const jobTrsc = defineMessage({
  type: MESSAGE_TYPE.jobTrsc,
  name: 'jobTrsc',
  fields: [['id', peerId], ['attempt', u8], ['requester', peerId], ['imageKey', peerId], ['imageBytes', u32], ['from', LANGUAGE], ['backup', list(peerId, 1)]],
});

/** A worker's progress on its assignment, per mille; also keeps the assignment alive. */
export const jobProgress = defineMessage({
  type: MESSAGE_TYPE.jobProgress,
  name: 'jobProgress',
  fields: [['id', peerId], ['attempt', u8], ['progress', u16]],
});

/** BTCR: transcription worker → broker: the text, signed by the worker (jobs/signing.ts). */
export const jobBtcr = defineMessage({
  type: MESSAGE_TYPE.jobBtcr,
  name: 'jobBtcr',
  fields: [['id', peerId], ['attempt', u8], ['confidence', u8], ['signature', bytes(SIGNATURE_BYTES)], ['message', str(MAX_JOB_TEXT_BYTES)]],
});

/** TRAN: broker → translation worker: the text to translate. */
export const jobTran = defineMessage({
  type: MESSAGE_TYPE.jobTran,
  name: 'jobTran',
  fields: [['id', peerId], ['attempt', u8], ['requester', peerId], ['from', LANGUAGE], ['to', LANGUAGE], ['backup', list(peerId, 1)], ['message', str(MAX_JOB_TEXT_BYTES)]],
});

/** Translation done: worker → broker, signed; quality 0 word-level, 1 sentence-level. */
export const jobTrdn = defineMessage({
  type: MESSAGE_TYPE.jobTrdn,
  name: 'jobTrdn',
  fields: [
    ['id', peerId],
    ['attempt', u8],
    ['quality', u8],
    ['engine', str(MAX_ENGINE_NAME_BYTES)],
    ['signature', bytes(SIGNATURE_BYTES)],
    ['message', str(MAX_JOB_TEXT_BYTES)],
  ],
});

/** A worker cannot take an assignment (busy, no such language pair, image unavailable). */
export const jobRefuse = defineMessage({
  type: MESSAGE_TYPE.jobRefuse,
  name: 'jobRefuse',
  fields: [['id', peerId], ['attempt', u8], ['code', u16]],
});

/** Broker → broker: a job record to keep as backup; takeOver = 1 hands the job over (the sender leaves). */
export const jobReplicate = defineMessage({
  type: MESSAGE_TYPE.jobReplicate,
  name: 'jobReplicate',
  fields: [['takeOver', u8], ['record', str(MAX_JOB_RECORD_BYTES)]],
});

/** The backup has the record at this version. */
export const jobReplicated = defineMessage({
  type: MESSAGE_TYPE.jobReplicated,
  name: 'jobReplicated',
  fields: [['id', peerId], ['version', u32]],
});

/** Primary → backup: alive, and backing `jobs` jobs with you. */
export const jobLease = defineMessage({ type: MESSAGE_TYPE.jobLease, name: 'jobLease', fields: [['jobs', u16]] });

/** Anyone → broker: the state of a job; answered by jobStatus. */
export const jobQuery = defineMessage({ type: MESSAGE_TYPE.jobQuery, name: 'jobQuery', fields: [['rid', u32], ['id', peerId]] });

/** A job's public state as JSON (no e-mail address); rid 0: pushed unasked to the requester. */
export const jobStatus = defineMessage({
  type: MESSAGE_TYPE.jobStatus,
  name: 'jobStatus',
  fields: [['rid', u32], ['id', peerId], ['code', u16], ['status', str(MAX_JOB_RECORD_BYTES)]],
});

/** Broker → relay: mail this finished job's result (the relay checks the payment itself). */
export const jobMail = defineMessage({ type: MESSAGE_TYPE.jobMail, name: 'jobMail', fields: [['rid', u32], ['record', str(MAX_JOB_RECORD_BYTES)]] });

export const jobMailed = defineMessage({ type: MESSAGE_TYPE.jobMailed, name: 'jobMailed', fields: [['rid', u32], ['id', peerId], ['code', u16]] });

export const JOB_MESSAGES = defineRegistry('jobs', {
  jobSubmit,
  jobAck,
  jobTrsc,
  jobProgress,
  jobBtcr,
  jobTran,
  jobTrdn,
  jobRefuse,
  jobReplicate,
  jobReplicated,
  jobLease,
  jobQuery,
  jobStatus,
  jobMail,
  jobMailed,
});
export type JobMessage = RegistryMessage<typeof JOB_MESSAGES>;
export type JobKind = JobMessage['kind'];
export type JobMessageOf<K extends JobKind> = Extract<JobMessage, { kind: K }>;
