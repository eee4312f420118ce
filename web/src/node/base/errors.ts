/**
 * One error class for the whole core, with stable codes. Peers and the signaling server send
 * each other codes, never prose; the message is for humans reading logs.
 */
export const ERROR_CODES = [
  // wire
  'truncated',
  'oversized',
  'bad-size',
  'unknown-type',
  'bad-field',
  'trailing-bytes',
  'hash-mismatch',
  // identity and signaling
  'bad-signature',
  'bad-id',
  'id-mismatch',
  'no-challenge',
  'expired',
  'replayed',
  'not-registered',
  'unknown-peer',
  'rate-limited',
  'malformed',
  'at-capacity',
  // transport and peers
  'backpressure',
  'closed',
  'timeout',
  'aborted',
  'protocol-violation',
  'self',
  // apps: mail through a relay
  'not-allowed',
  'bad-address',
  'mail-failed',
  // dht (appended: the wire carries a code's index, so existing indices never move)
  'not-found',
  'not-owner',
  'stale',
  'no-route',
  // jobs: payment refusals (PAYMENT_REFUSALS in jobs/engines.ts), then the pipeline's own
  'unknown-tx',
  'tx-failed',
  'wrong-chain',
  'wrong-recipient',
  'underpaid',
  'wrong-job',
  'tx-reused',
  'unconfirmed',
  'no-worker',
  'not-assigned',
  'unknown-pair',
  'job-failed',
  // jobs: the payer's wallet
  'no-wallet',
  'wallet-rejected',
  // chain: transfers out of order, or spending more than the account holds
  'bad-nonce',
  'overspend',
  // chain: blocks refused by consensus, and what is already known
  'bad-pow',
  'bad-difficulty',
  'bad-timestamp',
  'unknown-parent',
  'invalid-parent',
  'too-far-ahead',
  'duplicate',
  // chain: the image-recognition gate (recognition.ts)
  'label-not-recognised',
  'label-too-weak',
  'bad-image',
  // a host part (the recognition model) failed: not the input's fault, try again later
  'unavailable',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

export class TabmeshError extends Error {
  readonly code: ErrorCode;
  constructor(code: ErrorCode, message?: string) {
    super(message ?? code);
    this.name = 'TabmeshError';
    this.code = code;
  }
}

export function tabmeshError(code: ErrorCode, message?: string): TabmeshError {
  return new TabmeshError(code, message);
}

export function isErrorCode(x: unknown): x is ErrorCode {
  return typeof x === 'string' && (ERROR_CODES as readonly string[]).includes(x);
}

/** Results at trust boundaries: untrusted input yields a value or a typed error, never a throw. */
export type Result<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: TabmeshError };

export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

export function err<T = never>(code: ErrorCode, message?: string): Result<T> {
  return { ok: false, error: new TabmeshError(code, message) };
}
