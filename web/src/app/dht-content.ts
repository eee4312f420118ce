/**
 * Content-addressed storage: put a file's bytes (any size; the node splits them into chunks) and
 * get bytes back by their SHA-256 key, with progress bars. Fetched images are shown; anything
 * fetched can be downloaded.
 */
import { LitElement, css, html, nothing } from 'lit';
import type { ContentProgress, DhtApi, DhtKey } from '../node/dht/api.ts';
import './copy-button.ts';
import { describeError, optionalPositiveInt, parseHexKey, progressPercent, sniffImage } from './dht-format.ts';
import { formatBytes, shortId } from './format.ts';
import { shared, formStyles } from './styles.ts';

/** One transfer: running (with its abort handle and last progress), done, or failed. */
type Transfer<T> =
  | { state: 'running'; abort: AbortController; progress: ContentProgress | undefined }
  | { state: 'done'; value: T }
  | { state: 'failed'; error: string };

/** Whether `transfer` is still the run started as `started` (not cancelled, replaced or finished). */
function current(transfer: Transfer<unknown> | undefined, started: Transfer<unknown>): boolean {
  return transfer?.state === 'running' && started.state === 'running' && transfer.abort === started.abort;
}

interface Fetched {
  key: DhtKey;
  bytes: number;
  /** Object URL of the bytes; revoked when replaced and on disconnect. */
  url: string;
  image: { type: string; extension: string } | undefined;
}

interface Stored {
  key: DhtKey;
  name: string;
  bytes: number;
}

export class TmDhtContent extends LitElement {
  static override properties = {
    dht: { attribute: false },
    file: { state: true },
    upload: { state: true },
    getKeyText: { state: true },
    download: { state: true },
  };

  static override styles = [
    shared,
    formStyles,
    css`
      .halves {
        display: grid;
        gap: 1rem;
        grid-template-columns: repeat(auto-fit, minmax(300px, 1fr));
      }
      h3 {
        font-size: 0.9rem;
        margin: 0 0 0.5rem;
      }
      label.wide {
        flex: 1 1 14rem;
      }
      input[type='number'] {
        width: 5.5rem;
      }
      .progress {
        display: flex;
        align-items: center;
        gap: 0.5rem;
        margin-top: 0.6rem;
        font-size: 0.85rem;
      }
      progress {
        flex: 1;
        height: 0.8rem;
      }
      .result {
        margin-top: 0.6rem;
        display: grid;
        gap: 0.4rem;
        font-size: 0.9rem;
      }
      .key {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: 0.4rem;
        overflow-wrap: anywhere;
      }
      img {
        display: block;
        max-width: 100%;
        max-height: 320px;
        border: 1px solid var(--tm-border);
        border-radius: var(--tm-radius);
        background: repeating-conic-gradient(#eef0f3 0% 25%, #fff 0% 50%) 50% / 16px 16px;
      }
      a {
        color: var(--tm-accent);
      }
    `,
  ];

  declare dht: DhtApi | undefined;
  declare file: File | undefined;
  declare upload: Transfer<Stored> | undefined;
  declare getKeyText: string;
  declare download: Transfer<Fetched> | undefined;

  constructor() {
    super();
    this.dht = undefined;
    this.file = undefined;
    this.upload = undefined;
    this.getKeyText = '';
    this.download = undefined;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    if (this.upload?.state === 'running') this.upload.abort.abort();
    if (this.download?.state === 'running') this.download.abort.abort();
    if (this.download?.state === 'done') URL.revokeObjectURL(this.download.value.url);
    this.upload = undefined;
    this.download = undefined;
  }

