/**
 * The Flow page: the job pipeline live, from the brokers' flow events on gossip — a lane per
 * broker, jobs moving through the stages (tm-flow-diagram), and the latest events as a list.
 */
import { LitElement, css, html, nothing } from 'lit';
import type { TabmeshApi } from '../node/api.ts';
import { ApiSubscription } from './api-subscription.ts';
import { ClockController } from './clock.ts';
import './flow-diagram.ts';
import { changeLabel, TOKEN_ID_LENGTH } from './flow-labels.ts';
import type { FlowJob, FlowLogEntry } from './flow-model.ts';
import { FlowSubscription } from './flow-recorder.ts';
import { formatAgo, shortId } from './format.ts';
import { shared, tableStyles } from './styles.ts';

function counts(jobs: readonly FlowJob[]): { active: number; done: number; failed: number } {
  let done = 0;
  let failed = 0;
  for (const job of jobs) {
    if (job.stage === 'done') done++;
    else if (job.stage === 'failed') failed++;
  }
  return { active: jobs.length - done - failed, done, failed };
}

export class TmFlowPage extends LitElement {
  static override properties = {
    api: { attribute: false },
  };

  static override styles = [
    shared,
    tableStyles,
    css`
      section + section {
        margin-top: 1rem;
      }
      p {
        margin: -0.4rem 0 0.75rem;
        font-size: 0.85rem;
      }
      .summary {
        display: flex;
        flex-wrap: wrap;
        gap: 0.3rem 1.25rem;
        margin-bottom: 0.75rem;
        font-variant-numeric: tabular-nums;
      }
      .legend {
        margin: 0.6rem 0 0;
        font-size: 0.8rem;
      }
      td.mono {
        font-size: 0.85rem;
      }
    `,
  ];

  declare api: TabmeshApi | undefined;
  readonly #clock = new ClockController(this);
  readonly #flow = new FlowSubscription(this, () => this.api);

  constructor() {
    super();
    this.api = undefined;
    new ApiSubscription(this, () => this.api);
  }

  #log(log: readonly FlowLogEntry[], now: number) {
    if (log.length === 0) return html`<p class="muted">No events yet.</p>`;
    const id = (x: string | undefined): string => (x === undefined ? '—' : shortId(x, TOKEN_ID_LENGTH));
    return html`<div class="scroll">
      <table>
        <thead>
          <tr><th>When</th><th>Event</th><th>Broker</th><th>Job</th><th>Stage</th><th>Attempt</th><th>Worker</th></tr>
        </thead>
        <tbody>
          ${log.map(
            (e) => html`<tr>
              <td>${formatAgo(e.at, now)}</td>
              <td>${changeLabel(e.change)}</td>
              <td class="mono" title=${e.broker}>${id(e.broker)}</td>
              <td class="mono" title=${e.job?.id ?? ''}>${id(e.job?.id)}</td>
              <td>${e.job?.stage ?? '—'}</td>
              <td>${e.job && e.job.attempt > 0 ? e.job.attempt : '—'}</td>
              <td class="mono" title=${e.job?.worker ?? ''}>${id(e.job?.worker)}</td>
            </tr>`,
          )}
        </tbody>
      </table>
    </div>`;
  }

  override render() {
    const model = this.#flow.model;
    if (this.api === undefined || model === undefined) return nothing;
    const now = this.#clock.now;
    // Here rather than in willUpdate: the clock's `now` is set after willUpdate runs.
    model.prune(now);
    const lanes = model.lanes();
    const jobs = model.jobs();
    const c = counts(jobs);
    return html`<section class="card">
        <h2>Flow</h2>
        <p class="muted">
          Jobs as the brokers report them: each lane is a broker with its queue and backup; each token a job, with the
          worker it is assigned to and the attempt at its stage. Hover a token for its details.
        </p>
        <div class="summary">
          <span><strong>${lanes.length}</strong> <span class="muted">brokers</span></span>
          <span><strong>${c.active}</strong> <span class="muted">in flight</span></span>
          <span><strong>${c.done}</strong> <span class="muted">done</span></span>
          <span><strong>${c.failed}</strong> <span class="muted">failed</span></span>
        </div>
        <tm-flow-diagram .lanes=${lanes} .jobs=${jobs} .self=${this.api.status().id} .now=${now}></tm-flow-diagram>
        <p class="muted legend">
          Thick outline: a job this tab submitted. Dashed orange: re-dispatched to another worker; dashed purple: taken over
          or handed over by another broker. Finished jobs leave after a minute.
        </p>
      </section>
      <section class="card">
        <h2>Latest events</h2>
        ${this.#log(model.log(), now)}
      </section>`;
  }
}

customElements.define('tm-flow-page', TmFlowPage);

declare global {
  interface HTMLElementTagNameMap {
    'tm-flow-page': TmFlowPage;
  }
}
