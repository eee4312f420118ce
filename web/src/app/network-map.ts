/**
 * The network map: `graph` drawn as SVG with a force-directed layout that runs a few iterations
 * per animation frame and keeps known nodes in place across updates. Nodes are coloured by
 * primary role; self is larger and ringed; measured links are thicker and labelled with RTT.
 */
import { LitElement, html, nothing, svg, type PropertyValues } from 'lit';
import type { GraphLink, GraphNode, NetworkGraph } from '../node/api.ts';
import { ROLES } from '../node/peers/roles.ts';
import './copy-button.ts';
import { ForceLayout, type Point } from './force-layout.ts';
import { formatMs } from './format.ts';
import { networkMapStyles } from './network-map.styles.ts';
import { ROLE_COLORS, primaryRole, roleColor } from './roles-palette.ts';
import { shared } from './styles.ts';

/** Layout iterations per animation frame: ~260 iterations settle in about two seconds. */
const ITERATIONS_PER_FRAME = 2;
/** Screen pixels kept free around the drawing. */
const PADDING_PX = 36;
/** Never zoom in beyond this, so two nodes don't fill the screen. */
const MAX_SCALE = 1.6;
/** Fraction of the way the view moves to its target each frame: smooth zooming, no jumps. */
const FIT_EASING = 0.2;
const NODE_RADIUS_PX = 7;
/** Links this node measured are laid out longer, so the RTT labels around "you" have room. */
const MEASURED_LINK_LENGTH = 2.5;
/** RTT labels are left off links drawn shorter than this. */
const MIN_LABELLED_LINK_PX = 48;
/** Where along a link from this node its RTT label sits (0 = this node, 1 = the peer). */
const LABEL_POSITION_FROM_SELF = 0.62;
const SELF_RADIUS_PX = 11;

interface Fit {
  cx: number;
  cy: number;
  scale: number;
}

function linkKey(link: GraphLink): string {
  return link.a < link.b ? `${link.a}|${link.b}` : `${link.b}|${link.a}`;
}

/** What the layout depends on: node ids, link ends and whether a link is measured; not roles or RTT values. */
function signature(graph: NetworkGraph): string {
  const nodes = graph.nodes.map((n) => n.id).sort();
  const links = graph.links.map((l) => `${linkKey(l)}${l.rttMs === undefined ? '' : '*'}`).sort();
  return `${nodes.join(',')}#${links.join(',')}`;
}

export class TmNetworkMap extends LitElement {
  static override properties = {
    graph: { attribute: false },
    selected: { state: true },
    hovered: { state: true },
  };

  static override styles = [shared, networkMapStyles];

