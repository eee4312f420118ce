/**
 * A Node worker peer: the relay's mesh-peer core (TabmeshNode over @roamhq/wrtc) running gossip,
 * the DHT and the job pipeline with broker, transcription and translation roles, its own key and
 * data directory. `npm start` runs one so that a lone tab is served; operators add more for
 * capacity. The broker role needs the chain (payments are checked through its own RPC).
 */
import { join } from 'node:path';
import { createDht } from '../node/dht/service.ts';
import { identitySigner, verifyWithIdentity } from '../node/dht/signing.ts';
import { createGossip } from '../node/gossip/index.ts';
import { identityRumorAuth } from '../node/gossip/signing.ts';
import type { TranslationEngine } from '../node/jobs/engines.ts';
import type { JobsService } from '../node/jobs/service.ts';
import type { Role } from '../node/peers/roles.ts';
import { LibreTranslateEngine, libreTranslateConfig } from '../engines/libretranslate.ts';
import type { ChainConfig } from './chain-config.ts';
import { dhtDiskStorage } from './dht-disk-storage.ts';
import { diskStorage, loadOrCreateIdentity } from './disk-store.ts';
import { createMeshPeer, type MeshPeer, type SignalingSocketOptions } from './mesh-peer.ts';
import { createNodeJobs } from './node-jobs.ts';
import type { WorkObserver } from './timed-engines.ts';

export const WORKER_ROLES: readonly Role[] = ['broker', 'transcription', 'translation'];
/** A worker dials a few neighbours itself (a relay dials nobody): its adverts and flow events must travel. */
export const WORKER_TARGET_DEGREE = 4;

/** Sentence-level engines configured in the environment (LIBRETRANSLATE_URL and friends); the lexicon is always there. */
export function translatorsFromEnv(env: Readonly<Record<string, string | undefined>>): TranslationEngine[] {
  try {
    const libre = libreTranslateConfig(env);
    return libre ? [new LibreTranslateEngine(libre)] : [];
  } catch (error) {
    throw new TranslatorConfigError(`invalid configuration:\n  ${(error as Error).message}`);
  }
}

export class TranslatorConfigError extends Error {}

export interface WorkerPeerOptions {
  signalingUrl: string;
  /** Its key, peer table, DHT records, jobs and OCR data live here. */
  dataDir: string;
  roles?: readonly Role[];
  chain?: ChainConfig;
  translators?: readonly TranslationEngine[];
  /** Assignments it takes at once. */
  capacity?: number;
  socketOptions?: SignalingSocketOptions;
  /** Told how long each OCR and translation took. */
  observe?: WorkObserver;
}

export interface WorkerPeer {
  readonly id: string;
  readonly roles: readonly Role[];
  readonly peer: MeshPeer;
  readonly jobs: JobsService;
  close(): Promise<void>;
}

export async function startWorkerPeer(o: WorkerPeerOptions): Promise<WorkerPeer> {
  const identity = await loadOrCreateIdentity(join(o.dataDir, 'worker'));
  // Without a chain a broker could check no payment: it holds the worker roles only.
  const roles = (o.roles ?? WORKER_ROLES).filter((r) => r !== 'broker' || o.chain !== undefined);
  const gossip = createGossip(identityRumorAuth(identity));
  const dht = createDht({ signer: identitySigner(identity), verify: verifyWithIdentity, storage: dhtDiskStorage(join(o.dataDir, 'dht')) });
  const jobs = createNodeJobs({
    identity,
    dataDir: o.dataDir,
    roles: () => roles,
    gossip,
    dht,
    ...(o.chain && { chain: o.chain }),
    ...(o.translators && { translators: o.translators }),
    ...(o.capacity !== undefined && { capacity: o.capacity }),
    ...(o.observe && { observe: o.observe }),
  });
  const peer = createMeshPeer({
    identity,
    signalingUrl: o.signalingUrl,
    roles,
    capabilities: ['webrtc', 'jobs'],
    storage: diskStorage(join(o.dataDir, 'worker')),
    services: [gossip, dht, jobs],
    targetDegree: WORKER_TARGET_DEGREE,
    ...(o.socketOptions && { socketOptions: o.socketOptions }),
  });
  await peer.start();
  return { id: identity.id, roles, peer, jobs, close: () => peer.stop() };
}
