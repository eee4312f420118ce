/** A node's job results signed with its identity, and anyone's checked (the job-result namespace). */
import type { Identity } from '../peers/identity.ts';
import { identitySigner, identityVerifier, type PayloadSigner, type PayloadVerifier } from '../peers/signer.ts';
import { JOB_RESULT_NAMESPACE } from './signing.ts';

export function identityJobAuth(identity: Identity): { signer: PayloadSigner; verify: PayloadVerifier } {
  return { signer: identitySigner(identity, JOB_RESULT_NAMESPACE), verify: identityVerifier(JOB_RESULT_NAMESPACE) };
}
