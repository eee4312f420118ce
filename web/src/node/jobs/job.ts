/**
 * A job: the image (by its content key in the DHT), the e-mail address, the languages, and a
 * nonce. Its id is a hash that commits to all of them, so the payment — a transfer carrying the
 * id as its data — pays for exactly this content: nobody can swap the image, the address or the
 * language of a paid job, and the relay can check where a result may be mailed.
 */
import { sha256, toUtf8Bytes } from 'ethers';
import { err, ok, type Result } from '../base/errors.ts';
import { isPeerId } from '../base/peer-id.ts';
import { canonicalPayload } from '../peers/identity.ts';
import { isMailAddress } from '../mail/address.ts';
import { OCR_LANGUAGES, OCR_TEXT_LANGUAGE, TEXT_LANGUAGES, type OcrLanguage, type TextLanguage } from './engines.ts';

/** Kept apart from every other hash the network makes. */
const JOB_ID_DOMAIN = 'tabmesh/job/v1';
/** 16 random bytes as hex: two jobs of the same image to the same address still differ. */
export const JOB_NONCE_HEX = 32;
/** The largest image a job may carry; the upload page and the brokers refuse more. */
export const MAX_IMAGE_BYTES = 8 * 1024 * 1024;
/** The most pixels an image may have (width × height), so a small file cannot decompress to a huge bitmap. */
export const MAX_IMAGE_PIXELS = 24_000_000;

/** A job id: 64 lowercase hex characters (SHA-256), as peer ids are. */
export type JobId = string;

export interface JobSpec {
  /** SHA-256 of the image bytes, hex: its content key in the DHT. */
  imageKey: string;
  imageBytes: number;
  email: string;
  /** The language the sign is written in (the OCR data to use). */
  from: OcrLanguage;
  /** The language to translate into. */
  to: TextLanguage;
  nonce: string;
}

export function jobIdOf(spec: JobSpec): JobId {
  const payload = canonicalPayload([JOB_ID_DOMAIN, spec.imageKey, spec.imageBytes, spec.email, spec.from, spec.to, spec.nonce]);
  return sha256(payload).slice(2);
}

/** The job id as a transaction's data: 0x and 32 bytes. */
export function jobIdAsTxData(id: JobId): string {
  return `0x${id}`;
}

export function isJobId(x: unknown): x is JobId {
  return isPeerId(x);
}

/** Checks a spec from untrusted JSON field by field; the message says which field is wrong. Never throws. */
export function parseJobSpec(x: unknown): Result<JobSpec> {
  if (typeof x !== 'object' || x === null || Array.isArray(x)) return err('malformed', 'a job spec is an object');
  const r = x as Record<string, unknown>;
  if (!isPeerId(r['imageKey'])) return err('bad-field', 'imageKey is 64 hex characters (SHA-256 of the image)');
  const bytes = r['imageBytes'];
  if (typeof bytes !== 'number' || !Number.isSafeInteger(bytes) || bytes <= 0 || bytes > MAX_IMAGE_BYTES) {
    return err('oversized', `imageBytes is 1..${MAX_IMAGE_BYTES}`);
  }
  if (!isMailAddress(r['email'])) return err('bad-address', 'email is one plain address');
  if (!(OCR_LANGUAGES as readonly unknown[]).includes(r['from'])) return err('bad-field', `from is one of ${OCR_LANGUAGES.join(', ')}`);
  if (!(TEXT_LANGUAGES as readonly unknown[]).includes(r['to'])) return err('bad-field', `to is one of ${TEXT_LANGUAGES.join(', ')}`);
  if (OCR_TEXT_LANGUAGE[r['from'] as OcrLanguage] === r['to']) return err('bad-field', 'from and to are the same language');
  if (typeof r['nonce'] !== 'string' || !new RegExp(`^[0-9a-f]{${JOB_NONCE_HEX}}$`).test(r['nonce'])) return err('bad-field', `nonce is ${JOB_NONCE_HEX} hex characters`);
  return ok({ imageKey: r['imageKey'], imageBytes: bytes, email: r['email'], from: r['from'] as OcrLanguage, to: r['to'] as TextLanguage, nonce: r['nonce'] });
}

/** A fresh nonce from the host's randomness. */
export function newJobNonce(random: () => number): string {
  let hex = '';
  for (let i = 0; i < JOB_NONCE_HEX / 8; i++) hex += Math.floor(random() * 0x1_0000_0000).toString(16).padStart(8, '0');
  return hex;
}

/** The id as text for people: short, still unambiguous in a page. */
export function shortJobId(id: JobId): string {
  return id.slice(0, 10);
}

/** Domain-separated hash used to key a job's payment in shared stores (the DHT ledger). */
export function paymentKeyOf(txHash: string): string {
  return sha256(toUtf8Bytes(`tabmesh/payment/v1\u0000${txHash.toLowerCase()}`)).slice(2);
}
