/**
 * A refusal as the pages show it: the stable TabmeshError code first (what a script or a peer
 * would see), then the human reason. `data-code` carries the code for tests.
 */
import { html, nothing } from 'lit';
import type { ErrorCode } from '../node/base/errors.ts';
import { errorCodeOf } from './dht-format.ts';
import { errorMessage } from './errors.ts';

export interface Refusal {
  code: ErrorCode | undefined;
  message: string;
}

/** A Result's error, a thrown TabmeshError or anything else, as a Refusal. */
export function refusalOf(error: unknown): Refusal {
  const code = errorCodeOf(error);
  const message = errorMessage(error);
  return { code, message: message === code ? '' : message };
}

export function refusalView(refusal: Refusal | undefined, field = 'refusal') {
  if (refusal === undefined) return nothing;
  return html`<div class="error" role="alert" data-field=${field} data-code=${refusal.code ?? ''}>
    ${refusal.code ? html`<code class="mono"><strong>${refusal.code}</strong></code>${refusal.message ? ': ' : nothing}` : nothing}${refusal.message}
  </div>`;
}
