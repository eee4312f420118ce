/**
 * Proof of work in Node (the relay, tests): the core's mining loop in a worker_thread, spoken to
 * with the same protocol as the tabs' Web Worker (chain/mining-protocol.ts). This file is both
 * sides: imported, it exports MiningThread; loaded as the thread (marked by its workerData), it
 * serves the protocol. The thread is kept while it lives and unref'd while idle, so an idle miner
 * does not hold a process open.
 */
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { systemClock } from '../node/base/clock.ts';
import { MiningController, serveMining, type MiningJobRequest, type MiningOutcome, type MiningProgressMessage } from '../node/chain/mining-protocol.ts';

const THREAD_MARK = 'tabmeshMiningThread';

export type MiningProgress = Omit<MiningProgressMessage, 'type' | 'job'>;

export class MiningThread {
  readonly #listeners = new Set<(progress: MiningProgress) => void>();
  #worker: Worker | undefined;
  #controller: MiningController | undefined;

  get mining(): boolean {
    return this.#controller?.mining ?? false;
  }

  /** Mines `job` until a hash meets its target; a running job ends 'superseded' (a new tip). */
  async start(job: MiningJobRequest, signal?: AbortSignal): Promise<MiningOutcome> {
    const { worker, controller } = this.#connect();
    worker.ref();
    try {
      return await controller.start(job, signal);
    } finally {
      if (this.#worker === worker && !controller.mining) worker.unref();
    }
  }

  cancel(): void {
    this.#controller?.cancel();
  }

  onProgress(listener: (progress: MiningProgress) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /** Ends the thread; a running job fails with 'closed'. */
  async close(): Promise<void> {
    const worker = this.#worker;
    this.#drop('the mining thread was closed');
    // Held until it has exited: an unref'd thread being terminated would not keep the loop alive.
    worker?.ref();
    await worker?.terminate();
  }

  #connect(): { worker: Worker; controller: MiningController } {
    if (this.#worker && this.#controller) return { worker: this.#worker, controller: this.#controller };
    const worker = new Worker(new URL(import.meta.url), { workerData: { [THREAD_MARK]: true }, name: 'tabmesh-miner' });
    const controller = new MiningController((message) => worker.postMessage(message));
    controller.onProgress(({ type: _type, job: _job, ...progress }) => {
      for (const listener of this.#listeners) listener(progress);
    });
    worker.on('message', (data: unknown) => controller.receive(data));
    worker.on('error', (error) => this.#drop(`the mining thread failed: ${error.message}`, worker));
    worker.on('exit', (code) => this.#drop(`the mining thread exited with ${code}`, worker));
    this.#worker = worker;
    this.#controller = controller;
    return { worker, controller };
  }

  /** Forgets the thread (only `which`, when given: a late event from an old thread changes nothing). */
  #drop(message: string, which?: Worker): void {
    if (which !== undefined && which !== this.#worker) return;
    const controller = this.#controller;
    this.#worker = undefined;
    this.#controller = undefined;
    controller?.fail('closed', message);
  }
}

function serveThread(port: NonNullable<typeof parentPort>): void {
  const handle = serveMining((message) => port.postMessage(message), {
    clock: systemClock,
    schedule: () => new Promise((resolve) => setImmediate(resolve)),
  });
  port.on('message', handle);
}

if (!isMainThread && parentPort && (workerData as Record<string, unknown> | null)?.[THREAD_MARK] === true) serveThread(parentPort);
