/**
 * The job pipeline on a Node peer: a worker peer (`npm start`'s, `npm run worker`) with broker,
 * transcription and translation roles, or the relay, which only mails results. Engines: tesseract
 * in Node for OCR, the lexicon (and LibreTranslate when configured) for translation; jobs on disk;
 * payments checked through the peer's own JSON-RPC connection.
 */
import { join } from 'node:path';
import type { ErrorCode } from '../node/base/errors.ts';
import type { PeerId } from '../node/base/peer-id.ts';
import type { DhtNode } from '../node/dht/service.ts';
import type { GossipService } from '../node/gossip/index.ts';
import type { TranslationEngine } from '../node/jobs/engines.ts';
import type { ResultMail } from '../node/jobs/mailer.ts';
import { createMeshJobs } from '../node/jobs/mesh-jobs.ts';
import type { JobsService } from '../node/jobs/service.ts';
import { LexiconEngine } from '../node/jobs/translation/lexicon-engine.ts';
import type { Identity } from '../node/peers/identity.ts';
import type { Role } from '../node/peers/roles.ts';
import { rpcPaymentVerifier } from '../engines/chain-payments.ts';
import type { ChainConfig } from './chain-config.ts';
import { diskJobStore, diskMailedJobs } from './disk-job-store.ts';
import { createNodeOcrEngine } from './ocr-tesseract.ts';
import { timedOcr, timedTranslator, type WorkObserver } from './timed-engines.ts';

export interface NodeJobsOptions {
  identity: Identity;
  /** Jobs under `<dataDir>/jobs`, OCR data under `<dataDir>/ocr`. */
  dataDir: string;
  roles: () => readonly Role[];
  gossip: GossipService;
  dht: DhtNode;
  chain?: ChainConfig;
  /** Translation engines besides the lexicon (sentence-level ones first is not needed: brokers rank). */
  translators?: readonly TranslationEngine[];
  capacity?: number;
  /** The relay: mail finished jobs' results through its gateway. */
  sendMail?: (mail: ResultMail) => Promise<ErrorCode | 'ok'>;
  relays?: () => PeerId[];
  /** Told how long each OCR and translation took (the worker's metrics). */
  observe?: WorkObserver;
}

export function createNodeJobs(o: NodeJobsOptions): JobsService {
  const observed = <E>(engine: E, wrap: (engine: E, observe: WorkObserver) => E): E => (o.observe ? wrap(engine, o.observe) : engine);
  const payments = o.chain ? rpcPaymentVerifier({ rpcUrl: o.chain.rpcUrl, terms: o.chain.terms }) : undefined;
  const jobsDir = join(o.dataDir, 'jobs');
  return createMeshJobs(
    { identity: o.identity, roles: o.roles, gossip: o.gossip, dht: o.dht, ocr: observed(createNodeOcrEngine({ dataDir: o.dataDir }), timedOcr), payments, terms: o.chain?.terms },
    {
      store: diskJobStore(jobsDir),
      translators: [...(o.translators ?? []), new LexiconEngine()].map((engine) => observed(engine, timedTranslator)),
      ...(o.capacity !== undefined && { capacity: o.capacity }),
      ...(o.relays && { relays: o.relays }),
      ...(o.sendMail && payments && { mailer: { payments, sendMail: o.sendMail, mailed: diskMailedJobs(join(jobsDir, 'mailed')) } }),
    },
  );
}
