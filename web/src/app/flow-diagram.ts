/**
 * The job pipeline as SVG: a lane per broker, a column per stage, a token per job. Tokens are
 * keyed by job id and placed with a CSS transform, so a job glides to its next stage, or to
 * another broker's lane on a takeover or handoff. Geometry lives in flow-layout.ts.
 */
import { LitElement, css, html, nothing, svg, unsafeCSS } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { tokenCaption, tokenDetails, tokenTitle } from './flow-labels.ts';
import { columnX, COLUMN_WIDTH, HEADER_HEIGHT, LANE_LABEL_WIDTH, layoutFlow, TOKEN_HEIGHT, TOKEN_WIDTH, type LaneBox, type TokenBox } from './flow-layout.ts';
import { COLUMN_LABELS, visibleMark, type FlowJob, type FlowLane } from './flow-model.ts';
import { shortId } from './format.ts';
import { ROLE_COLORS } from './roles-palette.ts';
import { shared } from './styles.ts';

/** The progress bar along a token's bottom edge. */
const PROGRESS_HEIGHT = 3;

export class TmFlowDiagram extends LitElement {
  static override properties = {
    lanes: { attribute: false },
    jobs: { attribute: false },
    self: { attribute: false },
    now: { attribute: false },
  };

  static override styles = [
    shared,
    css`
      :host {
        --flow-queued: #8d99ae;
        --flow-transcribing: ${unsafeCSS(ROLE_COLORS.transcription)};
        --flow-translating: ${unsafeCSS(ROLE_COLORS.translation)};
        --flow-done: var(--tm-ok);
        --flow-failed: var(--tm-bad);
        --flow-mark: var(--tm-warn);
        --flow-move: ${unsafeCSS(ROLE_COLORS.broker)};
      }
      .scroll {
        overflow-x: auto;
      }
      svg {
        display: block;
        min-width: 760px;
        width: 100%;
        height: auto;
      }
      text {
        font-size: 11px;
        fill: var(--tm-text);
      }
      .column-title {
        fill: var(--tm-muted);
        font-weight: 600;
        text-anchor: middle;
      }
      .lane-bg {
        fill: #fafbfc;
        stroke: var(--tm-border);
      }
      .lane-bg.odd {
        fill: #f3f5f8;
      }
      .divider {
        stroke: var(--tm-border);
        stroke-dasharray: 2 3;
      }
      .lane-id {
        font-family: var(--tm-mono);
        font-weight: 600;
      }
      .lane-note {
        fill: var(--tm-muted);
      }
      .lane-note.warn {
        fill: var(--tm-warn);
      }
      .token {
        transition: transform 0.7s ease;
      }
      .token rect.body {
        fill: #fff;
        stroke: var(--stage);
        stroke-width: 1.5;
      }
      .token.mine rect.body {
        stroke-width: 3;
      }
      .token.redispatch rect.body {
        stroke: var(--flow-mark);
        stroke-dasharray: 4 2;
      }
      .token.takeover rect.body,
      .token.handoff rect.body,
      .token.moved rect.body {
        stroke: var(--flow-move);
        stroke-dasharray: 4 2;
      }
      .token .bar {
        fill: var(--stage);
      }
      .token .swatch {
        fill: var(--stage);
      }
      .token .title {
        font-family: var(--tm-mono);
        font-weight: 600;
      }
      .token .caption {
        font-size: 10px;
        fill: var(--tm-muted);
      }
      .token.redispatch .caption {
        fill: var(--flow-mark);
      }
      .token.takeover .caption,
      .token.handoff .caption,
      .token.moved .caption {
        fill: var(--flow-move);
      }
      .overflow {
        fill: var(--tm-muted);
        text-anchor: middle;
        font-size: 10px;
      }
      @media (prefers-reduced-motion: reduce) {
        .token {
          transition: none;
        }
      }
    `,
  ];

  declare lanes: readonly FlowLane[];
  declare jobs: readonly FlowJob[];
  /** This tab's id: its own jobs are drawn with a thicker outline. */
  declare self: string | undefined;
  /** The page clock's time, for how long marks stay labelled. */
  declare now: number;

