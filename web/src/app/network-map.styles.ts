/** Styles of tm-network-map: the stage, SVG marks, tooltip, legend and selection line. */
import { css } from 'lit';

export const networkMapStyles = css`
  .stage {
    position: relative;
    height: clamp(320px, 62vh, 640px);
    background: var(--tm-surface);
    border: 1px solid var(--tm-border);
    border-radius: var(--tm-radius);
    overflow: hidden;
  }
  svg {
    display: block;
    width: 100%;
    height: 100%;
  }
  line {
    stroke: #c4cad4;
    stroke-width: 1;
  }
  line.measured {
    stroke: #6b7b94;
    stroke-width: 2.5;
  }
  text {
    font-size: 10px;
    fill: var(--tm-muted);
    paint-order: stroke;
    stroke: #fff;
    stroke-width: 3px;
    pointer-events: none;
  }
  text.you {
    font-size: 12px;
    font-weight: 600;
    fill: var(--tm-text);
  }
  circle {
    stroke: #fff;
    stroke-width: 1.5;
    cursor: pointer;
  }
  circle.self {
    stroke: var(--tm-text);
    stroke-width: 3;
  }
  circle.selected,
  circle:hover {
    stroke: var(--tm-accent);
    stroke-width: 3;
  }
  .tooltip {
    position: absolute;
    max-width: 280px;
    padding: 0.35rem 0.55rem;
    background: rgba(29, 35, 48, 0.92);
    color: #fff;
    border-radius: var(--tm-radius);
    font-size: 0.8rem;
    pointer-events: none;
    overflow-wrap: anywhere;
  }
  .tooltip .mono {
    font-size: 0.75rem;
  }
  .empty {
    position: absolute;
    inset: 0;
    display: grid;
    place-items: center;
  }
  .footer {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    gap: 0.5rem 1.5rem;
    margin-top: 0.6rem;
    font-size: 0.85rem;
  }
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: 0.3rem 0.9rem;
  }
  .legend span {
    display: inline-flex;
    align-items: center;
    gap: 0.3rem;
  }
  .legend .self-mark {
    width: 0.7rem;
    height: 0.7rem;
    border-radius: 50%;
    border: 2.5px solid var(--tm-text);
  }
  .selection {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem;
    margin-top: 0.6rem;
  }
  .selection code {
    overflow-wrap: anywhere;
  }
`;
