/**
 * What the job pipeline needs from its host, as interfaces: the engines do the work (OCR,
 * translation), the payment verifier reads a chain through the host's own JSON-RPC connection.
 * Tabs, Node workers and tests each pass their own implementations in.
 */

/** Tesseract language codes of the OCR data Tabmesh ships. */
export const OCR_LANGUAGES = ['eng', 'spa', 'fra', 'ita', 'deu'] as const;
export type OcrLanguage = (typeof OCR_LANGUAGES)[number];

/** ISO 639-1 codes of the languages a text is translated between. */
export const TEXT_LANGUAGES = ['en', 'es', 'fr', 'it', 'de'] as const;
export type TextLanguage = (typeof TEXT_LANGUAGES)[number];

/** OCR language → the language of the text it reads. */
export const OCR_TEXT_LANGUAGE: Readonly<Record<OcrLanguage, TextLanguage>> = { eng: 'en', spa: 'es', fra: 'fr', ita: 'it', deu: 'de' };

/**
 * The seed's regions (ES IT FR GR; GR meant German in the original) and the language each asks
 * for. Kept so that clients of the seed's btpeer protocol can still say `region`.
 */
export const REGION_LANGUAGE = { ES: 'es', IT: 'it', FR: 'fr', GR: 'de' } as const satisfies Record<string, TextLanguage>;
export type Region = keyof typeof REGION_LANGUAGE;

export interface OcrProgress {
  /** 0..1 of the recognition. */
  progress: number;
  /** What tesseract is doing ('loading language traineddata', 'recognizing text', ...). */
  status: string;
}

export interface OcrResult {
  text: string;
  /** Mean word confidence, 0..100. */
  confidence: number;
}

/** Reads the text in an image (png, jpeg or webp bytes). */
export interface OcrEngine {
  recognize(image: Uint8Array, language: OcrLanguage, options?: { signal?: AbortSignal; onProgress?: (p: OcrProgress) => void }): Promise<OcrResult>;
  /** Frees the engine's workers. */
  close(): Promise<void>;
}

/** 'word': word and phrase substitution (the lexicon); 'sentence': a real sentence-level engine. */
export type TranslationQuality = 'word' | 'sentence';

export interface TranslationResult {
  text: string;
  /** Names the engine that produced it ('lexicon', 'apertium', 'libretranslate', ...). */
  engine: string;
  quality: TranslationQuality;
}

export interface TranslationEngine {
  readonly name: string;
  readonly quality: TranslationQuality;
  /** The pairs it translates, as `${from}-${to}`. */
  pairs(): readonly string[];
  translate(text: string, from: TextLanguage, to: TextLanguage, options?: { signal?: AbortSignal }): Promise<TranslationResult>;
}

/** Why a payment does not pay for a job: each is shown to the user as is. */
export const PAYMENT_REFUSALS = ['unknown-tx', 'tx-failed', 'wrong-chain', 'wrong-recipient', 'underpaid', 'wrong-job', 'tx-reused', 'unconfirmed'] as const;
export type PaymentRefusal = (typeof PAYMENT_REFUSALS)[number];

export interface PaymentTerms {
  chainId: bigint;
  /** The service's address, checksummed or lower-case hex. */
  serviceAddress: string;
  /** The least a job pays, in wei. */
  priceWei: bigint;
  confirmations: number;
}

export interface VerifiedPayment {
  txHash: string;
  /** Who paid (the chain's `from`). */
  payer: string;
  valueWei: bigint;
  blockNumber: number;
}

export type PaymentCheck = { ok: true; payment: VerifiedPayment } | { ok: false; code: PaymentRefusal; message: string };

/**
 * Checks, through its own JSON-RPC connection, that `txHash` exists on the configured chain,
 * succeeded, pays at least the price to the service address, carries `jobId` as its data and has
 * the required confirmations (waiting for them up to a bound, then 'unconfirmed'). 'tx-reused' is
 * decided by the caller, who knows which jobs a hash already paid for.
 */
export interface PaymentVerifier {
  readonly terms: PaymentTerms;
  verify(txHash: string, jobId: string, options?: { signal?: AbortSignal }): Promise<PaymentCheck>;
}
