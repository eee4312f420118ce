/**
 * The Chord ring as SVG: the 256-bit identifier circle with this node, its predecessor, its
 * successors and its distinct fingers placed by id (chords from this node to each finger), the
 * arc of keys this node is responsible for, and the keys it holds as ticks (primary and replica
 * in different colours). Click a node to see its full id. Geometry lives in ring-geometry.ts.
 */
import { LitElement, css, html, nothing, svg } from 'lit';
import type { LocalRecord, RingView } from '../node/dht/api.ts';
import './copy-button.ts';
import { dhtPalette } from './dht-palette.ts';
import { fingerTargets, markLabel, markRoles, recordTicks, ringMarks, type RingMark } from './dht-ring-model.ts';
import { angularDistance, arcFraction, arcPath, chordPath, labelAnchor, pointAt, spreadAngles, tick, type Circle } from './ring-geometry.ts';
import { shared } from './styles.ts';

/** The drawing's own units; the SVG scales to the width it gets. Wide enough for side labels. */
const VIEW_WIDTH = 480;
const VIEW_HEIGHT = 400;
const CIRCLE: Circle = { cx: VIEW_WIDTH / 2, cy: VIEW_HEIGHT / 2, r: 150 };
const SELF_RADIUS = 8;
const NODE_RADIUS = 5.5;
/** Record ticks run inward from the ring, under the node marks. */
const TICK_INNER = CIRCLE.r - 11;
const TICK_OUTER = CIRCLE.r - 2;
/** Labels sit this far outside the ring, at least this many degrees apart. */
const LABEL_OFFSET = 16;
const MIN_LABEL_GAP_DEG = 7;
/** Labels moved further than this from their node get a leader line back to it. */
const LEADER_MIN_DEG = 1.5;
/** How far chords bow towards the centre (0 straight, 1 through the centre). */
const CHORD_BEND = 0.3;

function markClass(mark: RingMark): string {
  if (mark.self) return 'self';
  if (mark.predecessor) return 'predecessor';
  if (mark.successorRank !== undefined) return 'successor';
  return 'finger';
}

export class TmDhtRing extends LitElement {
  static override properties = {
    ring: { attribute: false },
    records: { attribute: false },
    selected: { state: true },
  };

  static override styles = [
    shared,
    dhtPalette,
    css`
      svg {
        display: block;
        width: 100%;
        max-width: 560px;
        margin: 0 auto;
        height: auto;
      }
      .ring {
        fill: none;
        stroke: #c4cad4;
        stroke-width: 1.5;
      }
      .owned {
        fill: none;
        stroke: var(--tm-accent);
        stroke-width: 5;
        stroke-opacity: 0.35;
        stroke-linecap: round;
      }
      .chord {
        fill: none;
        stroke: var(--dht-finger);
        stroke-width: 1.3;
        stroke-opacity: 0.75;
      }
      .tick {
        stroke-width: 1.5;
      }
      .tick.primary,
      .legend .primary {
        stroke: var(--dht-primary);
        background: var(--dht-primary);
      }
      .tick.replica,
      .legend .replica {
        stroke: var(--dht-replica);
        background: var(--dht-replica);
      }
      .mark {
        cursor: pointer;
        outline: none;
      }
      .mark circle {
        stroke: #fff;
        stroke-width: 1.5;
      }
      .mark:hover circle,
      .mark:focus-visible circle,
      .mark.selected circle {
        stroke: var(--tm-text);
        stroke-width: 2.5;
      }
      .self,
      .legend .self {
        fill: var(--tm-text);
        background: var(--tm-text);
      }
      .predecessor,
      .legend .predecessor {
        fill: var(--dht-predecessor);
        background: var(--dht-predecessor);
      }
      .successor,
      .legend .successor {
        fill: var(--dht-successor);
        background: var(--dht-successor);
      }
      .finger,
      .legend .finger {
        fill: var(--dht-finger);
        background: var(--dht-finger);
      }
      text {
        font-family: var(--tm-mono);
        font-size: 10.5px;
        fill: var(--tm-text);
      }
      text.zero {
        fill: var(--tm-muted);
        font-size: 9px;
        pointer-events: none;
      }
      .leader {
        stroke: #c4cad4;
        stroke-width: 1;
      }
      .legend {
        display: flex;
        flex-wrap: wrap;
        gap: 0.3rem 0.9rem;
        font-size: 0.85rem;
        margin-top: 0.4rem;
      }
      .legend span {
        display: inline-flex;
        align-items: center;
        gap: 0.3rem;
      }
      .legend .dot {
        width: 0.65rem;
        height: 0.65rem;
      }
      .legend .bar {
        display: inline-block;
        width: 3px;
        height: 0.8rem;
      }
      .selection {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: 0.5rem;
        margin-top: 0.5rem;
        font-size: 0.85rem;
      }
      .selection code {
        overflow-wrap: anywhere;
      }
    `,
  ];

  declare ring: RingView | undefined;
  declare records: LocalRecord[];
  declare selected: string | undefined;

