/**
 * The paid pipeline in one process: brokers, transcription and translation workers, requesting
 * nodes and a relay, each running gossip and the jobs service on the ServiceSim, with a fake
 * chain, fake engines over virtual time and a shared image store. Used by the jobs unit tests
 * and the large simulation.
 */
import type { PeerId } from '../../web/src/node/base/peer-id.ts';
import { createGossip } from '../../web/src/node/gossip/index.ts';
import { OCR_LANGUAGES, type PaymentVerifier } from '../../web/src/node/jobs/engines.ts';
import { jobIdOf, newJobNonce, type JobId, type JobSpec } from '../../web/src/node/jobs/job.ts';
import type { ResultMail } from '../../web/src/node/jobs/mailer.ts';
import { JobsService } from '../../web/src/node/jobs/service.ts';
import { memoryJobStore } from '../../web/src/node/jobs/store.ts';
import type { Role } from '../../web/src/node/peers/roles.ts';
import { FakeChain, fakeOcr, fakeTranslator, imageStore } from '../support/job-fakes.ts';
import { simSigner, simVerify } from '../support/sim-signer.ts';
import { ServiceSim, type ServiceSimNode } from './service-sim.ts';

export interface PipelineOptions {
  brokers: number;
  transcribers: number;
  translators: number;
  clients: number;
  seed?: number;
  ocrMs?: number;
  translateMs?: number;
  /** Mean links per node in the initial random graph. */
  degree?: number;
  /** The brokers' payment checks (a fake chain by default). */
  payments?: PaymentVerifier;
}

export interface Pipeline {
  sim: ServiceSim;
  chain: FakeChain;
  images: ReturnType<typeof imageStore>;
  brokers: ServiceSimNode[];
  transcribers: ServiceSimNode[];
  translators: ServiceSimNode[];
  clients: ServiceSimNode[];
  relay: ServiceSimNode;
  /** What the relay mailed, in order. */
  mails: ResultMail[];
  jobs(node: ServiceSimNode): JobsService;
  /** Prepares, pays and submits a job whose "image" is `text`; resolves with its id once acknowledged. */
  submit(client: ServiceSimNode, text: string): Promise<JobId>;
  /** Lets adverts spread until every broker knows every worker. */
  settleAdverts(): Promise<void>;
}

export async function pipeline(options: PipelineOptions): Promise<Pipeline> {
  const sim = new ServiceSim({ seed: options.seed ?? 7, encode: true, timersPerTurn: 256 });
  const chain = new FakeChain();
  const images = imageStore();
  const mails: ResultMail[] = [];
  const mailed = new Set<JobId>();
  const services = new Map<PeerId, JobsService>();
  const relayIds: PeerId[] = [];

  const add = (roles: Role[], extra: { mailer?: boolean } = {}): Promise<ServiceSimNode> =>
    sim.add((id) => {
      const gossip = createGossip({ signer: simSigner(id), verify: simVerify });
      const jobs = new JobsService({
        roles: () => roles,
        gossip,
        images: { put: (bytes) => images.put(bytes), get: (key, bytes, signal) => images.get(key, bytes, signal) },
        signer: simSigner(id),
        verify: simVerify,
        ...(roles.includes('broker') && { payments: options.payments ?? chain, store: memoryJobStore() }),
        ocr: { engine: fakeOcr(sim.clock, options.ocrMs ?? 2_000), languages: OCR_LANGUAGES },
        translators: [fakeTranslator(sim.clock, options.translateMs ?? 200)],
        relays: () => relayIds,
        ...(extra.mailer && {
          mailer: {
            payments: chain,
            sendMail: async (mail: ResultMail) => {
              mails.push(mail);
              return 'ok' as const;
            },
            mailed: { has: async (id: JobId) => mailed.has(id), add: async (id: JobId) => void mailed.add(id) },
          },
        }),
      });
      services.set(id, jobs);
      return [gossip, jobs];
    });

  const relay = await add(['relay'], { mailer: true });
  relayIds.push(relay.id);
  const brokers = [];
  for (let i = 0; i < options.brokers; i++) brokers.push(await add(['broker']));
  const transcribers = [];
  for (let i = 0; i < options.transcribers; i++) transcribers.push(await add(['transcription']));
  const translators = [];
  for (let i = 0; i < options.translators; i++) translators.push(await add(['translation']));
  const clients = [];
  for (let i = 0; i < options.clients; i++) clients.push(await add(['interface']));
  sim.randomGraph(options.degree ?? 3);

  const jobs = (node: ServiceSimNode): JobsService => services.get(node.id) as JobsService;
  const workerCount = options.transcribers + options.translators;
  return {
    sim,
    chain,
    images,
    brokers,
    transcribers,
    translators,
    clients,
    relay,
    mails,
    jobs,
    async submit(client, text) {
      const bytes = new TextEncoder().encode(text);
      const spec: JobSpec = { imageKey: await images.put(bytes), imageBytes: bytes.length, email: `reader${client.index}@example.org`, from: 'eng', to: 'es', nonce: newJobNonce(sim.random) };
      const id = jobIdOf(spec);
      const service = jobs(client);
      service.client.draft(id, spec);
      // A payer per job: the per-payer queue bound is tested on its own.
      await sim.settle(service.client.submit(id, chain.pay(id, `0x${id.slice(0, 40)}`)));
      return id;
    },
    async settleAdverts() {
      const now = (): number => sim.clock.now();
      await sim.clock.runUntil(
        () => sim.live().every((n) => !n.services.length || jobs(n).adverts.live(now()).filter(([, a]) => a.ocr.length > 0 || Object.keys(a.pairs).length > 0).length >= workerCount),
        120_000,
        500,
      );
    },
  };
}
