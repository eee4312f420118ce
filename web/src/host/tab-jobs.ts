/**
 * The job pipeline in a tab: jobs and accepted payments in IndexedDB, OCR by tesseract.js in a
 * Web Worker (loaded only when the tab first transcribes), the lexicon for translation, payments
 * checked through the chain's public RPC (brokers only). The tab's roles decide what it does.
 */
import type { PeerId } from '../node/base/peer-id.ts';
import type { DhtNode } from '../node/dht/service.ts';
import type { GossipService } from '../node/gossip/index.ts';
import type { OcrEngine, PaymentTerms, PaymentVerifier } from '../node/jobs/engines.ts';
import { createMeshJobs } from '../node/jobs/mesh-jobs.ts';
import type { JobsService } from '../node/jobs/service.ts';
import { LexiconEngine } from '../node/jobs/translation/lexicon-engine.ts';
import type { Identity } from '../node/peers/identity.ts';
import type { Role } from '../node/peers/roles.ts';
import type { ChainView, OpusMtView } from '../contracts/app-config.ts';
import { createTabOpusMtEngine } from './opus-mt-tab.ts';
import { idbJobStores } from './idb-job-store.ts';

export interface TabJobsOptions {
  identity: Identity;
  roles: () => readonly Role[];
  gossip: GossipService;
  dht: DhtNode;
  chain: ChainView | undefined;
  /** Where the operator serves Opus-MT models: this tab translates with them first. */
  opusMt?: OpusMtView | undefined;
  relays: () => PeerId[];
}

export function termsOf(chain: ChainView): PaymentTerms {
  return { chainId: BigInt(chain.chainId), serviceAddress: chain.serviceAddress, priceWei: BigInt(chain.priceWei), confirmations: chain.confirmations };
}

/** tesseract.js (and its worker) is fetched the first time this tab transcribes, never before. */
export function lazyTabOcrEngine(): OcrEngine {
  let loading: Promise<OcrEngine> | undefined;
  const engine = (): Promise<OcrEngine> => {
    loading ??= import('./ocr-tesseract.ts').then((m) => m.createTabOcrEngine());
    loading.catch(() => (loading = undefined));
    return loading;
  };
  return {
    recognize: async (image, language, options) => (await engine()).recognize(image, language, options),
    close: async () => {
      if (loading) await (await loading.catch(() => undefined))?.close();
    },
  };
}

/** ethers comes with the first payment this tab checks as a broker, not with the page. */
export function lazyPaymentVerifier(rpcUrl: string, terms: PaymentTerms): PaymentVerifier {
  let loading: Promise<PaymentVerifier> | undefined;
  const verifier = (): Promise<PaymentVerifier> => {
    loading ??= import('../engines/chain-payments.ts').then((m) => m.rpcPaymentVerifier({ rpcUrl, terms }));
    loading.catch(() => (loading = undefined));
    return loading;
  };
  return { terms, verify: async (txHash, jobId, options) => (await verifier()).verify(txHash, jobId, options) };
}

export function createTabJobs(o: TabJobsOptions): JobsService {
  const terms = o.chain ? termsOf(o.chain) : undefined;
  const payments = o.chain && terms ? lazyPaymentVerifier(o.chain.rpcUrl, terms) : undefined;
  const stores = idbJobStores(o.identity.id);
  return createMeshJobs(
    { identity: o.identity, roles: o.roles, gossip: o.gossip, dht: o.dht, ocr: lazyTabOcrEngine(), payments, terms },
    { store: stores.broker, jobs: stores.mine, translators: [...(o.opusMt ? [createTabOpusMtEngine(o.opusMt)] : []), new LexiconEngine()], relays: o.relays },
  );
}
