/**
 * The paid image-translation pipeline as a service: the broker, worker and requester roles of
 * seed 000 on one registry, acting on the roles the node holds as they change; adverts of what
 * each node can do and flow events of every queue change travel on gossip; images travel as
 * content in the DHT. A relay runs it with a mailer only.
 */
import { PeriodicTasks } from '../base/periodic.ts';
import type { PeerId } from '../base/peer-id.ts';
import type { GossipApi, Subscription } from '../gossip/api.ts';
import type { Role } from '../peers/roles.ts';
import type { PayloadSigner, PayloadVerifier } from '../peers/signer.ts';
import { Lifecycle, requirePort, type Service, type ServiceChannel, type ServicePort, type ServiceState } from '../service.ts';
import { AdvertBook, decodeAdvert, encodeAdvert } from './adverts.ts';
import { Broker, type BrokerMessage } from './broker.ts';
import { JobClient, type ClientJob } from './client.ts';
import { ADVERT_DATA_TYPE, ADVERT_INTERVAL_MS, DISPATCH_INTERVAL_MS, FLOW_DATA_TYPE, FOLLOW_INTERVAL_MS, WORKER_HEARTBEAT_MS } from './constants.ts';
import type { OcrEngine, OcrLanguage, PaymentTerms, PaymentVerifier, TranslationEngine } from './engines.ts';
import type { JobDraft, JobPayment, JobsApi, JobsPresence, PrepareRequest } from './api.ts';
import { ImageUploads } from './image-uploads.ts';
import { prepareJob } from './prepare.ts';
import type { JobId } from './job.ts';
import type { JobRecord, JobStatusView } from './records.ts';
import { decodeFlow, encodeFlow, type FlowEvent } from './flow.ts';
import { JobMailer, type MailerDeps } from './mailer.ts';
import { JOB_MESSAGES, type JobMessage } from './messages.ts';
import type { RegistryHandlers } from '../wire/registry.ts';
import { memoryJobStore, type JobStore } from './store.ts';
import { Worker, type WorkerCounters } from './worker.ts';
import type { BrokerCounters } from './broker-context.ts';

export interface JobImages {
  /** Stores an image as content; resolves with its key (SHA-256). */
  put(bytes: Uint8Array): Promise<string>;
  /** The image under `key`, `bytes` long, verified against its key. */
  get(key: string, bytes: number, signal: AbortSignal): Promise<Uint8Array>;
}

export interface JobsServiceOptions {
  /** The node's roles now; the service acts as broker, transcription and translation worker accordingly. */
  roles(): readonly Role[];
  gossip: Pick<GossipApi, 'subscribe' | 'announce' | 'validate'>;
  images: JobImages;
  /** Signs this node's results, and checks workers' (the job-result namespace). */
  signer: PayloadSigner;
  verify: PayloadVerifier;
  /** The chain, for brokers: a node without it never advertises as broker. */
  payments?: PaymentVerifier;
  store?: JobStore;
  ocr?: { engine: OcrEngine; languages: readonly OcrLanguage[] };
  translators?: readonly TranslationEngine[];
  /** Assignments a worker takes at once. */
  capacity?: number;
  /** The requester's own jobs across reloads. */
  jobs?: { load(): Promise<ClientJob[]>; save(job: ClientJob): void; remove(id: JobId): void };
  /** Relays only: mail finished jobs' results. */
  mailer?: Omit<MailerDeps, 'send'>;
  /** Relays this node knows (brokers ask them to mail). */
  relays?: () => PeerId[];
  /** What a job costs here (every requester needs it to pay; brokers check against their verifier's). */
  terms?: PaymentTerms;
}

interface Running {
  tasks: PeriodicTasks;
  subscriptions: Subscription[];
  unlink: () => void;
}

export class JobsService implements Service, JobsApi {
  readonly name = 'jobs';
  readonly #o: JobsServiceOptions;
  readonly #uploads: ImageUploads;
  readonly #life = new Lifecycle<Running>();
  readonly adverts = new AdvertBook();
  readonly #flowListeners = new Set<(event: FlowEvent) => void>();
  #port: ServicePort | undefined;
  #channel: ServiceChannel<JobMessage> | undefined;
  #broker: Broker | undefined;
  #worker: Worker | undefined;
  #client: JobClient | undefined;
  #mailer: JobMailer | undefined;

  constructor(options: JobsServiceOptions) {
    this.#o = options;
    this.#uploads = new ImageUploads(options.images);
  }

  get state(): ServiceState {
    return this.#life.state;
  }

  get broker(): Broker | undefined {
    return this.#broker;
  }

  get worker(): Worker | undefined {
    return this.#worker;
  }

  get client(): JobClient {
    return this.#client as JobClient;
  }

