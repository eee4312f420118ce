/**
 * The block this tab is mining, owned outside the Mine page so that its progress is still there
 * when the user comes back from another page: one run per chain at a time (`chain.mine` aborts
 * the previous), its latest MiningStatus, and how it ended.
 */
import type { ChainApi } from '../node/chain/app.ts';
import type { MiningStatus } from '../node/chain/mining-session.ts';
import { refusalOf, type Refusal } from './chain-refusal.ts';

export interface MiningRequest {
  image: Uint8Array;
  label: string;
  prevLabel: string;
}

export interface MiningView {
  running: boolean;
  /** The label mined for, to mark it among the predictions. */
  label: string;
  /** Hashes a block takes on average at the current target, when known. */
  expected: number | undefined;
  status: MiningStatus | undefined;
  mined: { hash: string; height: number } | undefined;
  refusal: Refusal | undefined;
}

const IDLE: MiningView = Object.freeze({ running: false, label: '', expected: undefined, status: undefined, mined: undefined, refusal: undefined });

export class MiningRun {
  readonly #chain: ChainApi;
  readonly #listeners = new Set<() => void>();
  #view: MiningView = IDLE;
  #generation = 0;

  constructor(chain: ChainApi) {
    this.#chain = chain;
  }

  get view(): MiningView {
    return this.#view;
  }

  /** Starts mining (superseding a run in progress); resolves when it ends. */
  async start(request: MiningRequest, expected: number | undefined): Promise<void> {
    const generation = ++this.#generation;
    const mine = (patch: Partial<MiningView>): void => {
      if (generation !== this.#generation) return;
      this.#view = { ...this.#view, ...patch };
      this.#listeners.forEach((l) => l());
    };
    mine({ running: true, label: request.label, expected, status: undefined, mined: undefined, refusal: undefined });
    try {
      // The session mutates one status object: a copy per report lets Lit see the change.
      const r = await this.#chain.mine(request, (status) => mine({ status: { ...status } }));
      mine(r.ok ? { running: false, mined: r.value } : { running: false, refusal: refusalOf(r.error) });
    } catch (error) {
      mine({ running: false, refusal: refusalOf(error) });
    }
  }

  cancel(): void {
    this.#chain.cancelMining();
  }

  subscribe(listener: () => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }
}

const runs = new WeakMap<ChainApi, MiningRun>();

export function miningRunFor(chain: ChainApi): MiningRun {
  let run = runs.get(chain);
  if (!run) runs.set(chain, (run = new MiningRun(chain)));
  return run;
}