  declare graph: NetworkGraph | undefined;
  declare selected: string | undefined;
  declare hovered: string | undefined;
  readonly #layout = new ForceLayout();
  #signature = '';
  #frame: number | undefined;
  #size = { width: 800, height: 500 };
  #fit: Fit | undefined;
  readonly #resize = new ResizeObserver((entries) => {
    const box = entries[0]?.contentRect;
    if (box === undefined || box.width === 0 || box.height === 0) return;
    this.#size = { width: box.width, height: box.height };
    this.#layout.setAspect(box.width / box.height);
    this.#startLoop();
  });

  constructor() {
    super();
    this.graph = undefined;
    this.selected = undefined;
    this.hovered = undefined;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#startLoop();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    if (this.#frame !== undefined) cancelAnimationFrame(this.#frame);
    this.#frame = undefined;
    this.#resize.disconnect();
  }

  protected override firstUpdated(): void {
    const stage = this.renderRoot.querySelector('.stage');
    if (stage) this.#resize.observe(stage);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('graph') && this.graph !== undefined) {
      const next = signature(this.graph);
      if (next !== this.#signature) {
        this.#signature = next;
        this.#layout.setGraph(
          this.graph.nodes.map((n) => n.id),
          this.graph.links.map(({ a, b, rttMs }) => ({ a, b, length: rttMs === undefined ? 1 : MEASURED_LINK_LENGTH })),
        );
        if (this.selected !== undefined && !this.graph.nodes.some((n) => n.id === this.selected)) {
          this.selected = undefined;
        }
        this.#startLoop();
      }
    }
    this.#fit ??= this.#targetFit();
  }

  #startLoop(): void {
    if (this.#frame !== undefined || !this.isConnected) return;
    this.#frame = requestAnimationFrame(() => {
      this.#frame = undefined;
      const moving = this.#layout.tick(ITERATIONS_PER_FRAME);
      const zooming = this.#easeFit();
      this.requestUpdate();
      if (moving || zooming) this.#startLoop();
    });
  }

  /** The view that fits every node into the stage. */
  #targetFit(): Fit {
    const box = this.#layout.bounds();
    if (box === undefined) return { cx: 0, cy: 0, scale: 1 };
    const { width, height } = this.#size;
    const w = Math.max(box.maxX - box.minX, 1);
    const h = Math.max(box.maxY - box.minY, 1);
    const scale = Math.min((width - 2 * PADDING_PX) / w, (height - 2 * PADDING_PX) / h, MAX_SCALE);
    return { cx: (box.minX + box.maxX) / 2, cy: (box.minY + box.maxY) / 2, scale: Math.max(scale, 0.05) };
  }

  /** Moves the view part of the way to its target; returns whether it is still moving. */
  #easeFit(): boolean {
    const target = this.#targetFit();
    const fit = this.#fit ?? target;
    const next = {
      cx: fit.cx + (target.cx - fit.cx) * FIT_EASING,
      cy: fit.cy + (target.cy - fit.cy) * FIT_EASING,
      scale: fit.scale + (target.scale - fit.scale) * FIT_EASING,
    };
    this.#fit = next;
    const dx = Math.abs(target.cx - next.cx) * next.scale;
    const dy = Math.abs(target.cy - next.cy) * next.scale;
    return dx > 0.5 || dy > 0.5 || Math.abs(target.scale - next.scale) / target.scale > 0.002;
  }

  #project(p: Point): Point {
    const fit = this.#fit ?? { cx: 0, cy: 0, scale: 1 };
    return {
      x: (p.x - fit.cx) * fit.scale + this.#size.width / 2,
      y: (p.y - fit.cy) * fit.scale + this.#size.height / 2,
    };
  }

  #at(id: string): Point | undefined {
    const p = this.#layout.position(id);
    return p && this.#project(p);
  }

  #idFromEvent(event: Event): string | undefined {
    const target = event.target instanceof Element ? event.target.closest('[data-id]') : null;
    return target?.getAttribute('data-id') ?? undefined;
  }

  #links(links: readonly GraphLink[], selfId: string | undefined) {
    const measured = links.filter((l) => l.rttMs !== undefined);
    const plain = links.filter((l) => l.rttMs === undefined);
    const line = (link: GraphLink) => {
      const a = this.#at(link.a);
      const b = this.#at(link.b);
      if (!a || !b) return nothing;
      return svg`<line class=${link.rttMs === undefined ? '' : 'measured'} x1=${a.x} y1=${a.y} x2=${b.x} y2=${b.y}></line>`;
    };
    const label = (link: GraphLink) => {
      // Measured links usually start at this node; labels further out have more room.
      const [near, far] = link.b === selfId ? [link.b, link.a] : [link.a, link.b];
      const a = this.#at(near);
      const b = this.#at(far);
      if (!a || !b || Math.hypot(a.x - b.x, a.y - b.y) < MIN_LABELLED_LINK_PX) return nothing;
      const t = near === selfId ? LABEL_POSITION_FROM_SELF : 0.5;
      const x = a.x + (b.x - a.x) * t;
      const y = a.y + (b.y - a.y) * t;
      return svg`<text x=${x} y=${y + 3} text-anchor="middle">${formatMs(link.rttMs)}</text>`;
    };
    return svg`${plain.map(line)}${measured.map(line)}${measured.map(label)}`;
  }

  #node(node: GraphNode) {
    const p = this.#at(node.id);
    if (!p) return nothing;
    const classes = [node.self ? 'self' : '', node.id === this.selected ? 'selected' : ''].join(' ');
    return svg`<circle data-id=${node.id} class=${classes} cx=${p.x} cy=${p.y}
      r=${node.self ? SELF_RADIUS_PX : NODE_RADIUS_PX} fill=${roleColor(primaryRole(node.roles))}></circle>`;
  }

  #tooltip(nodes: readonly GraphNode[]) {
    const node = nodes.find((n) => n.id === this.hovered);
    const p = node && this.#at(node.id);
    if (!node || !p) return nothing;
    const left = p.x > this.#size.width - 300 ? p.x - 292 : p.x + 14;
    const top = p.y > this.#size.height - 90 ? p.y - 80 : p.y + 14;
    return html`<div class="tooltip" style=${`left:${left}px;top:${top}px`}>
      <div class="mono">${node.id}</div>
      <div>${node.roles.join(', ') || 'no roles'}${node.self ? ' · this node' : ''}</div>
    </div>`;
  }

  override render() {
    const graph = this.graph ?? { nodes: [], links: [] };
    const self = graph.nodes.find((n) => n.self);
    const youAt = self && this.#at(self.id);
    const present = ROLES.filter((role) => graph.nodes.some((n) => primaryRole(n.roles) === role));
    const ordered = [...graph.nodes.filter((n) => !n.self), ...(self ? [self] : [])];
    const selected = graph.nodes.find((n) => n.id === this.selected);
    return html`
      <div
        class="stage"
        @pointerover=${(e: Event) => (this.hovered = this.#idFromEvent(e))}
        @pointerleave=${() => (this.hovered = undefined)}
        @click=${(e: Event) => (this.selected = this.#idFromEvent(e))}
      >
        <svg viewBox=${`0 0 ${this.#size.width} ${this.#size.height}`} role="img" aria-label="Network map">
          ${this.#links(graph.links, self?.id)} ${ordered.map((n) => this.#node(n))}
          ${youAt ? svg`<text class="you" x=${youAt.x} y=${youAt.y - SELF_RADIUS_PX - 6} text-anchor="middle">you</text>` : nothing}
        </svg>
        ${graph.nodes.length === 0 ? html`<div class="empty muted">No nodes known yet.</div>` : nothing}
        ${this.#tooltip(graph.nodes)}
      </div>
      <div class="footer">
        <span class="muted">${graph.nodes.length} nodes · ${graph.links.length} links</span>
        <span class="legend">
          ${present.map((role) => html`<span><span class="dot" style=${`background:${ROLE_COLORS[role]}`}></span>${role}</span>`)}
          ${self ? html`<span><span class="self-mark"></span>this node</span>` : nothing}
        </span>
      </div>
      ${selected
        ? html`<div class="selection">
            <span class="muted">Selected:</span><code class="mono">${selected.id}</code>
            <tm-copy .value=${selected.id}></tm-copy>
            <span class="muted">${selected.roles.join(', ')}</span>
          </div>`
        : html`<div class="selection muted">Click a node to see its id.</div>`}
    `;
  }
}

customElements.define('tm-network-map', TmNetworkMap);

declare global {
  interface HTMLElementTagNameMap {
    'tm-network-map': TmNetworkMap;
  }
}