  async #put(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const { dht, file } = this;
    if (dht === undefined || file === undefined || this.upload?.state === 'running') return;
    const form = new FormData(event.target as HTMLFormElement);
    const ttl = optionalPositiveInt(form.get('ttl'));
    const replication = optionalPositiveInt(form.get('replication'));
    if (Number.isNaN(ttl) || Number.isNaN(replication)) {
      this.upload = { state: 'failed', error: 'TTL and replication are positive whole numbers (or empty for the default).' };
      return;
    }
    const running: Transfer<Stored> = { state: 'running', abort: new AbortController(), progress: undefined };
    this.upload = running;
    try {
      const bytes = new Uint8Array(await file.arrayBuffer());
      const key = await dht.putContent(bytes, {
        signal: running.abort.signal,
        onProgress: (progress) => {
          if (current(this.upload, running)) this.upload = { ...running, progress };
        },
        ...(ttl === undefined ? {} : { ttl }),
        ...(replication === undefined ? {} : { replication }),
      });
      if (!current(this.upload, running)) return;
      this.upload = { state: 'done', value: { key, name: file.name, bytes: bytes.length } };
      // Ready to fetch it back.
      if (this.download?.state !== 'running') this.getKeyText = key;
    } catch (error) {
      if (current(this.upload, running)) this.upload = { state: 'failed', error: describeError(error) };
    }
  }

  async #get(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const dht = this.dht;
    const key = parseHexKey(this.getKeyText);
    if (dht === undefined || key === undefined || this.download?.state === 'running') return;
    if (this.download?.state === 'done') URL.revokeObjectURL(this.download.value.url);
    const running: Transfer<Fetched> = { state: 'running', abort: new AbortController(), progress: undefined };
    this.download = running;
    try {
      const bytes = await dht.getContent(key, {
        signal: running.abort.signal,
        onProgress: (progress) => {
          if (current(this.download, running)) this.download = { ...running, progress };
        },
      });
      if (!current(this.download, running)) return;
      const image = sniffImage(bytes);
      const url = URL.createObjectURL(new Blob([bytes.slice()], { type: image?.type ?? 'application/octet-stream' }));
      this.download = { state: 'done', value: { key, bytes: bytes.length, url, image } };
    } catch (error) {
      if (current(this.download, running)) this.download = { state: 'failed', error: describeError(error) };
    }
  }

  #cancel(transfer: Transfer<unknown> | undefined): void {
    if (transfer?.state === 'running') transfer.abort.abort();
  }

  #progress(transfer: Transfer<unknown> | undefined, verb: string) {
    if (transfer?.state !== 'running') return nothing;
    const p = transfer.progress;
    return html`<div class="progress">
      <progress max="100" .value=${progressPercent(p)} aria-label=${verb}></progress>
      <span class="muted">${p === undefined ? `${verb}…` : `${p.done} / ${p.total} · ${progressPercent(p)} %`}</span>
      <button type="button" @click=${() => this.#cancel(transfer)}>Cancel</button>
    </div>`;
  }

  #putResult() {
    const upload = this.upload;
    if (upload?.state === 'failed') return html`<div class="result"><div class="error" role="alert">Put failed: ${upload.error}</div></div>`;
    if (upload?.state !== 'done') return nothing;
    const { key, name, bytes } = upload.value;
    return html`<div class="result" role="status">
      <div class="muted">Stored ${name} (${formatBytes(bytes)}) under</div>
      <div class="key"><code class="mono">${key}</code><tm-copy .value=${key}></tm-copy></div>
    </div>`;
  }

  #getResult() {
    const download = this.download;
    if (download?.state === 'failed') return html`<div class="result"><div class="error" role="alert">Get failed: ${download.error}</div></div>`;
    if (download?.state !== 'done') return nothing;
    const { key, bytes, url, image } = download.value;
    const fileName = `${shortId(key, 16)}.${image?.extension ?? 'bin'}`;
    return html`<div class="result" role="status">
      <div>
        ${formatBytes(bytes)} <span class="muted">(${bytes} bytes${image ? `, ${image.type}` : ''}) · every chunk verified</span> ·
        <a href=${url} download=${fileName}>Download</a>
      </div>
      ${image ? html`<img src=${url} alt=${`Content ${shortId(key)}`} />` : nothing}
    </div>`;
  }

  override render() {
    const putting = this.upload?.state === 'running';
    const getting = this.download?.state === 'running';
    const getKey = parseHexKey(this.getKeyText);
    return html`<h2>Content</h2>
      <div class="halves">
        <div>
          <h3>Put a file</h3>
          <form @submit=${(e: SubmitEvent) => void this.#put(e)}>
            <label class="wide"
              >File
              <input type="file" @change=${(e: Event) => (this.file = (e.target as HTMLInputElement).files?.[0])} ?disabled=${putting} />
            </label>
            <label>TTL (s) <input name="ttl" type="number" min="1" step="1" placeholder="default" /></label>
            <label>Replication <input name="replication" type="number" min="1" step="1" placeholder="default" /></label>
            <button type="submit" class="primary" ?disabled=${putting || this.file === undefined}>${putting ? 'Putting…' : 'Put'}</button>
          </form>
          ${this.#progress(this.upload, 'storing')} ${this.#putResult()}
        </div>
        <div>
          <h3>Get by key</h3>
          <form @submit=${(e: SubmitEvent) => void this.#get(e)}>
            <label class="wide"
              >Content key (SHA-256, 64 hex)
              <input
                type="text"
                autocomplete="off"
                spellcheck="false"
                placeholder="64 hex characters"
                .value=${this.getKeyText}
                @input=${(e: Event) => (this.getKeyText = (e.target as HTMLInputElement).value)}
              />
            </label>
            <button type="submit" class="primary" ?disabled=${getting || getKey === undefined}>${getting ? 'Getting…' : 'Get'}</button>
          </form>
          ${this.#progress(this.download, 'fetching')} ${this.#getResult()}
        </div>
      </div>`;
  }
}

customElements.define('tm-dht-content', TmDhtContent);

declare global {
  interface HTMLElementTagNameMap {
    'tm-dht-content': TmDhtContent;
  }
}
