/**
 * Put and get of small values: a key (64 hex characters, or a name whose SHA-256 is the key),
 * a text value, TTL and replication. Shows where a put landed and what a get found; failures
 * show their TabmeshError code.
 */
import { LitElement, css, html, nothing } from 'lit';
import type { DhtApi, DhtKey, GetResult, PutResult } from '../node/dht/api.ts';
import './copy-button.ts';
import { describeError, expiresIn, optionalPositiveInt, previewValue, resolveKey, type KeyInput } from './dht-format.ts';
import { formatBytes, shortId } from './format.ts';
import { shared, formStyles } from './styles.ts';

type Action = 'put' | 'get';

type Outcome =
  | { action: 'put'; result: PutResult }
  | { action: 'get'; key: DhtKey; result: GetResult; at: number }
  | { action: Action; key: DhtKey | undefined; error: string };

export class TmDhtPutGet extends LitElement {
  static override properties = {
    dht: { attribute: false },
    keyText: { state: true },
    busy: { state: true },
    outcome: { state: true },
  };

  static override styles = [
    shared,
    formStyles,
    css`
      label.wide {
        flex: 1 1 16rem;
      }
      .resolved {
        font-size: 0.8rem;
        margin-top: 0.35rem;
        overflow-wrap: anywhere;
      }
      .result {
        margin-top: 0.75rem;
      }
      dl {
        display: grid;
        grid-template-columns: max-content 1fr;
        gap: 0.3rem 1rem;
        margin: 0;
      }
      dt {
        color: var(--tm-muted);
      }
      dd {
        margin: 0;
        min-width: 0;
        overflow-wrap: anywhere;
      }
      pre {
        margin: 0;
        white-space: pre-wrap;
        max-height: 12rem;
        overflow: auto;
        font-family: var(--tm-mono);
        font-size: 0.85rem;
      }
    `,
  ];

  declare dht: DhtApi | undefined;
  declare keyText: string;
  declare busy: Action | undefined;
  declare outcome: Outcome | undefined;
  #abort: AbortController | undefined;

  constructor() {
    super();
    this.dht = undefined;
    this.keyText = '';
    this.busy = undefined;
    this.outcome = undefined;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#abort?.abort();
    this.#abort = undefined;
    this.busy = undefined;
  }