  attach(port: ServicePort): void {
    this.#port = port;
    const o = this.#o;
    // A node may be its own broker (a lone Node peer serving its own submissions): to itself,
    // messages are handed over in a later task, as a link would.
    const self = { remoteId: port.id, reportMalformed: () => undefined };
    const send = (to: PeerId, msg: JobMessage): boolean => {
      if (to === port.id) {
        port.clock.setTimeout(() => JOB_MESSAGES.dispatch(handlers, msg, self), 0);
        return true;
      }
      try {
        this.#channel?.send(to, msg);
        return true;
      } catch {
        return false;
      }
    };
    const connect = async (to: PeerId): Promise<void> => {
      if (to !== port.id) await port.connect(to);
    };
    this.#broker = new Broker({
      selfId: port.id,
      clock: port.clock,
      random: port.random,
      send,
      connect,
      payments: o.payments,
      store: o.store ?? memoryJobStore(),
      adverts: this.adverts,
      verifyResult: o.verify,
      relays: () => o.relays?.() ?? port.peers().filter((p) => p.roles.includes('relay')).map((p) => p.id),
      flow: (event) => this.#publishFlow(event),
      changed: () => port.changed(),
    });
    this.#worker = new Worker({
      clock: port.clock,
      send,
      connect,
      signer: o.signer,
      ...(o.ocr && { ocr: o.ocr }),
      translators: o.translators ?? [],
      image: (key, bytes, signal) => o.images.get(key, bytes, signal),
      capacity: o.capacity ?? 2,
    });
    this.#client = new JobClient({
      selfId: port.id,
      clock: port.clock,
      random: port.random,
      send,
      connect,
      brokers: () => this.#brokersToTry(),
      // Not to be dialed again before it advertises anew (a broker whose tab closed).
      unreachable: (broker) => this.adverts.forget(broker),
      save: (job) => o.jobs?.save(job),
      remove: (id) => o.jobs?.remove(id),
      changed: () => port.changed(),
    });
    if (o.mailer) this.#mailer = new JobMailer({ ...o.mailer, send });
    const toBroker = (msg: BrokerMessage, link: { remoteId: PeerId }): void => {
      if (this.#isBroker()) this.#broker?.handle(msg, link.remoteId);
    };
    const handlers: RegistryHandlers<typeof JOB_MESSAGES, { remoteId: PeerId }> = {
      jobSubmit: toBroker,
      jobProgress: toBroker,
      jobBtcr: toBroker,
      jobTrdn: toBroker,
      jobRefuse: toBroker,
      jobReplicate: toBroker,
      jobReplicated: toBroker,
      jobLease: toBroker,
      jobMailed: toBroker,
      jobQuery: toBroker,
      jobAck: (msg) => this.#client?.onAck(msg),
      jobStatus: (msg) => this.#client?.onStatus(msg),
      jobTrsc: (msg, link) => this.#has('transcription') && this.#worker?.onTranscribe(msg, link.remoteId),
      jobTran: (msg, link) => this.#has('translation') && this.#worker?.onTranslate(msg, link.remoteId),
      jobMail: (msg, link) => this.#mailer?.onJobMail(msg, link.remoteId),
    };
    this.#channel = port.register(JOB_MESSAGES, handlers);
  }

  async start(): Promise<void> {
    const port = requirePort(this.#port, this.name);
    if (this.#life.state === 'created') {
      await this.#broker?.load();
      this.#client?.restore(await this.#o.jobs?.load().catch(() => []) ?? []);
    }
    this.#life.start(() => {
      const tasks = new PeriodicTasks(port.clock, port.random);
      tasks.add('dispatch', DISPATCH_INTERVAL_MS, () => {
        if (this.#isBroker()) this.#broker?.tick();
      });
      tasks.add('heartbeat', WORKER_HEARTBEAT_MS, () => this.#worker?.heartbeat());
      tasks.add('follow', FOLLOW_INTERVAL_MS, () => void this.#client?.follow());
      tasks.add('advert', ADVERT_INTERVAL_MS, () => this.#advertise(), port.random() * 1000);
      const subscriptions = [
        this.#o.gossip.subscribe(ADVERT_DATA_TYPE, (n) => {
          const advert = decodeAdvert(n.data);
          this.#o.gossip.validate(n.id, advert !== undefined);
          if (advert) this.adverts.heard(n.origin, advert, port.clock.now());
        }),
        this.#o.gossip.subscribe(FLOW_DATA_TYPE, (n) => {
          const event = decodeFlow(n.data);
          this.#o.gossip.validate(n.id, event !== undefined && event.broker === n.origin);
          if (event && event.broker === n.origin) this.#heardFlow(event);
        }),
      ];
      const unlink = port.onLinkChange((id, open) => {
        if (open) return;
        this.#client?.onLinkLost(id);
        if (this.#isBroker()) this.#broker?.onLinkLost(id);
      });
      return { tasks, subscriptions, unlink };
    });
  }

  /** A leaving broker hands its jobs over; workers drop theirs (brokers re-dispatch them). */
  stop(): void {
    const running = this.#life.stop();
    if (!running) return;
    if (this.#isBroker()) this.#broker?.handOff();
    this.#worker?.stopAll();
    void this.#o.ocr?.engine.close().catch(() => undefined);
    running.tasks.stop();
    for (const s of running.subscriptions) s.unsubscribe();
    running.unlink();
  }

  // ---- JobsApi ----

  terms(): JobPayment | undefined {
    const terms = this.#o.terms ?? this.#o.payments?.terms;
    if (!terms) return undefined;
    return { chainId: terms.chainId.toString(), to: terms.serviceAddress, valueWei: terms.priceWei.toString(), data: '0x', confirmations: terms.confirmations };
  }

  async prepare(request: PrepareRequest, options: { onProgress?: (done: number, total: number) => void } = {}): Promise<JobDraft> {
    const port = requirePort(this.#port, this.name);
    const terms = this.terms();
    const draft = await prepareJob(request, { random: port.random });
    this.#uploads.start(draft.id, request.image, draft.spec.imageKey, options.onProgress);
    this.client.draft(draft.id, draft.spec);
    return { ...draft, payment: { ...(terms ?? { chainId: '0', to: '0x', valueWei: '0', confirmations: 0 }), data: `0x${draft.id}` } };
  }

  /** Resolves once the job's image is in the mesh; submit waits for it too. */
  imageStored(id: JobId): Promise<void> {
    return this.#uploads.ready(id);
  }

  async submit(id: JobId, txHash: string): Promise<ClientJob> {
    await this.#uploads.ready(id);
    const job = await this.client.submit(id, txHash);
    this.#uploads.forget(id);
    return job;
  }

  cancel(id: JobId): boolean {
    const cancelled = this.client.cancel(id);
    if (cancelled) this.#uploads.forget(id);
    return cancelled;
  }

  status(id: JobId): Promise<JobStatusView | undefined> {
    return this.client.query(id);
  }

  get(id: JobId): ClientJob | undefined {
    return this.client.get(id);
  }

  list(): ClientJob[] {
    return this.client.list();
  }

  presence(): JobsPresence {
    return this.adverts.summary(requirePort(this.#port, this.name).clock.now());
  }

  brokerJobs(): JobRecord[] {
    return this.#broker?.records() ?? [];
  }

  /** What this node did as a broker and as a worker, for its host's metrics. */
  counters(): { broker: BrokerCounters | undefined; worker: WorkerCounters; workerLoad: number } {
    const worker = this.#worker as Worker;
    return { broker: this.#broker?.counters(), worker: { ...worker.counters }, workerLoad: worker.load };
  }

  /** Flow events from every broker (the Flow page), this node's own included. */
  onFlow(listener: (event: FlowEvent) => void): () => void {
    this.#flowListeners.add(listener);
    return () => this.#flowListeners.delete(listener);
  }

  #has(role: Role): boolean {
    return this.#o.roles().includes(role);
  }

  #isBroker(): boolean {
    return this.#has('broker') && this.#o.payments !== undefined;
  }

  #advertise(): void {
    const worker = this.#worker as Worker;
    const ocr = this.#has('transcription') ? worker.ocrLanguages() : [];
    const pairs = this.#has('translation') ? worker.pairs() : {};
    if (!this.#isBroker() && ocr.length === 0 && Object.keys(pairs).length === 0) return;
    const port = this.#port as ServicePort;
    const advert = { broker: this.#isBroker(), ocr, pairs, load: worker.load, capacity: this.#o.capacity ?? 2, sentAt: port.clock.now() };
    this.adverts.heard(port.id, advert, port.clock.now());
    try {
      this.#o.gossip.announce(0, ADVERT_DATA_TYPE, encodeAdvert(advert));
    } catch {
      // rate-limited: the next round announces again
    }
  }

  #publishFlow(event: FlowEvent): void {
    this.#heardFlow(event);
    try {
      this.#o.gossip.announce(0, FLOW_DATA_TYPE, encodeFlow(event));
    } catch {
      // a flood of progress events is rate-limited: the Flow page skips a beat, nothing else depends on it
    }
  }

  #heardFlow(event: FlowEvent): void {
    // A broker that leaves is no backup any more: its primaries pick another at their next tick.
    if (event.change === 'leaving' && event.broker !== this.#port?.id) this.adverts.forget(event.broker);
    this.#client?.onFlow(event);
    for (const listener of this.#flowListeners) {
      try {
        listener(event);
      } catch {
        // a page's bug must not stop the pipeline
      }
    }
  }

  /** Brokers for a submission: this node, then linked ones that advertised lately, then other recent ones, then any advertised. */
  #brokersToTry(): PeerId[] {
    const port = this.#port as ServicePort;
    const now = port.clock.now();
    const brokers = this.adverts.brokers(now).filter((id) => id !== port.id);
    const fresh = new Set(this.adverts.freshBrokers(now));
    const linked = new Set(port.links());
    const rank = (id: PeerId): number => (fresh.has(id) ? 0 : 2) + (linked.has(id) ? 0 : 1);
    const own = this.#isBroker() ? [port.id] : [];
    return [...own, ...brokers.sort((a, b) => rank(a) - rank(b))];
  }
}
