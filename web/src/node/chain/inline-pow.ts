/**
 * Proof of work on the caller's own thread, in batches that yield to the event loop between
 * them: for the simulator, unit tests and hosts without workers. Tabs and the relay use a Web
 * Worker or a worker thread instead (same PowEngine shape), so mining never blocks them.
 */
import type { Clock } from '../base/clock.ts';
import type { MiningJobRequest, MiningOutcome } from './mining-protocol.ts';
import { searchNonces } from './miner.ts';
import type { PowEngine } from './mining-session.ts';

const BATCH = 2048;

export function inlinePowEngine(clock: Clock): PowEngine {
  let current = 0;
  return {
    start(job: MiningJobRequest, signal?: AbortSignal): Promise<MiningOutcome> {
      const id = ++current;
      let hashes = 0;
      let nonce = job.startNonce ?? 0n;
      return new Promise((resolve, reject) => {
        const step = (): void => {
          if (id !== current) return resolve({ status: 'superseded', hashes });
          if (signal?.aborted) return resolve({ status: 'cancelled', hashes });
          const r = searchNonces({ header: job.header, target: job.target, startNonce: nonce, count: BATCH });
          if (!r.ok) return reject(new Error(r.error.message));
          hashes += r.value.hashes;
          if (r.value.found) return resolve({ status: 'found', nonce: r.value.found.nonce, hash: r.value.found.hash, hashes });
          nonce += BigInt(BATCH);
          clock.setTimeout(step, 0);
        };
        step();
      });
    },
    cancel() {
      current++;
    },
  };
}
