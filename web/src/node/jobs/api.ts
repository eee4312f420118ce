/**
 * The job pipeline's public API: `window.tabmesh.jobs`, and what the Upload and Flow pages use.
 * A job is prepared (image into the DHT, id computed, payment terms returned), paid by the user's
 * wallet, then submitted; the tab follows it to its result.
 */
import type { ClientJob } from './client.ts';
import type { OcrLanguage, TextLanguage } from './engines.ts';
import type { FlowEvent } from './flow.ts';
import type { JobId, JobSpec } from './job.ts';
import type { JobRecord, JobStatusView } from './records.ts';

/** What a payment for a job must be: a transfer of `valueWei` to `to` with `data`, on `chainId`. */
export interface JobPayment {
  chainId: string;
  to: string;
  valueWei: string;
  data: string;
  confirmations: number;
}

export interface JobDraft {
  id: JobId;
  spec: JobSpec;
  payment: JobPayment;
}

export interface PrepareRequest {
  /** png, jpeg or webp bytes. */
  image: Uint8Array;
  email: string;
  /** The sign's language (English by default). */
  from?: OcrLanguage;
  to: TextLanguage;
}

export interface JobsPresence {
  brokers: number;
  transcribers: number;
  translators: number;
  /** `${from}-${to}` → the best quality present. */
  pairs: Record<string, 'word' | 'sentence'>;
}

export interface JobsApi {
  /** The payment terms this network takes; undefined when no chain is configured. */
  terms(): JobPayment | undefined;
  /**
   * Checks the image and computes the job id and payment; the image goes into the DHT in the
   * background meanwhile (onProgress as it does), so the user can pay at once.
   */
  prepare(request: PrepareRequest, options?: { onProgress?: (done: number, total: number) => void }): Promise<JobDraft>;
  /** Resolves once the job's image is stored in the mesh (submit waits for it as well). */
  imageStored(id: JobId): Promise<void>;
  /** Submits a paid job once its image is stored; throws TabmeshError with the broker's refusal code. */
  submit(id: JobId, txHash: string): Promise<ClientJob>;
  /** Drops a job not yet paid; false for anything else. */
  cancel(id: JobId): boolean;
  /** Asks the job's brokers for its state now. */
  status(id: JobId): Promise<JobStatusView | undefined>;
  get(id: JobId): ClientJob | undefined;
  /** This tab's jobs, newest first. */
  list(): ClientJob[];
  /** Which pipeline roles the mesh has now. */
  presence(): JobsPresence;
  /** Every broker's queue changes (the Flow page). */
  onFlow(listener: (event: FlowEvent) => void): () => void;
  /** Jobs this node holds as a broker (primary or backup). */
  brokerJobs(): JobRecord[];
}

/** Where a payment is: the wallet asked for an account, switched chain, awaits the user, sent, confirming. */
export type PaymentStage = 'connecting' | 'switching-chain' | 'approving' | 'sent' | 'confirming' | 'confirmed';

export interface WalletOption {
  id: string;
  name: string;
  /** A data: URI from the wallet's EIP-6963 announcement. */
  icon?: string;
  /** A dev-chain account offered by `npm start`: never real money. */
  dev: boolean;
}

/** The tab's wallets: EIP-6963 announcements, `window.ethereum`, and on the dev chain its accounts. */
export interface WalletApi {
  wallets(): Promise<WalletOption[]>;
  /**
   * Pays for a job from wallet `walletId` (switching or adding the chain first) and resolves with
   * the transaction hash once it has the confirmations the terms ask. Throws TabmeshError:
   * 'no-wallet', 'wallet-rejected' (the user said no), 'tx-failed', 'wrong-chain', 'timeout'.
   */
  pay(walletId: string, payment: JobPayment, options?: { onStage?: (stage: PaymentStage, detail?: string) => void; signal?: AbortSignal }): Promise<string>;
}
