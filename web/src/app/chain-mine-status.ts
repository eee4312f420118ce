/**
 * What a mining run is doing: its phase among classifying → mining → publishing → done (or
 * failed), what the model saw in the image (scores as bars, with the gate's thresholds), hashes
 * tried, hash rate, restarts on a new tip, and progress against the work a block takes on average.
 */
import { LitElement, css, html, nothing } from 'lit';
import type { MiningPhase, MiningStatus } from '../node/chain/mining-session.ts';
import { normaliseLabel, RECOGNITION_RULE, type Prediction } from '../node/chain/recognition.ts';
import { formatCount, formatHashRate } from './chain-format.ts';
import { shared } from './styles.ts';

/** Predictions drawn: the gate looks at the top 3; a couple more show what came close. */
const SHOWN_PREDICTIONS = 5;
const STEPS: readonly MiningPhase[] = ['classifying', 'mining', 'publishing', 'done'];

export class TmChainMineStatus extends LitElement {
  static override properties = {
    status: { attribute: false },
    label: { attribute: false },
    expected: { attribute: false },
  };

  static override styles = [
    shared,
    css`
      :host {
        display: grid;
        gap: 0.75rem;
      }
      ol {
        display: flex;
        flex-wrap: wrap;
        gap: 0.3rem;
        list-style: none;
        padding: 0;
        margin: 0;
      }
      li {
        padding: 0.1rem 0.6rem;
        border-radius: 999px;
        border: 1px solid var(--tm-border);
        color: var(--tm-muted);
        font-size: 0.85rem;
      }
      li.past {
        color: var(--tm-ok);
        border-color: currentColor;
      }
      li.now {
        color: #fff;
        background: var(--tm-accent);
        border-color: var(--tm-accent);
      }
      li.now.failed {
        background: var(--tm-bad);
        border-color: var(--tm-bad);
      }
      li.now.done {
        background: var(--tm-ok);
        border-color: var(--tm-ok);
      }
      .bars {
        display: grid;
        grid-template-columns: max-content 1fr 3.5rem;
        gap: 0.25rem 0.6rem;
        align-items: center;
        font-size: 0.85rem;
        font-variant-numeric: tabular-nums;
      }
      .track {
        position: relative;
        height: 0.8rem;
        background: #eef0f4;
        border-radius: 3px;
      }
      .fill {
        display: block;
        height: 100%;
        border-radius: 3px;
        background: var(--tm-idle);
      }
      .mine .fill {
        background: var(--tm-accent);
      }
      .mark {
        position: absolute;
        top: -2px;
        bottom: -2px;
        width: 0;
        border-left: 1px dashed var(--tm-text);
      }
      .mine {
        font-weight: 600;
      }
      dl {
        display: grid;
        grid-template-columns: repeat(auto-fill, minmax(9rem, 1fr));
        gap: 0.5rem;
        margin: 0;
      }
      dt {
        font-size: 0.75rem;
        color: var(--tm-muted);
      }
      dd {
        margin: 0;
        font-variant-numeric: tabular-nums;
        font-weight: 600;
      }
      progress {
        width: 100%;
      }
      .hint {
        font-size: 0.8rem;
        margin-bottom: 0.3rem;
      }
    `,
  ];

  declare status: MiningStatus | undefined;
  declare label: string;
  declare expected: number | undefined;

  constructor() {
    super();
    this.status = undefined;
    this.label = '';
    this.expected = undefined;
  }

  #steps(phase: MiningPhase) {
    const at = phase === 'failed' ? -1 : STEPS.indexOf(phase);
    return html`<ol aria-label="phase">
      ${STEPS.map((step, i) => html`<li class=${i < at ? 'past' : i === at ? `now ${step}` : ''}>${step}</li>`)}
      ${phase === 'failed' ? html`<li class="now failed">failed</li>` : nothing}
    </ol>`;
  }

  #predictions(predictions: readonly Prediction[]) {
    const wanted = normaliseLabel(this.label);
    const top = [...predictions].sort((a, b) => b.score - a.score).slice(0, SHOWN_PREDICTIONS);
    const pct = (x: number): string => `${Math.max(0, Math.min(100, x * 100)).toFixed(1)}%`;
    const gate = RECOGNITION_RULE.minScore + RECOGNITION_RULE.margin;
    return html`<div>
      <div class="hint muted">
        What the model saw (the dashed line is the miner's gate, ${gate.toFixed(2)}; the label must be among the top ${RECOGNITION_RULE.topK})
      </div>
      <div class="bars" data-field="predictions">
        ${top.length === 0 ? html`<span class="muted">nothing</span>` : nothing}
        ${top.map((p) => {
          const mine = normaliseLabel(p.label) === wanted;
          return html`<span class=${mine ? 'mine' : ''} data-label=${p.label}>${p.label}</span>
            <span class="track ${mine ? 'mine' : ''}"><span class="fill" style=${`width:${pct(p.score)}`}></span><span class="mark" style=${`left:${pct(gate)}`}></span></span>
            <span>${p.score.toFixed(3)}</span>`;
        })}
      </div>
    </div>`;
  }

  #progress(s: MiningStatus) {
    if (s.phase === 'done') return html`<progress max="1" value="1"></progress>`;
    if (s.phase !== 'mining') return s.phase === 'failed' ? nothing : html`<progress></progress>`;
    if (this.expected === undefined || this.expected <= 0) return html`<progress></progress>`;
    // The chance of having found a block by now: 1 − e^(−hashes / expected).
    const chance = 1 - Math.exp(-s.hashes / this.expected);
    return html`<progress max="1" value=${chance} title="chance of having found the block by now"></progress>
      <div class="hint muted">A block takes ≈ ${formatCount(this.expected)} hashes on average; ${(chance * 100).toFixed(0)} % of miners would have found it by now.</div>`;
  }

  override render() {
    const s = this.status;
    if (!s) return nothing;
    return html`
      <div data-phase=${s.phase}>${this.#steps(s.phase)}</div>
      ${s.predictions ? this.#predictions(s.predictions) : nothing}
      <dl>
        <div><dt>block height</dt><dd>${s.height ?? '—'}</dd></div>
        <div><dt>hashes</dt><dd data-field="hashes">${formatCount(s.hashes)}</dd></div>
        <div><dt>hash rate</dt><dd data-field="hash-rate">${s.hashRate > 0 ? formatHashRate(s.hashRate) : '—'}</dd></div>
        <div><dt>restarts on a new tip</dt><dd>${s.restarts}</dd></div>
      </dl>
      ${this.#progress(s)}
      ${s.message && s.phase !== 'failed' ? html`<div class="muted">${s.message}</div>` : nothing}
    `;
  }
}

customElements.define('tm-chain-mine-status', TmChainMineStatus);

declare global {
  interface HTMLElementTagNameMap {
    'tm-chain-mine-status': TmChainMineStatus;
  }
}