  constructor() {
    super();
    this.ring = undefined;
    this.records = [];
    this.selected = undefined;
  }

  #select(id: string): void {
    this.selected = this.selected === id ? undefined : id;
  }

  #marks(marks: readonly RingMark[]) {
    const labelAngles = spreadAngles(
      marks.map((m) => m.angle),
      MIN_LABEL_GAP_DEG,
    );
    return marks.map((mark, i) => {
      const at = pointAt(CIRCLE, mark.angle);
      const labelDeg = labelAngles[i] ?? mark.angle;
      const label = pointAt(CIRCLE, labelDeg, CIRCLE.r + LABEL_OFFSET);
      const moved = angularDistance(labelDeg, mark.angle) > LEADER_MIN_DEG;
      const leaderEnd = pointAt(CIRCLE, labelDeg, CIRCLE.r + LABEL_OFFSET - 6);
      return svg`<g
        class=${`mark ${mark.id === this.selected ? 'selected' : ''}`}
        tabindex="0"
        role="button"
        aria-label=${`${mark.id.slice(0, 8)}: ${markRoles(mark)}`}
        @click=${() => this.#select(mark.id)}
        @keydown=${(e: KeyboardEvent) => {
          if (e.key === 'Enter' || e.key === ' ') {
            e.preventDefault();
            this.#select(mark.id);
          }
        }}
      >
        <title>${mark.id}\n${markRoles(mark)}</title>
        ${moved ? svg`<line class="leader" x1=${at.x} y1=${at.y} x2=${leaderEnd.x} y2=${leaderEnd.y}></line>` : nothing}
        <circle class=${markClass(mark)} cx=${at.x} cy=${at.y} r=${mark.self ? SELF_RADIUS : NODE_RADIUS}></circle>
        <text x=${label.x} y=${label.y} text-anchor=${labelAnchor(labelDeg)} dominant-baseline="central">${markLabel(mark)}</text>
      </g>`;
    });
  }

  #selection(marks: readonly RingMark[]) {
    const mark = marks.find((m) => m.id === this.selected);
    if (mark === undefined) return html`<div class="selection muted">Click a node to see its id.</div>`;
    return html`<div class="selection">
      <code class="mono">${mark.id}</code><tm-copy .value=${mark.id}></tm-copy>
      <span class="muted">${markRoles(mark)}</span>
    </div>`;
  }

  override render() {
    const ring = this.ring;
    if (ring === undefined) return html`<div class="muted">No ring yet.</div>`;
    const marks = ringMarks(ring);
    const self = marks.find((m) => m.self);
    const predecessor = marks.find((m) => m.predecessor);
    const ticks = recordTicks(this.records);
    const primaries = ticks.filter((t) => t.primary).length;
    const share = ring.predecessor === undefined ? undefined : arcFraction(ring.predecessor, ring.self);
    const zero = pointAt(CIRCLE, 0, CIRCLE.r - 20);
    return html`
      <svg viewBox=${`0 0 ${VIEW_WIDTH} ${VIEW_HEIGHT}`} role="img" aria-label="Chord ring around this node">
        <circle class="ring" cx=${CIRCLE.cx} cy=${CIRCLE.cy} r=${CIRCLE.r}></circle>
        <text class="zero" x=${zero.x} y=${zero.y} text-anchor="middle" dominant-baseline="central">0</text>
        ${self && predecessor ? svg`<path class="owned" d=${arcPath(CIRCLE, predecessor.angle, self.angle)}><title>Keys this node is responsible for</title></path>` : nothing}
        ${self ? fingerTargets(marks).map((m) => svg`<path class="chord" d=${chordPath(CIRCLE, self.angle, m.angle, CHORD_BEND)}></path>`) : nothing}
        ${ticks.map((t) => {
          const { a, b } = tick(CIRCLE, t.angle, TICK_INNER, TICK_OUTER);
          return svg`<line class=${`tick ${t.primary ? 'primary' : 'replica'}`} x1=${a.x} y1=${a.y} x2=${b.x} y2=${b.y}></line>`;
        })}
        ${this.#marks(marks)}
      </svg>
      <div class="legend">
        <span><span class="dot self"></span>this node</span>
        <span><span class="dot predecessor"></span>predecessor</span>
        <span><span class="dot successor"></span>successors (${ring.successors.length})</span>
        <span><span class="dot finger"></span>fingers (${ring.fingers.length} distinct)</span>
        <span><span class="bar primary"></span>primary keys (${primaries})</span>
        <span><span class="bar replica"></span>replicas (${ticks.length - primaries})</span>
      </div>
      <div class="legend muted">
        <span>replication ${ring.replication}</span>
        <span>${share === undefined ? 'no predecessor yet' : `responsible for ≈ ${(share * 100).toFixed(share < 0.01 ? 2 : 1)} % of the ring`}</span>
      </div>
      ${this.#selection(marks)}
    `;
  }
}

customElements.define('tm-dht-ring', TmDhtRing);

declare global {
  interface HTMLElementTagNameMap {
    'tm-dht-ring': TmDhtRing;
  }
}
