/**
 * The Upload page: a photo of a sign in, its text and translation out (on the page and by mail),
 * paid for with the user's wallet. The form on top, this tab's jobs below, newest first; they
 * live in IndexedDB, so a result is still here after a reload.
 */
import { LitElement, css, html, nothing } from 'lit';
import type { TabmeshApi } from '../node/api.ts';
import type { JobId } from '../node/jobs/job.ts';
import { ApiSubscription } from './api-subscription.ts';
import './job-card.ts';
import { describeFailure, payAndSubmit } from './pay-and-submit.ts';
import { shared } from './styles.ts';
import './upload-form.ts';
import type { TmUploadForm } from './upload-form.ts';

export class TmUploadPage extends LitElement {
  static override properties = {
    api: { attribute: false },
    draftStatus: { state: true },
  };

  static override styles = [
    shared,
    css`
      .jobs {
        display: grid;
        gap: 0.75rem;
        margin-top: 1rem;
      }
      .error {
        color: var(--tm-bad, #c62828);
      }
    `,
  ];

  declare api: TabmeshApi | undefined;
  /** What paying a draft from the list is doing, per job. */
  declare draftStatus: Map<JobId, { text: string; failed: boolean }>;

  constructor() {
    super();
    this.api = undefined;
    this.draftStatus = new Map();
    new ApiSubscription(this, () => this.api);
  }

  override render() {
    const api = this.api;
    if (!api) return nothing;
    const jobs = api.jobs.list();
    return html`
      <section class="card">
        <h2>Translate a sign</h2>
        <p class="muted">
          The image is stored in the mesh; a broker tab queues the paid job, a transcription tab reads the sign (OCR), a translation tab translates it, and a relay mails you the result.
        </p>
        <tm-upload-form .api=${api}></tm-upload-form>
      </section>
      <section class="jobs" @job-pay=${this.#pay} @job-cancel=${this.#cancel}>
        ${jobs.length === 0 ? html`<p class="muted">No jobs from this tab yet.</p>` : nothing}
        ${jobs.map((job) => {
          // The client updates a job in place: a copy makes the card see the change.
          const status = this.draftStatus.get(job.id);
          return html`<div data-job=${job.id} data-stage=${job.stage}>
            <tm-job-card .job=${{ ...job }}></tm-job-card>
            ${status ? html`<div class=${status.failed ? 'error' : 'muted'}>${status.text}</div>` : nothing}
          </div>`;
        })}
      </section>
    `;
  }

  #say(id: JobId, text: string, failed = false): void {
    this.draftStatus = new Map(this.draftStatus).set(id, { text, failed });
  }

  async #pay(event: CustomEvent<JobId>): Promise<void> {
    const api = this.api;
    const wallet = this.renderRoot.querySelector<TmUploadForm>('tm-upload-form')?.selectedWallet();
    if (!api) return;
    if (!wallet) return this.#say(event.detail, 'Choose a wallet in the form above first.', true);
    try {
      await payAndSubmit(api, wallet, event.detail, (text) => this.#say(event.detail, text));
      this.draftStatus.delete(event.detail);
      this.requestUpdate();
    } catch (error) {
      this.#say(event.detail, describeFailure(error), true);
    }
  }

  #cancel(event: CustomEvent<JobId>): void {
    this.api?.jobs.cancel(event.detail);
  }
}

customElements.define('tm-upload-page', TmUploadPage);
