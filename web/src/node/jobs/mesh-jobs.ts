/**
 * A JobsService wired the way every host wires it: images in the node's DHT, results signed with
 * its identity, OCR in every language the pipeline reads, payments and terms when the host has a
 * chain. Hosts (tab-jobs.ts, node-jobs.ts) add their own stores, engines and mailer.
 */
import type { DhtNode } from '../dht/service.ts';
import type { GossipService } from '../gossip/index.ts';
import type { Identity } from '../peers/identity.ts';
import { dhtImages } from './dht-images.ts';
import { OCR_LANGUAGES, type OcrEngine, type PaymentTerms, type PaymentVerifier } from './engines.ts';
import { identityJobAuth } from './identity-auth.ts';
import { JobsService, type JobsServiceOptions } from './service.ts';

export interface MeshJobsParts {
  identity: Identity;
  roles: JobsServiceOptions['roles'];
  gossip: GossipService;
  dht: DhtNode;
  ocr: OcrEngine;
  payments?: PaymentVerifier | undefined;
  terms?: PaymentTerms | undefined;
}

type HostOptions = Omit<JobsServiceOptions, 'roles' | 'gossip' | 'images' | 'signer' | 'verify' | 'payments' | 'terms' | 'ocr'>;

export function createMeshJobs(parts: MeshJobsParts, host: HostOptions): JobsService {
  return new JobsService({
    roles: parts.roles,
    gossip: parts.gossip,
    images: dhtImages(parts.dht),
    ...identityJobAuth(parts.identity),
    ...(parts.payments && { payments: parts.payments }),
    ...(parts.terms && { terms: parts.terms }),
    ocr: { engine: parts.ocr, languages: OCR_LANGUAGES },
    ...host,
  });
}
