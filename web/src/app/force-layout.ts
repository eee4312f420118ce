/**
 * A small force-directed layout: pairwise repulsion, springs along links, a pull to the centre.
 * It runs incrementally (`tick` a few iterations per animation frame) and keeps the positions of
 * nodes it already knows when the graph changes, so the picture settles instead of jumping.
 * Pure and deterministic (initial positions derive from node ids), so it is unit-testable.
 */

export interface LayoutLink {
  a: string;
  b: string;
  /** Rest length as a multiple of `linkDistance`; 1 when absent. */
  length?: number;
}

export interface Point {
  x: number;
  y: number;
}

interface Body extends Point {
  vx: number;
  vy: number;
}

export interface LayoutOptions {
  /** Rest length of a link, in layout units. */
  linkDistance: number;
  /** Strength of the pairwise repulsion (force = repulsion · alpha / distance). */
  repulsion: number;
  /** Spring stiffness along links. */
  spring: number;
  /** Pull towards the origin, keeps unconnected parts from drifting away. */
  centering: number;
  /** Fraction of velocity kept per iteration. */
  friction: number;
  /** Alpha (the "temperature") is multiplied by this every iteration: ~260 iterations from 1 to 0.005. */
  alphaDecay: number;
  /** Below this alpha the layout counts as settled and stops. */
  alphaMin: number;
  /** Alpha after a change to an already laid-out graph: enough to place newcomers, little enough not to jump. */
  reheatAlpha: number;
}

export const DEFAULT_LAYOUT_OPTIONS: Readonly<LayoutOptions> = {
  linkDistance: 70,
  repulsion: 800,
  spring: 0.5,
  centering: 0.04,
  friction: 0.6,
  alphaDecay: 0.98,
  alphaMin: 0.005,
  reheatAlpha: 0.15,
};

/** Nodes closer than this are treated as this far apart, so the repulsion stays bounded. */
const MIN_DISTANCE = 4;

/** FNV-1a, to turn an id into a stable angle. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

function angleOf(id: string): number {
  return (hash(id) / 0x1_0000_0000) * 2 * Math.PI;
}

export class ForceLayout {
  readonly #options: LayoutOptions;
  readonly #bodies = new Map<string, Body>();
  #springs: Array<[Body, Body, number]> = [];
  #alpha = 0;
  /** Width / height of the drawing area: the pull to the centre is stronger along the short side. */
  #aspect = 1;

  constructor(options: Partial<LayoutOptions> = {}) {
    this.#options = { ...DEFAULT_LAYOUT_OPTIONS, ...options };
  }

  get alpha(): number {
    return this.#alpha;
  }

  get active(): boolean {
    return this.#alpha >= this.#options.alphaMin;
  }

  /**
   * Replaces the graph and reheats the layout. Known nodes keep their place; new ones start next
   * to a placed neighbour. Callers skip this when nothing changed, as it always reheats.
   */
  setGraph(ids: readonly string[], links: readonly LayoutLink[]): void {
    const fresh = this.#bodies.size === 0;
    const wanted = new Set(ids);
    for (const id of this.#bodies.keys()) if (!wanted.has(id)) this.#bodies.delete(id);

    const neighbours = new Map<string, string[]>();
    for (const { a, b } of links) {
      neighbours.set(a, [...(neighbours.get(a) ?? []), b]);
      neighbours.set(b, [...(neighbours.get(b) ?? []), a]);
    }
    const { linkDistance } = this.#options;
    ids.forEach((id, index) => {
      if (this.#bodies.has(id)) return;
      const angle = angleOf(id);
      const anchor = (neighbours.get(id) ?? []).map((n) => this.#bodies.get(n)).find((b) => b !== undefined);
      // Beside a placed neighbour, else on a sunflower spiral that grows with the graph.
      const radius = anchor ? linkDistance * 0.5 : linkDistance * 0.6 * Math.sqrt(index + 1);
      this.#bodies.set(id, {
        x: (anchor?.x ?? 0) + radius * Math.cos(angle),
        y: (anchor?.y ?? 0) + radius * Math.sin(angle),
        vx: 0,
        vy: 0,
      });
    });

    this.#springs = [];
    for (const { a, b, length } of links) {
      const from = this.#bodies.get(a);
      const to = this.#bodies.get(b);
      if (from && to && from !== to) this.#springs.push([from, to, linkDistance * (length ?? 1)]);
    }
    this.#alpha = fresh ? 1 : Math.max(this.#alpha, this.#options.reheatAlpha);
  }

  /** Shapes the layout for a drawing area of this width / height (takes effect as it moves). */
  setAspect(aspect: number): void {
    if (Number.isFinite(aspect) && aspect > 0) this.#aspect = aspect;
  }

  /** Runs up to `iterations` steps; returns whether the layout is still moving. */
  tick(iterations = 1): boolean {
    for (let i = 0; i < iterations && this.active; i++) this.#step();
    return this.active;
  }

  position(id: string): Point | undefined {
    const body = this.#bodies.get(id);
    return body && { x: body.x, y: body.y };
  }

  /** Smallest box holding every node, or undefined for an empty graph. */
  bounds(): { minX: number; minY: number; maxX: number; maxY: number } | undefined {
    let box: { minX: number; minY: number; maxX: number; maxY: number } | undefined;
    for (const { x, y } of this.#bodies.values()) {
      box = box
        ? { minX: Math.min(box.minX, x), minY: Math.min(box.minY, y), maxX: Math.max(box.maxX, x), maxY: Math.max(box.maxY, y) }
        : { minX: x, minY: y, maxX: x, maxY: y };
    }
    return box;
  }

  #step(): void {
    const { repulsion, spring, centering, friction, alphaDecay } = this.#options;
    const pullX = centering / this.#aspect;
    const pullY = centering * this.#aspect;
    const alpha = this.#alpha;
    const bodies = [...this.#bodies.values()];
    for (let i = 0; i < bodies.length; i++) {
      const p = bodies[i];
      if (p === undefined) continue;
      for (let j = i + 1; j < bodies.length; j++) {
        const q = bodies[j];
        if (q === undefined) continue;
        let dx = q.x - p.x;
        let dy = q.y - p.y;
        if (dx === 0 && dy === 0) {
          // Coincident nodes: separate them in a direction that depends only on their order.
          dx = Math.cos(i + j);
          dy = Math.sin(i + j);
        }
        const d2 = Math.max(dx * dx + dy * dy, MIN_DISTANCE * MIN_DISTANCE);
        const f = (repulsion * alpha) / d2;
        p.vx -= dx * f;
        p.vy -= dy * f;
        q.vx += dx * f;
        q.vy += dy * f;
      }
    }
    for (const [p, q, rest] of this.#springs) {
      const dx = q.x - p.x;
      const dy = q.y - p.y;
      const d = Math.max(Math.hypot(dx, dy), 1e-6);
      const f = ((d - rest) / d) * spring * alpha;
      p.vx += dx * f;
      p.vy += dy * f;
      q.vx -= dx * f;
      q.vy -= dy * f;
    }
    for (const b of bodies) {
      b.vx = (b.vx - b.x * pullX * alpha) * friction;
      b.vy = (b.vy - b.y * pullY * alpha) * friction;
      b.x += b.vx;
      b.y += b.vy;
    }
    this.#alpha *= alphaDecay;
  }
}
