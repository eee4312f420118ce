/**
 * Workers sign what they hand back: a broker takes a result only from the worker it assigned,
 * and anyone holding the record can check who produced its text and translation.
 */
import { canonicalPayload, defineSigningNamespace } from '../peers/identity.ts';
import type { JobId } from './job.ts';

export const JOB_RESULT_NAMESPACE = defineSigningNamespace('tabmesh/job-result/v1');

/** The signed bytes of a result: the job, the attempt, the stage it ends, and the text. */
export function resultPayload(id: JobId, attempt: number, stage: 'transcribed' | 'translated', text: string, engine = ''): Uint8Array {
  return canonicalPayload([id, attempt, stage, text, engine]);
}
