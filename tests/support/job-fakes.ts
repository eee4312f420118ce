/**
 * Stand-ins for what the job pipeline's hosts provide, for unit tests and the simulator: a chain
 * whose payments a test makes (and breaks on purpose), OCR that "reads" the image bytes as UTF-8
 * text over virtual time, a translator that marks its output, and an image store.
 */
import { sha256 } from 'ethers';
import type { Clock } from '../../web/src/node/base/clock.ts';
import { delay } from '../../web/src/node/base/clock.ts';
import { TabmeshError } from '../../web/src/node/base/errors.ts';
import type { OcrEngine, PaymentCheck, PaymentRefusal, PaymentTerms, PaymentVerifier, TextLanguage, TranslationEngine } from '../../web/src/node/jobs/engines.ts';
import type { JobImages } from '../../web/src/node/jobs/service.ts';

export const TEST_TERMS: PaymentTerms = { chainId: 31337n, serviceAddress: '0x' + '5e'.repeat(20), priceWei: 10n ** 15n, confirmations: 1 };

export class FakeChain implements PaymentVerifier {
  readonly terms = TEST_TERMS;
  readonly #txs = new Map<string, { jobId: string; payer: string; broken?: PaymentRefusal }>();
  #n = 0;
  verifications = 0;

  /** A payment for `jobId`; `broken` makes it fail verification with that code. */
  pay(jobId: string, payer = '0x' + 'aa'.repeat(20), broken?: PaymentRefusal): string {
    const tx = sha256(new TextEncoder().encode(`tx${this.#n++}`));
    this.#txs.set(tx, { jobId, payer, ...(broken && { broken }) });
    return tx;
  }

  async verify(txHash: string, jobId: string): Promise<PaymentCheck> {
    this.verifications++;
    const tx = this.#txs.get(txHash);
    if (!tx) return { ok: false, code: 'unknown-tx', message: 'no such transaction' };
    if (tx.broken) return { ok: false, code: tx.broken, message: tx.broken };
    if (tx.jobId !== jobId) return { ok: false, code: 'wrong-job', message: 'the data names another job' };
    return { ok: true, payment: { txHash, payer: tx.payer, valueWei: TEST_TERMS.priceWei, blockNumber: 1 } };
  }
}

/** Reads the image bytes as text, taking `ms` of (virtual) time with progress on the way. */
export function fakeOcr(clock: Clock, ms = 2_000): OcrEngine & { calls: number } {
  const engine = {
    calls: 0,
    async recognize(image: Uint8Array, _language: string, options: { signal?: AbortSignal; onProgress?: (p: { progress: number; status: string }) => void } = {}) {
      engine.calls++;
      for (let step = 1; step <= 4; step++) {
        await delay(clock, ms / 4, options.signal);
        options.onProgress?.({ progress: step / 4, status: 'recognizing text' });
      }
      return { text: new TextDecoder().decode(image), confidence: 90 };
    },
    close: async () => undefined,
  };
  return engine;
}

export function fakeTranslator(clock: Clock, ms = 200, quality: 'word' | 'sentence' = 'word'): TranslationEngine & { calls: number } {
  const pairs = ['en-es', 'en-fr', 'en-it', 'en-de'];
  const engine = {
    name: quality === 'word' ? 'fake-lexicon' : 'fake-sentence',
    quality,
    calls: 0,
    pairs: () => pairs,
    async translate(text: string, _from: TextLanguage, to: TextLanguage, options: { signal?: AbortSignal } = {}) {
      engine.calls++;
      await delay(clock, ms, options.signal);
      return { text: `[${to}] ${text}`, engine: engine.name, quality };
    },
  };
  return engine;
}

export function imageStore(): JobImages & { map: Map<string, Uint8Array> } {
  const map = new Map<string, Uint8Array>();
  return {
    map,
    put: async (bytes) => {
      const key = sha256(bytes).slice(2);
      map.set(key, bytes);
      return key;
    },
    get: async (key) => {
      const bytes = map.get(key);
      if (!bytes) throw new TabmeshError('not-found', 'no such image');
      return bytes;
    },
  };
}
