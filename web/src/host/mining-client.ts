/**
 * Proof of work from a tab: a Web Worker (mining-worker.ts) started on first use and kept, spoken
 * to through chain/mining-protocol.ts. `start` again with the header on a new tip replaces the
 * running job in the same worker; `cancel` or the signal stops it; progress (hashes, rate, best
 * hash) arrives about every 50 ms. A worker that fails is dropped, and the next start makes a
 * new one.
 */
import { MiningController, type MiningJobRequest, type MiningOutcome, type MiningProgressMessage } from '../node/chain/mining-protocol.ts';

export type MiningProgress = Omit<MiningProgressMessage, 'type' | 'job'>;

export interface MiningClientOptions {
  /** Makes the worker (tests may pass their own); Vite bundles the default. */
  readonly createWorker?: () => Worker;
}

const defaultWorker = (): Worker => new Worker(new URL('./mining-worker.ts', import.meta.url), { type: 'module', name: 'tabmesh-miner' });

export class MiningClient {
  readonly #createWorker: () => Worker;
  readonly #listeners = new Set<(progress: MiningProgress) => void>();
  #worker: Worker | undefined;
  #controller: MiningController | undefined;

  constructor(options: MiningClientOptions = {}) {
    this.#createWorker = options.createWorker ?? defaultWorker;
  }

  get mining(): boolean {
    return this.#controller?.mining ?? false;
  }

  /** Mines `job` until a hash meets its target; a running job ends 'superseded'. */
  start(job: MiningJobRequest, signal?: AbortSignal): Promise<MiningOutcome> {
    return this.#connect().start(job, signal);
  }

  cancel(): void {
    this.#controller?.cancel();
  }

  onProgress(listener: (progress: MiningProgress) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /** Ends the worker; a running job fails with 'closed'. */
  close(): void {
    this.#drop('closed', 'the mining worker was closed');
  }

  #connect(): MiningController {
    if (this.#controller) return this.#controller;
    const worker = this.#createWorker();
    const controller = new MiningController((message) => worker.postMessage(message));
    controller.onProgress(({ type: _type, job: _job, ...progress }) => {
      for (const listener of this.#listeners) listener(progress);
    });
    worker.addEventListener('message', (event) => controller.receive(event.data));
    worker.addEventListener('messageerror', () => this.#drop('malformed', 'a mining report could not be read'));
    worker.addEventListener('error', (event) => {
      event.preventDefault();
      this.#drop('closed', `the mining worker failed: ${event.message}`);
    });
    this.#worker = worker;
    this.#controller = controller;
    return controller;
  }

  #drop(code: 'closed' | 'malformed', message: string): void {
    this.#worker?.terminate();
    this.#controller?.fail(code, message);
    this.#worker = undefined;
    this.#controller = undefined;
  }
}
