/**
 * One of this tab's jobs: languages, a stepper through the stages with the OCR or translation
 * progress, the brokers and attempts, then the recognised text and its translation — or what
 * refused or failed it, in words. A draft (stored, not paid) can be paid or dropped.
 */
import { LitElement, css, html, nothing } from 'lit';
import type { ClientJob } from '../node/jobs/client.ts';
import { OCR_LANGUAGE_NAMES, STEPS, TARGETS, describeJobError, progressPercent, stepOf } from './job-text.ts';
import { shortId } from './format.ts';
import { shared } from './styles.ts';

const STEP_LABELS: Readonly<Record<(typeof STEPS)[number], string>> = {
  paid: 'Paid',
  queued: 'Queued',
  transcribing: 'Reading',
  translating: 'Translating',
  done: 'Done',
};

export class TmJobCard extends LitElement {
  static override properties = {
    job: { attribute: false },
  };

  static override styles = [
    shared,
    css`
      :host {
        display: block;
        border: 1px solid var(--tm-border);
        border-radius: var(--tm-radius);
        padding: 0.75rem;
      }
      header {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5rem 1rem;
        align-items: baseline;
      }
      ol {
        display: flex;
        gap: 0.25rem;
        list-style: none;
        padding: 0;
        margin: 0.6rem 0;
      }
      li {
        flex: 1;
        text-align: center;
        font-size: 0.8rem;
        padding: 0.2rem;
        border-bottom: 3px solid var(--tm-border);
        color: var(--tm-muted);
      }
      li.past {
        border-color: var(--tm-ok, #2e7d32);
        color: inherit;
      }
      li.current {
        border-color: var(--tm-accent, #1565c0);
        color: inherit;
        font-weight: 600;
      }
      progress {
        width: 100%;
      }
      .text {
        white-space: pre-wrap;
        font-family: var(--tm-mono);
        font-size: 0.9rem;
        margin: 0.2rem 0 0.6rem;
      }
      .error {
        color: var(--tm-bad, #c62828);
      }
      .actions {
        display: flex;
        gap: 0.5rem;
      }
    `,
  ];

  declare job: ClientJob | undefined;

  constructor() {
    super();
    this.job = undefined;
  }

  override render() {
    const job = this.job;
    if (!job) return nothing;
    const target = TARGETS.find((t) => t.language === job.spec.to)?.label ?? job.spec.to;
    return html`
      <header>
        <strong>${OCR_LANGUAGE_NAMES[job.spec.from]} → ${target}</strong>
        <span class="muted">job <code>${shortId(job.id)}</code></span>
        ${job.primary ? html`<span class="muted">broker <code>${shortId(job.primary)}</code>${job.backup ? html`, backup <code>${shortId(job.backup)}</code>` : nothing}</span>` : nothing}
        ${job.attempt > 1 ? html`<span class="muted">attempt ${job.attempt}: a worker left and the job was handed on</span>` : nothing}
      </header>
      ${this.#body(job)}
    `;
  }

  #body(job: ClientJob) {
    if (job.stage === 'draft') {
      return html`
        <p>Stored, not paid yet.</p>
        <div class="actions">
          <button data-action="pay" @click=${() => this.#emit('job-pay')}>Pay and submit</button>
          <button data-action="cancel" @click=${() => this.#emit('job-cancel')}>Drop</button>
        </div>
      `;
    }
    if (job.stage === 'refused' || job.stage === 'failed') {
      const what = job.stage === 'refused' ? 'Refused' : 'Failed';
      return html`<p class="error" data-error=${job.error ?? ''}>${what}: ${describeJobError(job.error)}</p>`;
    }
    const step = stepOf(job);
    const at = step ? STEPS.indexOf(step) : -1;
    const working = job.stage === 'transcribing' || job.stage === 'translating';
    return html`
      <ol>
        ${STEPS.map((s, i) => html`<li class=${i < at || job.stage === 'done' ? 'past' : i === at ? 'current' : ''}>${STEP_LABELS[s]}</li>`)}
      </ol>
      ${working ? html`<progress max="100" value=${progressPercent(job)}></progress> <span class="muted">${progressPercent(job)} %</span>` : nothing}
      ${job.text !== undefined ? html`<div class="muted">Read on the sign</div><div class="text" data-field="text">${job.text}</div>` : nothing}
      ${job.translation !== undefined
        ? html`<div class="muted">Translation (${job.quality === 'word' ? 'word by word' : 'sentence level'}, ${job.engine})</div>
            <div class="text" data-field="translation">${job.translation}</div>`
        : nothing}
      ${job.stage === 'done' ? html`<p class="muted">${job.mailed ? `Mailed to ${job.spec.email}.` : `Mailing to ${job.spec.email}…`}</p>` : nothing}
      ${job.error ? html`<p class="error" data-error=${job.error}>Submitted again and refused: ${describeJobError(job.error)}</p>` : nothing}
    `;
  }

  #emit(type: 'job-pay' | 'job-cancel'): void {
    this.dispatchEvent(new CustomEvent(type, { detail: this.job?.id, bubbles: true, composed: true }));
  }
}

customElements.define('tm-job-card', TmJobCard);
