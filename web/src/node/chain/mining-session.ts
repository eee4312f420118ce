/**
 * Mining one block, as seed 001's Mine form does it: the candidate image is classified here first,
 * and proof of work starts only when the miner's label passes the gate (recognition.ts's stricter
 * miner rule); the label the miner gives for the last block's image must be among what that image
 * shows. Work runs in a PoW engine (a Web Worker in tabs, a worker thread in Node); when another
 * block arrives first, the work restarts on the new tip only if the miner's label for the last
 * image still holds for it, and otherwise ends 'stale' so the miner can look at the new image.
 */
import { err, ok, type ErrorCode, type Result } from '../base/errors.ts';
import { encodeHeader, type BlockHeader } from './header.ts';
import { makeBlock } from './block.ts';
import type { MiningJobRequest, MiningOutcome } from './mining-protocol.ts';
import { targetOf } from './pow.ts';
import { gateLabel, normaliseLabel, type ImageClassifier, type Prediction } from './recognition.ts';
import type { ChainService } from './service.ts';

export interface PowEngine {
  /** Mines until a hash meets the target; a second start supersedes the first. */
  start(job: MiningJobRequest, signal?: AbortSignal): Promise<MiningOutcome>;
  cancel(): void;
  /** Hashes of the running job so far and the rate over the last seconds, a few times a second. */
  onProgress?(listener: (progress: { hashes: number; hashRate: number }) => void): () => void;
}

export type MiningPhase = 'classifying' | 'mining' | 'publishing' | 'done' | 'failed';

export interface MiningStatus {
  phase: MiningPhase;
  /** What the model saw in the candidate image. */
  predictions?: Prediction[];
  height?: number;
  /** Hashes tried for this block so far, over every restart. */
  hashes: number;
  /** Hashes per second, while mining. */
  hashRate: number;
  restarts: number;
  message?: string;
}

export interface MineRequest {
  image: Uint8Array;
  label: string;
  /** The miner's label for the image on the last block (block 1: "The Void"). */
  prevLabel: string;
  /** The reward's address. */
  miner: string;
}

export class MiningSession {
  readonly #service: ChainService;
  readonly #engine: PowEngine;
  readonly #classifier: ImageClassifier;

  constructor(service: ChainService, engine: PowEngine, classifier: ImageClassifier) {
    this.#service = service;
    this.#engine = engine;
    this.#classifier = classifier;
  }

  /** Classifies, mines and publishes; resolves with the new block's hash and height. */
  async mine(request: MineRequest, onStatus: (status: MiningStatus) => void = () => undefined, signal?: AbortSignal): Promise<Result<{ hash: string; height: number }>> {
    const status: MiningStatus = { phase: 'classifying', hashes: 0, hashRate: 0, restarts: 0 };
    const report = (patch: Partial<MiningStatus>): void => onStatus(Object.assign(status, patch));
    const fail = (code: ErrorCode, message: string): Result<never> => {
      report({ phase: 'failed', message });
      return err(code, message);
    };
    report({});
    let predictions: Prediction[];
    try {
      predictions = await this.#classifier.classify(request.image);
    } catch (error) {
      return fail('bad-image', error instanceof Error ? error.message : String(error));
    }
    report({ predictions });
    const gate = gateLabel(predictions, request.label);
    if (!gate.ok) return fail(gate.error.code, gate.error.message);
    const chain = this.#service.chain;
    for (;;) {
      if (signal?.aborted) return fail('aborted', 'mining cancelled');
      const tip = chain.tip();
      if (!tip.accepted.has(normaliseLabel(request.prevLabel))) {
        const code = status.restarts > 0 ? 'stale' : 'label-not-recognised';
        return fail(code, `the last block's image (block ${tip.height}) is not recognised as "${request.prevLabel}"`);
      }
      const { header, transfers } = chain.template({ miner: request.miner, label: request.label, prevLabel: request.prevLabel, image: request.image });
      report({ phase: 'mining', height: header.height });
      const before = status.hashes;
      const unprogress = this.#engine.onProgress?.((p) => report({ hashes: before + p.hashes, hashRate: p.hashRate }));
      const outcome = await this.#work(header, tip.hash, signal).finally(() => unprogress?.());
      status.hashes = before + outcome.hashes;
      if (outcome.status !== 'found') {
        if (signal?.aborted) return fail('aborted', 'mining cancelled');
        status.restarts++;
        continue;
      }
      report({ phase: 'publishing' });
      const block = makeBlock({ ...header, nonce: outcome.nonce }, transfers);
      const published = await this.#service.publishBlock(block, request.image);
      if (!published.ok) {
        // Another block took the tip while this one was found: mine again on the new one.
        if (published.error.code === 'duplicate' || chain.tip().hash !== tip.hash) {
          status.restarts++;
          continue;
        }
        return fail(published.error.code, published.error.message);
      }
      if (published.value !== 'tip') {
        status.restarts++;
        continue;
      }
      report({ phase: 'done' });
      return ok({ hash: block.hash, height: header.height });
    }
  }

  /** Runs the engine until it finds a nonce, the signal aborts, or the tip moves. */
  async #work(header: BlockHeader, tipHash: string, signal?: AbortSignal): Promise<MiningOutcome> {
    const target = targetOf(header.bits);
    if (!target.ok) throw new RangeError('a template with an invalid target');
    const stop = this.#service.chain.onMove(() => {
      if (this.#service.chain.tip().hash !== tipHash) this.#engine.cancel();
    });
    try {
      return await this.#engine.start({ header: encodeHeader(header), target: target.value }, signal);
    } finally {
      stop();
    }
  }
}