  constructor() {
    super();
    this.lanes = [];
    this.jobs = [];
    this.self = undefined;
    this.now = Date.now();
  }

  #lane({ lane, y, height }: LaneBox, index: number) {
    const you = lane.broker === this.self ? ' (this tab)' : '';
    const backup = lane.backup === undefined ? 'no backup' : `backup ${shortId(lane.backup)}`;
    return svg`<g>
      <rect class="lane-bg ${index % 2 === 1 ? 'odd' : ''}" x="0" y=${y} width=${columnX(COLUMN_LABELS.length)} height=${height}></rect>
      <text class="lane-id" x="10" y=${y + 20}>${shortId(lane.broker)}${you}<title>broker ${lane.broker}</title></text>
      <text class="lane-note" x="10" y=${y + 37}>queue ${lane.queue}${lane.leaving ? ' · leaving' : ''}</text>
      <text class="lane-note ${lane.backup === undefined ? 'warn' : ''}" x="10" y=${y + 53}>${backup}${
        lane.backup === undefined ? nothing : svg`<title>backup ${lane.backup}</title>`
      }</text>
    </g>`;
  }

  #token({ job, x, y }: TokenBox) {
    const mark = visibleMark(job, this.now);
    const working = job.stage === 'transcribing' || job.stage === 'translating';
    const progress = working ? Math.max(0, Math.min(1, job.progress / 1000)) : 0;
    const classes = ['token', mark?.kind ?? '', job.requester === this.self ? 'mine' : ''].join(' ');
    return svg`<g class=${classes} style=${`transform: translate(${x}px, ${y}px); --stage: var(--flow-${stageColor(job.stage)})`}>
      <title>${tokenDetails(job, this.self)}</title>
      <rect class="body" width=${TOKEN_WIDTH} height=${TOKEN_HEIGHT} rx="5"></rect>
      <rect class="swatch" x="6" y="7" width="7" height="7" rx="2"></rect>
      <text class="title" x="18" y="14">${tokenTitle(job)}</text>
      <text class="caption" x="8" y="27">${tokenCaption(job, this.now)}</text>
      ${progress > 0 ? svg`<rect class="bar" x="1" y=${TOKEN_HEIGHT - PROGRESS_HEIGHT - 1} width=${(TOKEN_WIDTH - 2) * progress} height=${PROGRESS_HEIGHT}></rect>` : nothing}
    </g>`;
  }

  override render() {
    if (this.lanes.length === 0) {
      return html`<p class="muted">No broker has reported a job yet. Jobs appear here as brokers accept them.</p>`;
    }
    const layout = layoutFlow(this.lanes, this.jobs);
    return html`<div class="scroll">
      <svg viewBox="0 0 ${layout.width} ${layout.height}" role="img" aria-label="Jobs by broker and stage">
        <text class="column-title" x=${LANE_LABEL_WIDTH / 2} y="19">broker</text>
        ${COLUMN_LABELS.map((label, c) => svg`<text class="column-title" x=${columnX(c) + COLUMN_WIDTH / 2} y="19">${c > 0 ? '→ ' : ''}${label}</text>`)}
        ${layout.lanes.map((box, i) => this.#lane(box, i))}
        ${COLUMN_LABELS.map((_, c) => svg`<line class="divider" x1=${columnX(c)} x2=${columnX(c)} y1=${HEADER_HEIGHT} y2=${layout.height}></line>`)}
        ${layout.overflow.map((o) => svg`<text class="overflow" x=${o.x} y=${o.y}>+${o.hidden} more</text>`)}
        ${repeat(layout.tokens, (t) => t.job.id, (t) => this.#token(t))}
      </svg>
    </div>`;
  }
}

function stageColor(stage: FlowJob['stage']): string {
  switch (stage) {
    case 'queued':
    case 'transcribed':
      return 'queued';
    default:
      return stage;
  }
}

customElements.define('tm-flow-diagram', TmFlowDiagram);

declare global {
  interface HTMLElementTagNameMap {
    'tm-flow-diagram': TmFlowDiagram;
  }
}
