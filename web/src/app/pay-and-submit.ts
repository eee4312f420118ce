/**
 * Paying for a prepared job and handing it to a broker: the same steps for a new upload and for
 * a draft paid later. Each step is said in words; a refusal throws with its code.
 */
import type { TabmeshApi } from '../node/api.ts';
import type { JobId } from '../node/jobs/job.ts';
import { errorMessage } from './errors.ts';
import { describeJobError, describePaymentStage } from './job-text.ts';

export async function payAndSubmit(api: TabmeshApi, walletId: string, id: JobId, say: (text: string) => void): Promise<void> {
  const terms = api.jobs.terms();
  if (!terms) throw new Error('This network names no chain, so jobs cannot be paid for.');
  const tx = await api.wallet.pay(walletId, { ...terms, data: `0x${id}` }, { onStage: (stage, detail) => say(describePaymentStage(stage, detail)) });
  say('Storing the image in the mesh…');
  await api.jobs.imageStored(id);
  say('Handing the job to a broker…');
  await api.jobs.submit(id, tx);
}

/** A refusal's meaning, then the detail the broker or wallet gave. */
export function describeFailure(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code !== 'string') return errorMessage(error);
  const detail = errorMessage(error);
  const meaning = describeJobError(code);
  return detail && detail !== code && detail !== meaning ? `${meaning} (${detail})` : meaning;
}
