/** Shared look of every Tabmesh element: light theme, system font, a few reusable classes. */
import { css } from 'lit';

/** Custom properties inherit through shadow roots, so the shell defines them once. */
export const themeTokens = css`
  :host {
    --tm-bg: #f6f7f9;
    --tm-surface: #ffffff;
    --tm-border: #dde1e7;
    --tm-text: #1d2330;
    --tm-muted: #687083;
    --tm-accent: #2f6fdf;
    --tm-accent-soft: #e6eefc;
    --tm-ok: #1f9d55;
    --tm-warn: #d98b0b;
    --tm-bad: #d0413a;
    --tm-idle: #a3aab8;
    --tm-radius: 6px;
    --tm-mono: ui-monospace, 'SFMono-Regular', 'Cascadia Mono', Menlo, Consolas, monospace;
    font-family: system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif;
    font-size: 14px;
    line-height: 1.45;
    color: var(--tm-text);
  }
`;

export const shared = css`
  :host {
    display: block;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  h2 {
    font-size: 1.05rem;
    font-weight: 600;
    margin: 0 0 0.75rem;
  }
  .mono {
    font-family: var(--tm-mono);
    font-size: 0.92em;
  }
  .muted {
    color: var(--tm-muted);
  }
  .card {
    background: var(--tm-surface);
    border: 1px solid var(--tm-border);
    border-radius: var(--tm-radius);
    padding: 1rem 1.25rem;
  }
  .error {
    color: var(--tm-bad);
    background: #fdf0ef;
    border: 1px solid #f3c6c3;
    border-radius: var(--tm-radius);
    padding: 0.5rem 0.75rem;
    overflow-wrap: anywhere;
  }
  button {
    font: inherit;
    font-size: 0.85rem;
    color: var(--tm-text);
    background: var(--tm-surface);
    border: 1px solid var(--tm-border);
    border-radius: var(--tm-radius);
    padding: 0.2rem 0.6rem;
    cursor: pointer;
    white-space: nowrap;
  }
  button:hover:not(:disabled) {
    border-color: var(--tm-accent);
    color: var(--tm-accent);
  }
  button:focus-visible,
  a:focus-visible {
    outline: 2px solid var(--tm-accent);
    outline-offset: 1px;
  }
  button:disabled {
    cursor: default;
    opacity: 0.55;
  }
  button.primary {
    background: var(--tm-accent);
    border-color: var(--tm-accent);
    color: #fff;
  }
  button.primary:hover:not(:disabled) {
    background: #245bc0;
    color: #fff;
  }
  .badge {
    display: inline-flex;
    align-items: center;
    gap: 0.35rem;
    border-radius: 999px;
    padding: 0.05rem 0.6rem;
    font-size: 0.8rem;
    font-weight: 500;
    border: 1px solid currentColor;
    white-space: nowrap;
  }
  .dot {
    display: inline-block;
    width: 0.6rem;
    height: 0.6rem;
    border-radius: 50%;
    background: var(--tm-idle);
    flex: none;
  }
  .ok {
    color: var(--tm-ok);
  }
  .warn {
    color: var(--tm-warn);
  }
  .bad {
    color: var(--tm-bad);
  }
  .dot.ok {
    background: var(--tm-ok);
  }
  .dot.warn {
    background: var(--tm-warn);
  }
  .dot.bad {
    background: var(--tm-bad);
  }
  .role {
    display: inline-block;
    font-size: 0.75rem;
    padding: 0 0.45rem;
    border-radius: 999px;
    background: var(--tm-accent-soft);
    color: #2a4f94;
    margin: 0.05rem 0.15rem 0.05rem 0;
    white-space: nowrap;
  }
`;

/** Data tables in a scrolling card: peers, relays, outbox. */
export const tableStyles = css`
  .scroll {
    overflow-x: auto;
    background: var(--tm-surface);
    border: 1px solid var(--tm-border);
    border-radius: var(--tm-radius);
  }
  table {
    width: 100%;
    border-collapse: collapse;
    font-variant-numeric: tabular-nums;
  }
  th,
  td {
    padding: 0.4rem 0.6rem;
    text-align: left;
    border-bottom: 1px solid var(--tm-border);
    white-space: nowrap;
  }
  th {
    background: #f1f3f6;
    font-weight: 600;
    font-size: 0.8rem;
    color: var(--tm-muted);
  }
  tbody tr:last-child td {
    border-bottom: none;
  }
`;

/** Inline forms: fields side by side, labels over inputs, wrapping on narrow screens. */
export const formStyles = css`
  form {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    align-items: end;
  }
  label {
    display: grid;
    gap: 0.2rem;
    font-size: 0.8rem;
    color: var(--tm-muted);
  }
  input {
    font: inherit;
    padding: 0.2rem 0.4rem;
    border: 1px solid var(--tm-border);
    border-radius: var(--tm-radius);
    min-width: 0;
  }
  input[type='number'] {
    width: 6rem;
  }
`;
