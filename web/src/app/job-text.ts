/**
 * Words for the job pages: languages (with the seed's regions ES IT FR GR), stages, what each
 * refusal means to the person who paid, and prices in ether.
 */
import type { PaymentStage } from '../node/jobs/api.ts';
import type { ClientJob } from '../node/jobs/client.ts';
import { REGION_LANGUAGE, type OcrLanguage, type TextLanguage } from '../node/jobs/engines.ts';

export const OCR_LANGUAGE_NAMES: Readonly<Record<OcrLanguage, string>> = { eng: 'English', spa: 'Spanish', fra: 'French', ita: 'Italian', deu: 'German' };
const TEXT_LANGUAGE_NAMES: Readonly<Record<TextLanguage, string>> = { en: 'English', es: 'Spanish', fr: 'French', it: 'Italian', de: 'German' };

/** Target languages as the seed's regions offered them. */
export const TARGETS: readonly { language: TextLanguage; label: string }[] = Object.entries(REGION_LANGUAGE).map(([region, language]) => ({
  language,
  label: `${TEXT_LANGUAGE_NAMES[language]} (${region})`,
}));

export function languageName(language: TextLanguage): string {
  return TEXT_LANGUAGE_NAMES[language];
}

/** The stages a paid job goes through, in order, as the stepper shows them. */
export const STEPS = ['paid', 'queued', 'transcribing', 'translating', 'done'] as const;
export type Step = (typeof STEPS)[number];

/** Where a job is on the stepper; 'transcribed' waits for a translator, so it sits on translating. */
export function stepOf(job: Pick<ClientJob, 'stage'>): Step | undefined {
  switch (job.stage) {
    case 'draft':
    case 'refused':
    case 'failed':
      return undefined;
    case 'transcribed':
      return 'translating';
    default:
      return job.stage;
  }
}

const REFUSALS: Readonly<Record<string, string>> = {
  'unknown-tx': 'The broker found no such payment on the chain.',
  'tx-failed': 'The payment failed on the chain.',
  'wrong-chain': 'The payment was made on another chain.',
  'wrong-recipient': 'The payment went to another address than the service.',
  underpaid: 'The payment was less than the price.',
  'wrong-job': 'The payment was made for another job.',
  'tx-reused': 'That payment has already been used.',
  unconfirmed: 'The payment did not get its confirmations in time; submit again once it has.',
  'no-route': 'No broker is in the mesh; open a tab with the broker role.',
  'no-worker': 'No worker can do this job now.',
  'unknown-pair': 'Nobody in the mesh translates this language pair.',
  'job-failed': 'The job failed.',
  'wallet-rejected': 'The payment was rejected in the wallet.',
  'no-wallet': 'No wallet to pay with.',
  timeout: 'No answer in time.',
  'bad-image': 'The image could not be read.',
};

/** A sentence for a refusal or failure code; unknown codes are shown as they are. */
export function describeJobError(code: string | undefined): string {
  if (code === undefined) return 'Something went wrong.';
  return REFUSALS[code] ?? code;
}

const PAYMENT_STAGES: Readonly<Record<PaymentStage, string>> = {
  connecting: 'Asking the wallet for an account…',
  'switching-chain': 'Switching the wallet to the service chain…',
  approving: 'Waiting for you to approve the payment in the wallet…',
  sent: 'Payment sent; waiting for it to be mined…',
  confirming: 'Waiting for confirmations…',
  confirmed: 'Payment confirmed.',
};

export function describePaymentStage(stage: PaymentStage, detail?: string): string {
  const text = PAYMENT_STAGES[stage];
  return stage === 'confirming' && detail ? `${text} (${detail})` : text;
}

/** Wei as ether, exactly, with at most 6 decimals shown (rounded up so nobody is surprised). */
export function formatEther(wei: string | bigint): string {
  const value = BigInt(wei);
  const unit = 10n ** 18n;
  const micro = (value * 1_000_000n + unit - 1n) / unit;
  const whole = micro / 1_000_000n;
  const fraction = (micro % 1_000_000n).toString().padStart(6, '0').replace(/0+$/, '');
  return `${whole}${fraction ? `.${fraction}` : ''} ETH`;
}

/** A job's progress in percent: the broker reports 0..1000 per stage. */
export function progressPercent(job: Pick<ClientJob, 'progress'>): number {
  return Math.max(0, Math.min(100, Math.round(job.progress / 10)));
}
