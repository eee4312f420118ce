/** A button that copies `value` to the clipboard and says so for a moment. */
import { LitElement, css, html } from 'lit';
import { shared } from './styles.ts';

/** How long the "copied" confirmation stays. */
const CONFIRM_MS = 1500;

export type CopyOutcome = 'idle' | 'copied' | 'failed';

/** Clipboard API where allowed (secure contexts), else the old selection + execCommand way. */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.style.position = 'fixed';
    area.style.opacity = '0';
    document.body.append(area);
    area.select();
    const ok = document.execCommand('copy');
    area.remove();
    return ok;
  }
}

export class TmCopy extends LitElement {
  static override properties = {
    value: { type: String },
    label: { type: String },
    outcome: { state: true },
  };

  static override styles = [
    shared,
    css`
      :host {
        display: inline-block;
      }
      button.mono {
        font-family: var(--tm-mono);
      }
    `,
  ];

  declare value: string;
  /** Button text, shown in monospace (e.g. a short id); "copy" when empty. */
  declare label: string;
  declare outcome: CopyOutcome;
  #reset: ReturnType<typeof setTimeout> | undefined;

  constructor() {
    super();
    this.value = '';
    this.label = '';
    this.outcome = 'idle';
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    if (this.#reset !== undefined) clearTimeout(this.#reset);
  }

  async #copy(): Promise<void> {
    this.outcome = (await copyText(this.value)) ? 'copied' : 'failed';
    if (this.#reset !== undefined) clearTimeout(this.#reset);
    this.#reset = setTimeout(() => (this.outcome = 'idle'), CONFIRM_MS);
  }

  override render() {
    const text = { idle: this.label || 'copy', copied: 'copied ✓', failed: 'copy failed' }[this.outcome];
    return html`<button
      class=${this.label && this.outcome === 'idle' ? 'mono' : ''}
      title=${`Copy ${this.value}`}
      @click=${() => void this.#copy()}
    >
      ${text}
    </button>`;
  }
}

customElements.define('tm-copy', TmCopy);

declare global {
  interface HTMLElementTagNameMap {
    'tm-copy': TmCopy;
  }
}
