/**
 * The upload form: an image (dropped or chosen, checked for type, size and pixels before
 * anything else), the address the result is mailed to, the sign's language and the target
 * language, the price and the wallet. Submitting stores the image in the mesh, pays, and hands
 * the job to a broker, showing each step; the job then appears in the list below the form.
 */
import { LitElement, css, html, nothing } from 'lit';
import type { TabmeshApi, WalletOption } from '../node/api.ts';
import { OCR_LANGUAGES, type OcrLanguage, type TextLanguage } from '../node/jobs/engines.ts';
import { checkImageFile, type CheckedImage } from './image-check.ts';
import { OCR_LANGUAGE_NAMES, TARGETS, formatEther } from './job-text.ts';
import { describeFailure, payAndSubmit } from './pay-and-submit.ts';
import { formStyles, shared } from './styles.ts';

const EMAIL_KEY = 'tabmesh.jobs.email';

export class TmUploadForm extends LitElement {
  static override properties = {
    api: { attribute: false },
    image: { state: true },
    wallets: { state: true },
    busy: { state: true },
    message: { state: true },
    failure: { state: true },
    dragging: { state: true },
  };

  static override styles = [
    shared,
    formStyles,
    css`
      .drop {
        display: grid;
        place-items: center;
        min-height: 9rem;
        border: 2px dashed var(--tm-border);
        border-radius: var(--tm-radius);
        padding: 0.75rem;
        text-align: center;
        cursor: pointer;
      }
      .drop.over {
        border-color: var(--tm-accent, #1565c0);
      }
      .drop img {
        max-width: 100%;
        max-height: 14rem;
      }
      form {
        margin-top: 0.75rem;
      }
      select {
        font: inherit;
      }
      .error {
        color: var(--tm-bad, #c62828);
      }
      .status {
        margin-top: 0.5rem;
      }
    `,
  ];

  declare api: TabmeshApi | undefined;
  declare image: CheckedImage | undefined;
  declare wallets: WalletOption[];
  declare busy: boolean;
  declare message: string | undefined;
  declare failure: string | undefined;
  declare dragging: boolean;

  constructor() {
    super();
    this.api = undefined;
    this.image = undefined;
    this.wallets = [];
    this.busy = false;
    this.message = undefined;
    this.failure = undefined;
    this.dragging = false;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    void this.refreshWallets();
  }

  /** The wallet chosen in the form (drafts below are paid with it too). */
  selectedWallet(): string | undefined {
    return this.renderRoot.querySelector<HTMLSelectElement>('select[name=wallet]')?.value || undefined;
  }

  /** A real wallet if there is one; else a dev account picked by this tab's id, so tabs do not share nonces. */
  #preferredWallet(): string | undefined {
    const real = this.wallets.find((w) => !w.dev);
    if (real) return real.id;
    const dev = this.wallets.filter((w) => w.dev);
    const id = this.api?.status().id ?? '0';
    return dev[parseInt(id.slice(0, 8), 16) % Math.max(1, dev.length)]?.id;
  }

  async refreshWallets(): Promise<void> {
    this.wallets = (await this.api?.wallet.wallets()) ?? [];
  }

  override render() {
    const terms = this.api?.jobs.terms();
    const image = this.image;
    return html`
      <label class="drop ${this.dragging ? 'over' : ''}" @dragover=${this.#dragOver} @dragleave=${() => (this.dragging = false)} @drop=${this.#drop}>
        ${image?.ok ? html`<img src=${image.url} alt="the sign to translate" />` : html`<span>Drop a photo of a sign here, or click to choose one</span>`}
        <input type="file" accept="image/png,image/jpeg,image/webp" hidden name="image" @change=${this.#chosen} />
      </label>
      ${image?.ok ? html`<div class="muted">${image.width} × ${image.height} px</div>` : nothing}
      ${image && !image.ok ? html`<div class="error" data-field="image-error">${image.message}</div>` : nothing}
      <form @submit=${this.#submit}>
        <label>Mail the result to <input type="email" name="email" required autocomplete="email" .value=${localStorage.getItem(EMAIL_KEY) ?? ''} /></label>
        <label
          >The sign is in
          <select name="from">
            ${OCR_LANGUAGES.map((l) => html`<option value=${l} ?selected=${l === 'eng'}>${OCR_LANGUAGE_NAMES[l]}</option>`)}
          </select>
        </label>
        <label
          >Translate into
          <select name="to">
            ${TARGETS.map((t) => html`<option value=${t.language}>${t.label}</option>`)}
          </select>
        </label>
        <label
          >Pay with
          <select name="wallet">
            ${this.wallets.map((w) => html`<option value=${w.id} ?selected=${w.id === this.#preferredWallet()}>${w.name}</option>`)}
          </select>
        </label>
        <button type="submit" ?disabled=${this.busy || !terms || !image?.ok || this.wallets.length === 0}>
          ${terms ? `Pay ${formatEther(terms.valueWei)} and translate` : 'Payments are off'}
        </button>
      </form>
      ${!terms ? html`<p class="muted">This network names no chain, so jobs cannot be paid for.</p>` : nothing}
      ${terms && this.wallets.length === 0 ? html`<p class="muted">No wallet found. Install one (MetaMask or any EIP-6963 wallet) and <button @click=${() => void this.refreshWallets()}>look again</button>.</p>` : nothing}
      ${this.message ? html`<div class="status" data-field="status">${this.message}</div>` : nothing}
      ${this.failure ? html`<div class="status error" data-field="failure">${this.failure}</div>` : nothing}
    `;
  }

  #dragOver(event: DragEvent): void {
    event.preventDefault();
    this.dragging = true;
  }

  async #drop(event: DragEvent): Promise<void> {
    event.preventDefault();
    this.dragging = false;
    const file = event.dataTransfer?.files[0];
    if (file) await this.#take(file);
  }

  async #chosen(event: Event): Promise<void> {
    const file = (event.target as HTMLInputElement).files?.[0];
    if (file) await this.#take(file);
  }

  async #take(file: File): Promise<void> {
    if (this.image?.ok) URL.revokeObjectURL(this.image.url);
    this.image = await checkImageFile(file);
  }

  async #submit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const api = this.api;
    const image = this.image;
    if (!api || !image?.ok || this.busy) return;
    const data = new FormData(event.target as HTMLFormElement);
    const email = String(data.get('email') ?? '').trim();
    localStorage.setItem(EMAIL_KEY, email);
    this.busy = true;
    this.failure = undefined;
    try {
      this.message = 'Storing the image in the mesh…';
      const draft = await api.jobs.prepare(
        { image: image.bytes, email, from: data.get('from') as OcrLanguage, to: data.get('to') as TextLanguage },
        { onProgress: (done, total) => (this.message = `Storing the image in the mesh… ${Math.round((100 * done) / Math.max(1, total))} %`) },
      );
      await payAndSubmit(api, String(data.get('wallet')), draft.id, (text) => (this.message = text));
      this.message = 'The job is queued; follow it below.';
    } catch (error) {
      this.message = undefined;
      this.failure = describeFailure(error);
    } finally {
      this.busy = false;
    }
  }
}

customElements.define('tm-upload-form', TmUploadForm);