  #key(): KeyInput {
    const dht = this.dht;
    return dht === undefined ? { kind: 'empty' } : resolveKey(this.keyText, (name) => dht.keyOf(name));
  }

  async #submit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const dht = this.dht;
    const key = this.#key();
    if (dht === undefined || key.kind === 'empty' || this.busy !== undefined) return;
    const form = new FormData(event.target as HTMLFormElement);
    const action: Action = (event.submitter as HTMLButtonElement | null)?.value === 'get' ? 'get' : 'put';
    this.#abort = new AbortController();
    const signal = this.#abort.signal;
    this.busy = action;
    try {
      if (action === 'get') {
        const result = await dht.get(key.key, { signal });
        this.outcome = { action, key: key.key, result, at: Date.now() };
      } else {
        const ttl = optionalPositiveInt(form.get('ttl'));
        const replication = optionalPositiveInt(form.get('replication'));
        if (Number.isNaN(ttl) || Number.isNaN(replication)) {
          this.outcome = { action, key: key.key, error: 'TTL and replication are positive whole numbers (or empty for the default).' };
          return;
        }
        const value = new TextEncoder().encode(String(form.get('value') ?? ''));
        const result = await dht.put(key.key, value, {
          signal,
          ...(ttl === undefined ? {} : { ttl }),
          ...(replication === undefined ? {} : { replication }),
        });
        this.outcome = { action, result };
      }
    } catch (error) {
      this.outcome = { action, key: key.key, error: describeError(error) };
    } finally {
      if (this.#abort?.signal === signal) {
        this.#abort = undefined;
        this.busy = undefined;
      }
    }
  }

  #resolved(key: KeyInput) {
    if (key.kind === 'empty') return html`<div class="resolved muted">A key is 64 hex characters; any other text is a name, hashed into a key.</div>`;
    if (key.kind === 'hex') return html`<div class="resolved muted">key as typed</div>`;
    return html`<div class="resolved muted">key = SHA-256("${key.name}") = <span class="mono">${key.key}</span></div>`;
  }

  #outcome(outcome: Outcome) {
    if ('error' in outcome) {
      return html`<div class="result error" role="alert">
        ${outcome.action === 'put' ? 'Put' : 'Get'}${outcome.key ? html` of <span class="mono">${shortId(outcome.key)}</span>` : nothing} failed:
        ${outcome.error}
      </div>`;
    }
    if (outcome.action === 'put') {
      const r = outcome.result;
      return html`<div class="result card" role="status">
        <dl>
          <dt>Stored</dt>
          <dd><span class="mono">${r.key}</span> <tm-copy .value=${r.key}></tm-copy></dd>
          <dt>On node</dt>
          <dd><span class="mono" title=${r.node}>${shortId(r.node)}</span></dd>
          <dt>Hops</dt>
          <dd>${r.hops}</dd>
          <dt>Copies</dt>
          <dd>${r.copies}</dd>
        </dl>
      </div>`;
    }
    const r = outcome.result;
    const value = previewValue(r.value);
    return html`<div class="result card" role="status">
      <dl>
        <dt>Key</dt>
        <dd class="mono">${outcome.key}</dd>
        <dt>Value</dt>
        <dd>
          ${value.kind === 'text'
            ? html`<pre>${value.text}</pre>`
            : html`<span class="mono">${value.hex}${value.truncated ? ' …' : ''}</span>
                <span class="muted">(${formatBytes(value.bytes)}, ${value.bytes} bytes, binary)</span>`}
        </dd>
        <dt>From node</dt>
        <dd><span class="mono" title=${r.node}>${shortId(r.node)}</span></dd>
        <dt>Hops</dt>
        <dd>${r.hops}</dd>
        <dt>Owner</dt>
        <dd>${r.owner === undefined ? html`<span class="muted">none (content-addressed)</span>` : html`<span class="mono" title=${r.owner}>${shortId(r.owner)}</span>`}</dd>
        <dt>Expires</dt>
        <dd>${new Date(r.expiresAt).toLocaleTimeString()} <span class="muted">(${expiresIn(r.expiresAt, outcome.at)} when fetched)</span></dd>
      </dl>
    </div>`;
  }

  override render() {
    const key = this.#key();
    const busy = this.busy !== undefined;
    return html`<h2>Put / get</h2>
      <form @submit=${(e: SubmitEvent) => void this.#submit(e)}>
        <label class="wide"
          >Key or name
          <input
            name="key"
            type="text"
            autocomplete="off"
            spellcheck="false"
            placeholder="64 hex characters, or a name"
            .value=${this.keyText}
            @input=${(e: Event) => (this.keyText = (e.target as HTMLInputElement).value)}
          />
        </label>
        <label class="wide">Value (text, for put) <input name="value" type="text" value="hello ring" /></label>
        <label>TTL (s) <input name="ttl" type="number" min="1" step="1" placeholder="default" /></label>
        <label>Replication <input name="replication" type="number" min="1" step="1" placeholder="default" /></label>
        <button type="submit" class="primary" name="action" value="put" ?disabled=${busy || key.kind === 'empty'}>
          ${this.busy === 'put' ? 'Putting…' : 'Put'}
        </button>
        <button type="submit" name="action" value="get" ?disabled=${busy || key.kind === 'empty'}>${this.busy === 'get' ? 'Getting…' : 'Get'}</button>
      </form>
      ${this.#resolved(key)} ${this.outcome ? this.#outcome(this.outcome) : nothing}`;
  }
}

customElements.define('tm-dht-put-get', TmDhtPutGet);

declare global {
  interface HTMLElementTagNameMap {
    'tm-dht-put-get': TmDhtPutGet;
  }
}
